"""events/signals.py: what the lower apps announce (a completed course, a completed
journey) queues a programme check after the commit; publishing an event gives its freed
seats to the people waiting. That the receivers are connected: a completion announced by
courses reaching a programme, in tests/events/test_programmes.py."""

from types import SimpleNamespace

import pytest
from django.utils import timezone

from courses.models import CoursePage
from events import services, signals, tasks
from events.models import Registration
from tests.events.builders import add_event

pytestmark = pytest.mark.django_db

R = Registration.Status


def test_raising_the_capacity_and_publishing_moves_people_up(section_hcm, make_learners):
    event = add_event(section_hcm, capacity=1)
    a, b, c = make_learners(3)
    for person in (a, b, c):
        services.registration_create(event=event, user=person)
    event.capacity = 2
    event.save_revision().publish()
    statuses = dict(Registration.objects.values_list("user__email", "status"))
    assert statuses == {a.email: R.CONFIRMED, b.email: R.CONFIRMED, c.email: R.WAITING}


@pytest.fixture
def queued(monkeypatch):
    checks = []
    for task, who in (
        (tasks.check_programmes_for_user, "user"),
        (tasks.check_programmes_for_business, "business"),
    ):
        monkeypatch.setattr(task, "delay_on_commit", lambda pk, who=who: checks.append((who, pk)))
    return checks


def test_a_completed_course_queues_a_check_of_the_learners_programmes(learner, queued):
    signals.course_completed_checks_programmes(CoursePage, user=learner)
    assert queued == [("user", learner.pk)]


def test_only_a_completed_journey_queues_a_check_of_its_business(queued):
    signals.journey_completed(None, SimpleNamespace(completed_at=None, business_id=7))
    assert queued == []
    signals.journey_completed(None, SimpleNamespace(completed_at=timezone.now(), business_id=7))
    assert queued == [("business", 7)]


def test_publishing_another_page_fills_no_seats(home_page, monkeypatch):
    filled = []
    monkeypatch.setattr(signals, "event_fill_seats", lambda event: filled.append(event))
    home_page.save_revision().publish()
    assert filled == []
