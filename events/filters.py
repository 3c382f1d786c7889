"""The events pages' filters: django-filter reads and checks the query string (as the
onboarding dashboard's do, onboarding/filters.py), and a dataclass carries the choices to
the selectors. A value that does not check out is left out, as if not given: the page
shows everything rather than an error."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import django_filters
from django import forms

from events.models import EventPage
from portal.models import Province

NATIONAL = "national"


@dataclass
class CalendarFilters:
    province: Province | None = None
    national: bool = False
    month: date | None = None
    kind: str = ""
    audience: str = ""

    @property
    def province_value(self) -> str:
        if self.national:
            return NATIONAL
        return str(self.province.code) if self.province else ""

    @property
    def month_value(self) -> str:
        return f"{self.month:%Y-%m}" if self.month else ""


class CalendarFilter(django_filters.FilterSet):
    """The public calendar: a current province by its code (or "national"), a month
    (YYYY-MM), a kind, an audience."""

    province = django_filters.CharFilter()
    month = django_filters.DateFilter(input_formats=["%Y-%m"])
    kind = django_filters.ChoiceFilter(choices=EventPage.Kind.choices)
    audience = django_filters.ChoiceFilter(choices=EventPage.Audience.choices)

    class Meta:
        model = EventPage
        fields = ["province", "month", "kind", "audience"]

    @cached_property
    def selected(self) -> CalendarFilters:
        self.form.is_valid()  # cleans; invalid values are left out
        data = self.form.cleaned_data
        province = (data.get("province") or "").strip()
        return CalendarFilters(
            national=province == NATIONAL,
            province=Province.objects.current().filter(code=int(province)).first()
            if province.isdigit()
            else None,
            month=data.get("month"),
            kind=data.get("kind") or "",
            audience=data.get("audience") or "",
        )


@dataclass
class ProvinceReportFilters:
    provinces: list = field(default_factory=list)
    province: Province | None = None
    year: int | None = None


class _YearFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class ProvinceReportFilter(django_filters.FilterSet):
    """The organisers' report: one of the provinces they organise events in (national
    admins: any current one), a year."""

    province = django_filters.ModelChoiceFilter(queryset=Province.objects.none())
    year = _YearFilter(min_value=2000, max_value=2100)

    class Meta:
        model = EventPage
        fields = ["province", "year"]

    def __init__(self, data=None, *, provinces, **kwargs):
        super().__init__(data, **kwargs)
        self.filters["province"].queryset = provinces

    @cached_property
    def selected(self) -> ProvinceReportFilters:
        self.form.is_valid()
        data = self.form.cleaned_data
        return ProvinceReportFilters(
            provinces=list(self.filters["province"].queryset),
            province=data.get("province"),
            year=data.get("year"),
        )
