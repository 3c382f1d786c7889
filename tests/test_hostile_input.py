# ruff: noqa: F811 - fixtures imported from the apps' conftest files, then named as arguments
"""Hostile input through every form users fill (issue #8, 13): the payloads of
tests/payloads.py (script tags, event handlers, javascript: URLs, SVG, encoded forms,
formulas, bidi and zero-width characters, 10,000-character strings) come back inert in
pages, PDFs, CSV/XLSX and e-mails, or are refused with a message; and property-based tests
(hypothesis) find no input that gives a server error or loses a record."""

import csv
import io

import pytest
from django.core import mail
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onboarding import services as onboarding
from onboarding import tasks as onboarding_tasks
from onboarding.models import Business
from portal.forms import ProfileForm
from portal.models import Profile
from portal.sanitize import clean_text
from tests.certification.conftest import cert_template, course, make_subject  # noqa: F401
from tests.onboarding.conftest import business_hcm, template  # noqa: F401
from tests.payloads import ALL, MARK, executable_marks

pytestmark = pytest.mark.django_db

FAST = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(response):
    html = response.content.decode()
    assert executable_marks(html) == [], response.request["PATH_INFO"]
    return html


def _business_post(payload, i, hcm):
    return {
        "name": payload,
        "tax_code": f"0100109106-{100 + i:03d}",
        "province": hcm.pk,
        "address": payload,
        "sector": Business.Sector.HANDICRAFT,
        "size": Business.Size.MICRO,
        "contact_name": payload,
        "contact_email": "lienhe@example.com",
        "contact_phone": payload[:30],
        "website": "",
    }


def test_profile_payloads_are_refused_or_kept_as_text(client, learner, hcm):
    client.force_login(learner)
    for payload in ALL:
        data = {
            "full_name": payload,
            "phone": payload[:30],
            "province": hcm.pk,
            "learner_type": Profile.LearnerType.BUSINESS,
            "organisation": payload,
        }
        response = client.post(reverse("profile"), data)
        assert response.status_code in (200, 302), payload[:40]
        if response.status_code == 200:  # refused with a message, the input kept
            assert response.context["form"].errors
            _inert(response)
        for url in (reverse("profile"), reverse("courses:learning")):
            _inert(client.get(url))


def test_business_payloads_stay_inert_in_pages_exports_and_emails(client, learner, staff_hcm, hcm):
    client.force_login(learner)
    created = []
    for i, payload in enumerate(ALL):
        before = Business.objects.count()
        response = client.post(
            reverse("onboarding:business_create"), _business_post(payload, i, hcm)
        )
        assert response.status_code in (200, 302), payload[:40]
        if response.status_code == 302:
            business = Business.objects.latest("pk")
            created.append(business)
            _inert(client.get(response["Location"]))
        else:
            assert response.context["form"].errors and Business.objects.count() == before
            _inert(response)
    assert created, "no payload made it through: the test would prove nothing"

    client.force_login(staff_hcm)
    _inert(client.get(reverse("onboarding:staff")))
    for business in created:
        _inert(client.get(reverse("onboarding:staff_business", args=[business.pk])))
    export = client.get(reverse("onboarding:staff_export_csv"))
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert all(not cell.startswith(FORMULA_STARTS) for row in rows for cell in row)
    from openpyxl import load_workbook

    export = client.get(reverse("onboarding:staff_export_xlsx"))
    book = load_workbook(io.BytesIO(b"".join(export.streaming_content)))
    for row in book.active.iter_rows():
        for cell in row:
            assert cell.data_type != "f" and not str(cell.value or "").startswith(FORMULA_STARTS)

    # The registration decision e-mail: one-line subject, the name as plain text.
    for business in created:
        mail.outbox.clear()
        onboarding.business_reject(business=business, by=staff_hcm, reason=business.name[:500])
        onboarding_tasks.send_registration_decision_email(business.registration_events.last().pk)
        for message in mail.outbox:
            assert "\n" not in message.subject and "\r" not in message.subject
            assert business.name in message.body  # not HTML-escaped
            assert not message.alternatives


def test_step_evidence_payloads(client, learner, business_hcm, template):
    journey = onboarding.journey_start(business=business_hcm, template=template, by=learner)
    step = journey.steps.get(key="logo")  # evidence: a web address
    client.force_login(learner)
    url = reverse("onboarding:step", args=[step.pk])
    for payload in ALL:
        step.refresh_from_db()
        data = {"action": "submit", "version": step.version, "text": payload, "comment": payload}
        response = client.post(url, data)
        assert response.status_code in (200, 302), payload[:40]
        _inert(client.get(url))
    step.refresh_from_db()
    assert not step.evidence_text.strip().lower().startswith("javascript")


def test_verification_code_payloads(client):
    for payload in ALL:
        response = client.get(reverse("certification:verify_form"), {"code": payload})
        assert response.status_code in (200, 404), payload[:40]
        _inert(response)


def test_a_hostile_name_prints_as_text_on_the_pdf(learner, course):  # noqa: F811
    from pypdf import PdfReader

    from certification import services

    # As long as the field holds (PostgreSQL refuses more; SQLite would not say so).
    limit = learner.profile._meta.get_field("full_name").max_length
    name = f"<script>{MARK}()</script> <img src=x onerror={MARK}()> =1+2 {'Đ' * 120}"[:limit]
    learner.profile.full_name = name
    learner.profile.save(update_fields=["full_name"])
    certificate = services.certificate_issue(recipient=learner, subject=course)
    data = services.certificate_pdf_bytes(certificate=certificate)
    for key in (b"/JavaScript", b"/JS ", b"/OpenAction", b"/Launch", b"/AA "):
        assert key not in data
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert MARK in text.replace("\n", "")  # printed, as text


# --- property-based: no input is a server error, none loses a record ----------------------


@FAST
@given(
    full_name=st.text(max_size=200), organisation=st.text(max_size=250), phone=st.text(max_size=40)
)
def test_any_profile_input_is_saved_whole_or_refused(
    client, learner, hcm, full_name, organisation, phone
):
    client.force_login(learner)
    data = {
        "full_name": full_name,
        "phone": phone,
        "province": hcm.pk,
        "learner_type": Profile.LearnerType.BUSINESS,
        "organisation": organisation,
    }
    response = client.post(reverse("profile"), data)
    assert response.status_code in (200, 302)
    if response.status_code == 302:  # saved whole: what the form accepted is stored
        form = ProfileForm(data)
        assert form.is_valid()
        profile = Profile.objects.get(user=learner)
        assert profile.full_name == form.cleaned_data["full_name"]
        assert profile.organisation == form.cleaned_data["organisation"] == organisation.strip()
        assert profile.phone == form.cleaned_data["phone"] == phone.strip()
    else:
        assert response.context["form"].errors


@FAST
@given(name=st.text(max_size=220), address=st.text(max_size=320))
def test_any_business_registration_is_created_or_refused(client, learner, hcm, name, address):
    client.force_login(learner)
    before = Business.objects.count()
    data = _business_post(name, Business.objects.count() % 800, hcm) | {"address": address}
    response = client.post(reverse("onboarding:business_create"), data)
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert Business.objects.count() in (before, before + 1)  # a repeat shows the first
    else:
        assert response.context["form"].errors
        assert Business.objects.count() == before


@FAST
@given(code=st.text(max_size=300))
def test_any_verification_code_is_answered(client, code):
    response = client.get(reverse("certification:verify_form"), {"code": code})
    assert response.status_code in (200, 404)


def _submitted_screenshot(business, template, learner):  # noqa: F811
    from tests.onboarding.conftest import submit_png

    journey = onboarding.journey_start(business=business, template=template, by=learner)
    onboarding.step_submit(step=journey.steps.get(key="account"), by=learner)
    submit_png(journey.steps.get(key="screenshot"), learner)
    return journey.steps.get(key="screenshot")


def test_step_message_payloads(client, learner, staff_hcm, business_hcm, template):
    from onboarding.models import StepMessage

    step = _submitted_screenshot(business_hcm, template, learner)
    member_url = reverse("onboarding:step", args=[step.pk])
    message_url = reverse("onboarding:step_message", args=[step.pk])
    staff_url = reverse("onboarding:staff_review", args=[step.pk])
    client.force_login(learner)
    for payload in ALL:
        before = StepMessage.objects.count()
        response = client.post(message_url, {"message-body": payload})
        # Refused (nothing left once tags are removed): the page again, with status 400.
        assert response.status_code in (302, 400), payload[:40]
        if response.status_code == 302:  # kept as the form cleaned it (tags removed)
            assert StepMessage.objects.count() == before + 1
            assert StepMessage.objects.latest("pk").body == clean_text(payload).strip()
        else:
            assert StepMessage.objects.count() == before
    _inert(client.get(member_url))
    client.force_login(staff_hcm)
    _inert(client.get(staff_url))
    for message in mail.outbox:
        assert "\n" not in message.subject and "\r" not in message.subject


@FAST
@given(body=st.text(max_size=4100))
def test_any_step_message_is_posted_or_refused(client, learner, business_hcm, template, body):
    from onboarding.models import StepMessage

    step = JourneyStepCache.get(business_hcm, template, learner)
    client.force_login(learner)
    before = StepMessage.objects.count()
    response = client.post(
        reverse("onboarding:step_message", args=[step.pk]), {"message-body": body}
    )
    assert response.status_code in (302, 400)
    assert StepMessage.objects.count() == before + (response.status_code == 302)


class JourneyStepCache:
    """Hypothesis runs a test body many times on one set of fixtures: the step is made once."""

    steps: dict = {}

    @classmethod
    def get(cls, business, template, learner):  # noqa: F811
        from onboarding.models import JourneyStep

        pk = cls.steps.get(business.pk)
        if pk is None or not JourneyStep.objects.filter(pk=pk).exists():
            pk = cls.steps[business.pk] = _submitted_screenshot(business, template, learner).pk
        return JourneyStep.objects.get(pk=pk)
