"""A read-only Wagtail admin listing of businesses for onboarding staff (their provinces)
and national admins (all), through portal.roles.scope_queryset.

There is nothing to add, edit or delete here: registrations are decided on the staff
screen (onboarding:staff_business), which each row links to.
"""

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from onboarding.models import Business
from portal import roles
from portal.models import Province


class BusinessPermissionPolicy(BasePermissionPolicy):
    """Staff and national admins may view the businesses in their scope; nobody may add,
    change or delete them through the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and roles.has_role(user, roles.STAFF)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and (
            self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" not in actions or not self.user_has_permission(user, "view"):
            return Business.objects.none()
        return roles.scope_queryset(Business.objects.all(), user, role=roles.STAFF)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if "view" not in actions:
            return users.none()
        staff = Q(groups__name__startswith=roles.GROUP_PREFIXES[roles.STAFF])
        return users.filter(
            staff | Q(groups__name=roles.NATIONAL_ADMINS) | Q(is_superuser=True)
        ).distinct()


def _provinces(request):
    if request is None:
        return Province.objects.none()
    return roles.provinces_for(request.user, roles.STAFF).order_by("name")


class BusinessFilterSet(WagtailFilterSet):
    # Only the provinces in the user's scope are offered.
    province = django_filters.ModelChoiceFilter(label=_("Province"), queryset=_provinces)

    class Meta:
        model = Business
        fields = ["province", "status", "sector"]


class BusinessIndexView(IndexView):
    def get_base_queryset(self):
        return roles.scope_queryset(
            Business.objects.select_related("province"), self.request.user, role=roles.STAFF
        )

    def get_inspect_url(self, instance):
        return reverse("onboarding:staff_business", args=[instance.pk])


class BusinessViewSet(ModelViewSet):
    model = Business
    icon = "group"
    menu_label = _("Businesses")
    menu_order = 470
    add_to_admin_menu = True
    index_view_class = BusinessIndexView
    filterset_class = BusinessFilterSet
    search_fields = ["name", "tax_code"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = [
        "name",
        "tax_code",
        Column("province", label=_("Province"), accessor="province.name"),
        "status",
        "sector",
        "size",
        DateColumn("created_at", label=_("Registered on"), sort_key="created_at"),
    ]
    ordering = ["name"]

    def get_permissions_to_register(self):
        # Access follows the staff groups (BusinessPermissionPolicy): no model permission
        # to tick in the group editor, where it would do nothing.
        return Permission.objects.none()

    def get_urlpatterns(self):
        # Read-only: the listing and its results (for search and filters), nothing else.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]
