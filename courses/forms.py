"""Admin forms of the course pages."""

from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm


class CoursePageForm(WagtailAdminPageForm):
    """A course offers only the certificate templates of its section's province and the
    national ones (CoursePage.clean holds the same rule for every other way in)."""

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
