"""Programmes: staff define them, nominate businesses or accept applications; the dashboard
shows each business's progress; a business that completes everything gets the
programme's certificate, once."""

import pytest
from django.test import Client
from django.utils import timezone, translation

from certification.models import Certificate
from courses import services as learning
from courses.models import Enrolment
from events import services, signals, tasks
from events.models import Participant, Programme, Registration
from events.services import EventError
from tests.events.builders import complete_everything
from tests.onboarding.conftest import make_business

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Refusals are asserted by their (English) wording."""
    with translation.override("en"):
        yield


P = Participant.Status


def test_completing_everything_issues_the_certificate_once(setup, learner, staff_hcm, template):
    participant = services.participant_nominate(
        programme=setup["programme"], business=setup["business"], by=staff_hcm
    )
    assert services.participant_check_complete(participant=participant) is False
    complete_everything(setup, learner, staff_hcm, template)
    # The attendance queued a check (on commit); run it as the worker would, twice.
    assert tasks.check_programmes_for_user(learner.pk) == 1
    assert tasks.check_programmes_for_user(learner.pk) == 0
    participant.refresh_from_db()
    assert participant.completed_at is not None
    certificate = Certificate.objects.get()
    assert certificate.recipient_name == "HTX Sài Gòn"
    assert certificate.subject_title == "Gian hàng Việt trên Amazon 2026"


def test_a_business_that_already_did_everything_completes_when_nominated(
    setup, learner, staff_hcm, template
):
    complete_everything(setup, learner, staff_hcm, template)
    participant = services.participant_nominate(
        programme=setup["programme"], business=setup["business"], by=staff_hcm
    )
    participant.refresh_from_db()
    assert participant.completed_at is not None
    assert Certificate.objects.count() == 1


def test_completions_below_queue_a_programme_check(
    setup, learner, django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    monkeypatch.setattr(
        tasks.check_programmes_for_user, "delay_on_commit", lambda pk: queued.append(("u", pk))
    )
    monkeypatch.setattr(
        tasks.check_programmes_for_business,
        "delay_on_commit",
        lambda pk: queued.append(("b", pk)),
    )
    enrolment = Enrolment.objects.create(user=learner, course=setup["course"])
    enrolment.status, enrolment.completed_at = Enrolment.Status.COMPLETED, timezone.now()
    enrolment.save()
    assert queued == []  # a saved row is no announcement
    learning.enrolment_completed_announce(enrolment_id=enrolment.pk)
    assert queued == [("u", learner.pk)]
    assert signals.journey_completed  # connected in EventsConfig.ready


def test_an_owner_applies_and_staff_accept(setup, learner, staff_hcm):
    programme, business = setup["programme"], setup["business"]
    client = Client()
    client.force_login(learner)
    page = client.get(f"/events/programmes/{programme.pk}/").content.decode()
    assert "HTX Sài Gòn" in page  # offered in the application form
    client.post(f"/events/programmes/{programme.pk}/", {"business": business.pk})
    participant = Participant.objects.get()
    assert (participant.status, participant.applied_by) == (P.APPLIED, learner)
    staff = Client()
    staff.force_login(staff_hcm)
    staff.post(
        f"/events/programmes/{programme.pk}/answers/",
        {"participant": participant.pk, "decision": "accept"},
    )
    participant.refresh_from_db()
    assert (participant.status, participant.decided_by) == (P.ACCEPTED, staff_hcm)
    dashboard = staff.get(f"/events/programmes/{programme.pk}/dashboard/").content.decode()
    assert "HTX Sài Gòn" in dashboard and 'class="bar-chart"' in dashboard


def test_each_dashboard_form_posts_to_its_own_endpoint(setup, learner, staff_hcm, staff_hanoi):
    """Nominating and answering are separate endpoints: an answer never nominates, a bad
    nomination shows the dashboard again with its error, and staff of another province
    can do neither."""
    programme, business = setup["programme"], setup["business"]
    services.participant_apply(programme=programme, business=business, by=learner)
    participant = Participant.objects.get()
    staff = Client()
    staff.force_login(staff_hcm)
    dashboard = staff.get(f"/events/programmes/{programme.pk}/dashboard/").content.decode()
    assert f'action="/events/programmes/{programme.pk}/answers/"' in dashboard
    assert f"/events/programmes/{programme.pk}/dashboard/" not in dashboard.split("<form")[-1]
    assert staff.post(f"/events/programmes/{programme.pk}/dashboard/").status_code == 405

    refused = staff.post(
        f"/events/programmes/{programme.pk}/nominations/", {"nominate-business": "999999"}
    )
    assert refused.status_code == 400
    assert refused.context["nominate_form"].errors["business"]
    assert "Hãy chọn một doanh nghiệp trong danh sách." in refused.content.decode()

    outsider = Client()
    outsider.force_login(staff_hanoi)
    answer = {"participant": participant.pk, "decision": "decline"}
    assert outsider.post(f"/events/programmes/{programme.pk}/answers/", answer).status_code == 404
    participant.refresh_from_db()
    assert participant.status == P.APPLIED

    staff.post(f"/events/programmes/{programme.pk}/answers/", answer)
    participant.refresh_from_db()
    assert (participant.status, participant.decided_by) == (P.DECLINED, staff_hcm)


def test_applications_are_refused_clearly(setup, learner, other_learner, staff_hcm, hanoi):
    programme, business = setup["programme"], setup["business"]
    with pytest.raises(EventError, match="owner"):
        services.participant_apply(programme=programme, business=business, by=other_learner)
    Programme.objects.filter(pk=programme.pk).update(accepts_applications=False)
    programme.refresh_from_db()
    with pytest.raises(EventError, match="nominated"):
        services.participant_apply(programme=programme, business=business, by=learner)
    elsewhere = make_business(other_learner, hanoi, name="Hà Nội", tax_code="0100109106-001")
    Programme.objects.filter(pk=programme.pk).update(accepts_applications=True)
    programme.refresh_from_db()
    with pytest.raises(EventError, match="another province"):
        services.participant_apply(programme=programme, business=elsewhere, by=other_learner)
    assert not Participant.objects.exists()


def test_staff_create_a_programme_from_the_form(staff_hcm, hcm, setup):
    client = Client()
    client.force_login(staff_hcm)
    data = {
        "title": "Online Friday 2027",
        "province": hcm.pk,
        "starts_on": "2027-01-01",
        "ends_on": "2026-12-01",
        "accepts_applications": "on",
    }
    response = client.post("/events/programmes/new/", data)
    assert response.status_code == 200  # errors shown, nothing lost
    html = response.content.decode()
    assert "Online Friday 2027" in html
    assert Programme.objects.count() == 1
    data.update({"ends_on": "2027-06-30", "events": [setup["event"].pk]})
    response = client.post("/events/programmes/new/", data)
    programme = Programme.objects.get(title="Online Friday 2027")
    assert response["Location"] == f"/events/programmes/{programme.pk}/dashboard/"
    assert list(programme.events.all()) == [setup["event"]]


def test_staff_cannot_make_a_programme_for_another_province(staff_hcm, hanoi, setup):
    client = Client()
    client.force_login(staff_hcm)
    response = client.post(
        "/events/programmes/new/",
        {
            "title": "Hà Nội",
            "province": hanoi.pk,
            "starts_on": "2027-01-01",
            "ends_on": "2027-06-30",
            "events": [setup["event"].pk],
        },
    )
    assert response.status_code == 200
    assert not Programme.objects.filter(title="Hà Nội").exists()


def test_the_dashboard_costs_the_same_queries_with_more_businesses(
    setup, staff_hcm, make_user, hcm, django_assert_max_num_queries
):
    client = Client()
    client.force_login(staff_hcm)
    services.participant_nominate(
        programme=setup["programme"], business=setup["business"], by=staff_hcm
    )
    url = f"/events/programmes/{setup['programme'].pk}/dashboard/"
    client.get(url)
    with django_assert_max_num_queries(30) as before:
        client.get(url)
    for i in range(6):
        owner = make_user(f"owner{i}@example.com")
        business = make_business(
            owner, hcm, name=f"DN {i}", tax_code=f"010010910{i}-00{i + 2}"[:14]
        )
        services.participant_nominate(programme=setup["programme"], business=business, by=staff_hcm)
        Registration.objects.create(
            event=setup["event"],
            user=owner,
            status=Registration.Status.CONFIRMED,
            code=f"CODE{i}XYZ",
        )
    with django_assert_max_num_queries(len(before.captured_queries)):
        assert client.get(url).status_code == 200


def test_the_dashboard_exports_each_business_with_its_requirements(setup, staff_hcm):
    services.participant_nominate(
        programme=setup["programme"], business=setup["business"], by=staff_hcm
    )
    client = Client()
    client.force_login(staff_hcm)
    client.cookies["portal_language"] = "en"
    url = f"/events/programmes/{setup['programme'].pk}/dashboard/"
    response = client.get(url + "?format=csv")
    lines = b"".join(response.streaming_content).decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("Business,Tax code,Province,Former province,Nominated by staff,")
    assert "Selling on marketplaces" in lines[0]  # the required course, in English
    assert lines[1].startswith("HTX Sài Gòn,0100109106,")
    assert ",No,No,No,0,3,0," in lines[1]
    assert client.get(url + "?format=xlsx").status_code == 200


def test_applying_again_does_not_claim_a_new_application(setup, learner):
    """A reload or a double click posts again: one application, and the second answer says
    it was there before instead of "Application sent"."""
    from django.contrib.messages import constants

    programme, business = setup["programme"], setup["business"]
    client = Client()
    client.force_login(learner)
    url = f"/events/programmes/{programme.pk}/?lang=en"
    first = client.post(url, {"business": business.pk}, follow=True)
    second = client.post(url, {"business": business.pk}, follow=True)
    assert [m.level for m in first.context["messages"]] == [constants.SUCCESS]
    said = [(m.level, str(m)) for m in second.context["messages"]]
    assert said == [(constants.INFO, "HTX Sài Gòn applied before: Applied.")]
    assert Participant.objects.count() == 1
