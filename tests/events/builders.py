"""Builders for events, shared by unit and browser tests: pages are added with add_child
and published, as trainers do."""

from datetime import datetime, timedelta

from django.utils import timezone

from courses.models import Enrolment
from events import selectors, services
from events.filters import ProvinceReportFilter
from events.models import EventPage
from onboarding.models import Journey


def at(days: int, hour: int = 9, minute: int = 0) -> datetime:
    """An aware time `days` from today, at `hour`:`minute` Vietnam time."""
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime(day.year, day.month, day.day, hour, minute))


def add_event(section, *, slug="ket-noi-san", days=7, hours=3, **fields) -> EventPage:
    starts_at = fields.pop("starts_at", None) or at(days)
    defaults = {
        "title": "Kết nối doanh nghiệp với sàn",
        "title_en": "Meet the marketplaces",
        "summary": "Mở gian hàng tại chỗ",
        "summary_en": "Open your store on the spot",
        "kind": EventPage.Kind.CONNECTION,
        "format": EventPage.Format.IN_PERSON,
        "audience": EventPage.Audience.EVERYONE,
        "venue": "272 Võ Thị Sáu, TP.HCM",
        "capacity": 10,
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=hours),
    }
    defaults.update(fields)
    event = EventPage(slug=slug, **defaults)
    section.add_child(instance=event)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def begin(event: EventPage) -> EventPage:
    """Moves `event`'s start to now (check-in is open: it is the day of the event,
    whatever the time of day the test runs). Registration has closed then."""
    EventPage.objects.filter(pk=event.pk).update(starts_at=timezone.now())
    event.refresh_from_db()
    return event


def report_filters(user, params):
    """The province report's filters that `user` chose with the query `params`."""
    provinces = selectors.organiser_provinces(user=user)
    return ProvinceReportFilter(params, provinces=provinces).selected


def complete_everything(setup, learner, staff_hcm, template):
    """Everything the programme of `setup` asks: its course completed by `learner`, its
    journey completed by their business, its event attended."""
    Enrolment.objects.create(
        user=learner,
        course=setup["course"],
        status=Enrolment.Status.COMPLETED,
        completed_at=timezone.now(),
        progress=100,
    )
    Journey.objects.create(
        business=setup["business"],
        template=template,
        title=template.title,
        started_on=timezone.localdate(),
        status=Journey.Status.COMPLETED,
        completed_at=timezone.now(),
    )
    registration = services.registration_create(event=setup["event"], user=learner)
    begin(setup["event"])
    services.attendance_set(registration=registration, present=True, by=staff_hcm)
