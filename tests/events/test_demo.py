"""The demo: upcoming and past events in several provinces, registrations, attendance, a
programme with nominated businesses; learner@demo.example registered for one coming up."""

import pytest
from django.test import Client
from django.utils import timezone

from certification.models import Certificate
from events.models import EventPage, Participant, Programme, Registration

pytestmark = pytest.mark.django_db


def test_the_demo_has_events_registrations_and_a_programme(demo_data):
    now = timezone.now()
    events = EventPage.objects.live()
    assert events.filter(starts_at__gt=now).values("province").distinct().count() >= 3
    assert events.filter(ends_at__lt=now, closed_at__isnull=False).count() >= 2
    kinds = set(events.values_list("kind", flat=True))
    assert {"connection", "training", "online_friday"} <= kinds
    assert events.filter(audience="official").exists()
    learner = Registration.objects.filter(user__email="learner@demo.example")
    assert learner.filter(status="confirmed", event__starts_at__gt=now).exists()
    # A full event with its waiting list.
    assert Registration.objects.filter(status="waiting").exists()
    # The export seminar is over: the learner attended and holds its certificate.
    assert Certificate.objects.filter(
        holder__email="learner@demo.example", subject_title__startswith="Hội thảo xuất khẩu"
    ).exists()
    programme = Programme.objects.get()
    assert programme.participants.filter(status=Participant.Status.ACCEPTED).count() >= 3
    assert programme.participants.filter(status=Participant.Status.APPLIED).exists()


def test_the_demo_accounts_see_what_the_story_needs(demo_data):
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    learner = Client()
    learner.force_login(users.get(email="learner@demo.example"))
    assert "Kết nối doanh nghiệp với sàn TMĐT" in learner.get("/learning/").content.decode()
    event = EventPage.objects.get(slug="ket-noi-doanh-nghiep-voi-san-tmdt")
    staff = Client()
    staff.force_login(users.get(email="staff@demo.example"))
    assert staff.get(f"/events/{event.pk}/check-in/").status_code == 200
    hanoi = Client()
    hanoi.force_login(users.get(email="staff.hanoi@demo.example"))
    assert hanoi.get(f"/events/{event.pk}/check-in/").status_code == 404
