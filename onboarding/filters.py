"""The staff dashboard's filters: django-filter reads and checks the query string, and a
``StaffFilters`` value carries the choices to every panel of the dashboard and its exports.

The panels read different models (businesses, their journeys, their steps), so the
choices are applied by ``StaffFilters.narrow`` with the lookup path from each model to
the business and to the journey, rather than by the FilterSet's own queryset.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import django_filters
from django.db.models import QuerySet

from courses.models import Platform
from onboarding.models import Business, JourneyTemplate
from portal import roles
from portal.models import Province

DEFAULT_TEMPLATE = "notify-website"
# The query string says "own" for the platform whose stored value is "" (a business's own
# website): an empty value means "all platforms".
OWN_WEBSITE = "own"


@dataclass(frozen=True)
class StaffFilters:
    province: Province | None = None
    platform: str | None = None  # None: every platform; "": own website or app
    sector: str = ""
    template: JourneyTemplate | None = None  # the funnel's

    def narrow(self, qs: QuerySet, *, business: str = "", journey: str | None = None):
        """`qs` narrowed to the chosen province, sector and platform. `business` is the
        lookup path from qs's model to the business ("" for businesses themselves),
        `journey` to the journey whose platform counts (None: any of the business's)."""
        if self.province:
            qs = qs.filter(**{f"{business}province": self.province})
        if self.sector:
            qs = qs.filter(**{f"{business}sector": self.sector})
        if self.platform is not None:
            if journey is None:
                qs = qs.filter(**{f"{business}journeys__platform": self.platform}).distinct()
            else:
                qs = qs.filter(**{f"{journey}platform": self.platform})
        return qs


def _platform_choices():
    return [(value or OWN_WEBSITE, label) for value, label in Platform.choices]


class StaffDashboardFilter(django_filters.FilterSet):
    """Province (one of the user's, as staff), platform, sector, and the funnel's journey
    template (by key, among those of the chosen platform; "notify a website" unless
    another is chosen). A province outside the user's scope is an error on ``province``,
    which the view answers with 404."""

    province = django_filters.ModelChoiceFilter(queryset=Province.objects.none())
    platform = django_filters.ChoiceFilter(choices=_platform_choices)
    sector = django_filters.ChoiceFilter(choices=Business.Sector.choices)
    # A journey template's key, chosen among `templates` (see `selected`).
    template = django_filters.CharFilter()

    class Meta:
        model = Business
        fields = ["province", "platform", "sector", "template"]

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.filters["province"].queryset = roles.provinces_for(user, roles.STAFF).order_by("name")

    @cached_property
    def provinces(self) -> list[Province]:
        """The provinces the user may choose from (one query)."""
        return list(self.filters["province"].queryset)

    @property
    def province_out_of_scope(self) -> bool:
        return "province" in self.errors

    @cached_property
    def _platform(self) -> str | None:
        self.form.is_valid()  # cleans; invalid values are left out, as if not given
        platform = self.form.cleaned_data.get("platform") or None
        return "" if platform == OWN_WEBSITE else platform

    @cached_property
    def templates(self) -> list[JourneyTemplate]:
        """The journey templates the funnel may show: those of the chosen platform, if any
        (a template of another platform would show an empty funnel next to businesses
        that do have journeys). One query."""
        templates = JourneyTemplate.objects.order_by("title")
        if self._platform is not None:
            templates = templates.filter(platform=self._platform)
        return list(templates)

    @cached_property
    def selected(self) -> StaffFilters:
        self.form.is_valid()
        data = self.form.cleaned_data
        key = data.get("template") or ""
        chosen = next((t for t in self.templates if t.key == key), None) if key else None
        default = next((t for t in self.templates if t.key == DEFAULT_TEMPLATE), None)
        return StaffFilters(
            province=data.get("province"),
            platform=self._platform,
            sector=data.get("sector") or "",
            template=chosen or default or (self.templates[0] if self.templates else None),
        )
