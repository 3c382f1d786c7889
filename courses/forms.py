"""Forms of the courses app: the course pages' admin form, and assigning a course to the
officials of a province."""

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from portal import roles
from portal.i18n import translated


class SectionPageForm(WagtailAdminPageForm):
    """A page of a course section (a course, an event) offers only the certificate
    templates of the section's province and the national ones (the models' clean holds the
    same rule for every other way in)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("certificate_template")
        parent = getattr(self, "parent_page", None)
        if field is None or parent is None:
            return
        province_id = getattr(parent.specific, "province_id", None)
        field.queryset = field.queryset.filter(
            Q(province__isnull=True) | Q(province_id=province_id)
        )


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        where = obj.province.name if obj.province_id else _("Nationwide")
        return f"{translated(obj, 'title')} ({where})"


class AssignmentForm(forms.Form):
    """Which course, for the officials of which province (those where the user is staff;
    national admins: all), by when. The service checks the rules again."""

    course = CourseChoiceField(label=_("Course"), queryset=None)
    province = forms.ModelChoiceField(label=_("Province"), queryset=None)
    due_on = forms.DateField(
        label=_("Due date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def __init__(self, *args, user, **kwargs):
        from courses.models import CoursePage  # models import this module (CoursePageForm)

        super().__init__(*args, **kwargs)
        provinces = roles.provinces_for(user, roles.STAFF).order_by("name")
        self.fields["province"].queryset = provinces
        scope = Q(province__isnull=True)
        if not roles.is_national_admin(user):
            scope |= Q(province__in=provinces)
        else:
            scope = Q()
        self.fields["course"].queryset = (
            CoursePage.objects.live().filter(scope).select_related("province").order_by("path")
        )
        if len(provinces) == 1:
            self.fields["province"].initial = provinces[0]

    def clean_due_on(self):
        due_on = self.cleaned_data["due_on"]
        if due_on < timezone.localdate():
            raise forms.ValidationError(_("The due date has already passed."))
        return due_on
