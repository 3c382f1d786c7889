"""On PostgreSQL (.ci/run): many people registering at once never take more seats than
the event has, the waiting list keeps everyone else, and cancellations racing with
registrations move exactly as many people up as seats were freed."""

import threading

import pytest

from events import services
from events.models import Registration
from tests.concurrency import race
from tests.events.builders import add_event

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
R = Registration.Status


def test_thirty_people_registering_at_once_fill_ten_seats(section_hcm, make_learners):
    event = add_event(section_hcm, capacity=10)
    queue = iter(make_learners(30))
    pick = threading.Lock()

    def register():
        with pick:
            person = next(queue)
        return services.registration_create(event=event, user=person).status

    results, errors = race(30, register)
    assert errors == []
    assert sorted(results).count(R.CONFIRMED) == 10
    assert sorted(results).count(R.WAITING) == 20
    assert Registration.objects.filter(event=event, status=R.CONFIRMED).count() == 10


def test_cancellations_racing_with_registrations_keep_the_count(section_hcm, make_learners):
    event = add_event(section_hcm, capacity=5)
    first = make_learners(10, prefix="first")
    for person in first:
        services.registration_create(event=event, user=person)  # 5 seats, 5 waiting
    seats = list(Registration.objects.filter(event=event, status=R.CONFIRMED))
    newcomers = iter(make_learners(5, prefix="new"))
    cancellations = iter(seats[:3])
    pick = threading.Lock()
    jobs = iter(["cancel"] * 3 + ["register"] * 5)

    def work():
        with pick:
            job = next(jobs)
            target = next(cancellations) if job == "cancel" else next(newcomers)
        if job == "cancel":
            return services.registration_cancel(registration=target, by=target.user).status
        return services.registration_create(event=event, user=target).status

    results, errors = race(8, work)
    assert errors == []
    confirmed = Registration.objects.filter(event=event, status=R.CONFIRMED)
    assert confirmed.count() == 5  # the three seats freed went to people waiting
    # Those who waited first got the seats: none of the newcomers jumped the queue.
    assert not confirmed.filter(user__email__startswith="new").exists()
    assert Registration.objects.filter(event=event, status=R.WAITING).count() == 7
