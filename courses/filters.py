"""The catalog's filters (django-filter): track, audience, level and province of a course.

A value outside a filter's choices is ignored, as if absent (a shared link with a stale
value still shows courses). The search box (``q``) is cleaned here too but applied by the
selector after the filters, through Wagtail search.
"""

from __future__ import annotations

import django_filters
from django.core.validators import RegexValidator

from courses.models import CoursePage
from portal.models import Province

NATIONAL = "national"


class CatalogFilter(django_filters.FilterSet):
    track = django_filters.ChoiceFilter(choices=CoursePage.Track.choices)
    audience = django_filters.ChoiceFilter(choices=CoursePage.Audience.choices)
    level = django_filters.ChoiceFilter(choices=CoursePage.Level.choices)
    # "national", or the code of a current province (up to 3 digits).
    province = django_filters.CharFilter(
        method="filter_province", validators=[RegexValidator(rf"^({NATIONAL}|\d{{1,3}})$")]
    )
    q = django_filters.CharFilter(method="filter_search_later")

    class Meta:
        model = CoursePage
        fields = ["track", "audience", "level", "province", "q"]

    def filter_province(self, queryset, name, value):
        if value == NATIONAL:
            return queryset.filter(province__isnull=True)
        # By id, not by a join: search backends filter only on the page's own fields.
        province = Province.objects.current().filter(code=int(value)).only("pk").first()
        return queryset.filter(province_id=province.pk) if province else queryset.none()

    def filter_search_later(self, queryset, name, value):
        return queryset  # the selector searches the filtered queryset

    @property
    def values(self) -> dict[str, str]:
        """The valid, non-empty filters, by name (``q`` at most 200 characters)."""
        self.form.is_valid()  # cleans; invalid fields are left out of cleaned_data
        values = {name: value for name, value in self.form.cleaned_data.items() if value}
        if "q" in values:
            values["q"] = values["q"][:200]
        return values
