"""Admin: certificate templates as a snippet; certificates as a read-only, province-scoped
listing with filters and export (nobody adds or edits a certificate by hand)."""

import django_filters
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from certification import selectors
from certification.models import Certificate, CertificateTemplate
from portal import roles
from portal.snippets import SnippetViewSet

READ_ONLY_ACTIONS = {"view", "inspect", "export"}
EXPORT_FIELDS = [
    "code",
    "uuid",
    "kind",
    "recipient_name",
    "recipient_tax_code",
    "subject_title",
    "issuer_name",
    "co_signer_name",
    "province",
    "issued_at",
    "valid_until",
    "revoked_at",
    "revoked_reason",
    "superseded_at",
]


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    menu_order = 460
    add_to_admin_menu = True
    list_display = ["name", "issuer_name", "title", "validity_months"]
    search_fields = ["name", "issuer_name"]


register_snippet(CertificateTemplateViewSet)


class CertificatePermissionPolicy(BasePermissionPolicy):
    """Onboarding staff and national admins may look at and export certificates; nobody
    may add, change or delete one here (issuing goes through the service)."""

    def user_has_permission(self, user, action):
        return action in READ_ONLY_ACTIONS and roles.has_role(user, roles.STAFF)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not set(actions) & READ_ONLY_ACTIONS:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


def _provinces_in_scope(request):
    """Filter choices: the current provinces the user is staff of (not all 97)."""
    return roles.provinces_for(request.user, roles.STAFF)


def _templates_in_scope(request):
    """Filter choices: the templates of certificates the user may see."""
    scoped = selectors.certificate_list_for_staff(user=request.user)
    return CertificateTemplate.objects.filter(pk__in=scoped.values("template_id"))


class CertificateFilterSet(WagtailFilterSet):
    template = django_filters.ModelChoiceFilter(label=_("template"), queryset=_templates_in_scope)
    province = django_filters.ModelChoiceFilter(label=_("province"), queryset=_provinces_in_scope)
    issued_at = django_filters.DateFromToRangeFilter(
        label=_("issued at"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Certificate
        fields = ["kind", "template", "province", "issued_at"]


class CertificateIndexView(generic.IndexView):
    def get_base_queryset(self):
        return selectors.certificate_list_for_staff(user=self.request.user)


class CertificateInspectView(generic.InspectView):
    def get_object(self, queryset=None):
        scoped = selectors.certificate_list_for_staff(user=self.request.user)
        return get_object_or_404(scoped, pk=self.pk)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "—" if value is None or value == "" else value

    @cached_property
    def header_more_buttons(self):
        """What staff do with a certificate: see its public page, get its PDF, revoke it."""
        code = self.object.code
        buttons = [
            Button(_("Verification page"), url=self.object.get_absolute_url(), priority=10),
            Button(
                _("Download PDF"),
                url=reverse("certification:download", kwargs={"code": code}),
                icon_name="download",
                priority=20,
            ),
        ]
        held = selectors.certificate_held_by(user=self.request.user, certificate=self.object)
        if not self.object.revoked_at and not held:
            buttons.append(
                Button(
                    _("Revoke"),
                    url=reverse("certification:revoke", kwargs={"code": code}),
                    icon_name="warning",
                    priority=30,
                )
            )
        return buttons


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "tick-inverse"
    menu_label = _("Certificates")
    menu_order = 461
    add_to_admin_menu = True
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    # Required by ModelViewSet; the policy refuses add and change, so no form is shown.
    form_fields = ["revoked_reason"]
    list_display = [
        "code",
        "recipient_name",
        "subject_title",
        "issuer_name",
        "province",
        "issued_at",
        "valid_until",
        "revoked_at",
    ]
    filterset_class = CertificateFilterSet
    list_export = EXPORT_FIELDS
    export_filename = "certificates"
    search_fields = ["code", "recipient_name", "subject_title"]
    inspect_view_fields = [*EXPORT_FIELDS, "emailed_at"]


certificate_viewset = CertificateViewSet("certificates")


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return certificate_viewset


class ManageCertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.has_role(request.user, roles.STAFF)


@hooks.register("register_admin_menu_item")
def register_manage_menu_item():
    return ManageCertificatesMenuItem(
        _("Revoke, re-issue, ZIP"),
        reverse("certification:manage"),
        icon_name="cogs",
        order=462,
    )
