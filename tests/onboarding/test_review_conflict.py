"""Nobody decides on their own business (issue #8, item 5): a staff member who belongs to
a business does not approve its registration, review its steps or revoke its readiness
certificate; other staff of the province do, and national admins where nobody else in
the province may. One predicate (selectors.review_conflict) for views, queue, services."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation

from onboarding import services
from onboarding.journeys import RegistrationError, StepError
from onboarding.models import Business, JourneyStep, Membership, RegistrationEvent, StepEvent
from portal import roles
from tests.onboarding.conftest import make_business, submit_png

pytestmark = pytest.mark.django_db

S = JourneyStep.Status
DASHBOARD = "/onboarding/staff/?lang=en"
CONFLICT = "You cannot review this (you are a member)"
ORPHAN = "Nobody else in the province may review it"


@pytest.fixture
def submitted(own, template, staff_hcm):
    journey = services.journey_start(business=own, template=template, by=staff_hcm)
    services.step_submit(step=journey.steps.get(key="account"), by=staff_hcm)
    submit_png(journey.steps.get(key="screenshot"), staff_hcm)
    return journey.steps.get(key="screenshot")


@pytest.fixture
def pending_own(staff_hcm, hcm):
    return make_business(
        staff_hcm, hcm, name="Cơ sở Chờ duyệt", tax_code="0100109106-011", approved=False
    )


def test_services_refuse_a_member_whoever_calls_them(submitted, pending_own, staff_hcm):
    with translation.override("en"), pytest.raises(StepError, match="you are a member"):
        services.step_approve(step=submitted, by=staff_hcm)
    with pytest.raises(StepError):
        services.step_request_changes(step=submitted, by=staff_hcm, comment="Sửa")
    with pytest.raises(RegistrationError):
        services.business_approve(business=pending_own, by=staff_hcm)
    with pytest.raises(RegistrationError):
        services.business_reject(business=pending_own, by=staff_hcm, reason="x")
    assert JourneyStep.objects.get(pk=submitted.pk).status == S.SUBMITTED
    assert Business.objects.get(pk=pending_own.pk).status == Business.Status.PENDING


def test_queue_and_dashboard_mark_own_business(client, submitted, pending_own, staff_hcm):
    client.force_login(staff_hcm)
    body = client.get(DASHBOARD).content.decode()
    review = reverse("onboarding:staff_review", args=[submitted.pk])
    assert f'href="{review}"' not in body
    assert body.count(CONFLICT) == 2  # the submitted step and the pending registration


def test_review_page_is_read_only_and_a_post_changes_nothing(client, submitted, staff_hcm):
    client.force_login(staff_hcm)
    url = reverse("onboarding:staff_review", args=[submitted.pk])
    page = client.get(url + "?lang=en")
    assert page.status_code == 200
    body = page.content.decode()
    assert "You cannot review this (you are a member)." in body
    assert "Send the decision" not in body
    events = StepEvent.objects.filter(step=submitted).count()
    response = client.post(
        url + "?lang=en", {"decision": "approve", "comment": "", "version": submitted.version}
    )
    assert response.status_code == 403
    assert "you are a member of this business" in response.content.decode()
    assert JourneyStep.objects.get(pk=submitted.pk).status == S.SUBMITTED
    assert StepEvent.objects.filter(step=submitted).count() == events


def test_registration_decision_is_refused_to_a_member(client, pending_own, staff_hcm):
    client.force_login(staff_hcm)
    url = reverse("onboarding:staff_business", args=[pending_own.pk])
    body = client.get(url + "?lang=en").content.decode()
    assert "You cannot review this (you are a member)." in body
    assert "Record the decision" not in body
    response = client.post(url, {"decision": "approve", "comment": ""})
    assert response.status_code == 403
    assert Business.objects.get(pk=pending_own.pk).status == Business.Status.PENDING
    assert not RegistrationEvent.objects.filter(business=pending_own, to_status="approved")


def test_another_staff_member_of_the_province_reviews_it(client, submitted, colleague):
    client.force_login(colleague)
    body = client.get(DASHBOARD).content.decode()
    assert reverse("onboarding:staff_review", args=[submitted.pk]) in body
    assert CONFLICT not in body and ORPHAN not in body
    url = reverse("onboarding:staff_review", args=[submitted.pk])
    response = client.post(
        url, {"decision": "approve", "comment": "", "version": submitted.version}
    )
    assert response.status_code == 302
    assert JourneyStep.objects.get(pk=submitted.pk).status == S.APPROVED


def test_national_admins_see_it_flagged_when_nobody_else_in_the_province_may(
    client, submitted, pending_own, staff_hcm, national_admin, make_user, hcm
):
    client.force_login(national_admin)
    body = client.get(DASHBOARD).content.decode()
    assert body.count(ORPHAN) == 2
    review = client.get(reverse("onboarding:staff_review", args=[submitted.pk]) + "?lang=en")
    assert "as a national admin, you decide" in review.content.decode()
    # The member is told who decides instead.
    client.force_login(staff_hcm)
    page = client.get(reverse("onboarding:staff_review", args=[submitted.pk]) + "?lang=en")
    assert "a national admin decides" in page.content.decode()
    # With a colleague in the province, the flag goes.
    make_user("staff2@example.com", province=hcm, role_names=[roles.STAFF])
    client.force_login(national_admin)
    assert ORPHAN not in client.get(DASHBOARD).content.decode()


def test_a_national_admin_who_is_a_member_cannot_decide_either(client, pending_own, make_user):
    admin = make_user("admin2@example.com", role_names=[roles.NATIONAL_ADMINS])
    Membership.objects.create(business=pending_own, user=admin)
    client.force_login(admin)
    url = reverse("onboarding:staff_business", args=[pending_own.pk])
    assert client.post(url, {"decision": "approve", "comment": ""}).status_code == 403
    assert Business.objects.get(pk=pending_own.pk).status == Business.Status.PENDING


def test_dashboard_queries_do_not_grow_with_conflicts(
    client, submitted, staff_hcm, national_admin, django_assert_max_num_queries, template
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(national_admin)
    with CaptureQueriesContext(connection) as few:
        client.get(DASHBOARD)
    for i in range(4):
        business = make_business(
            staff_hcm, submitted.journey.business.province, name=f"B{i}", tax_code=f"01001091{i}6"
        )
        journey = services.journey_start(business=business, template=template, by=staff_hcm)
        services.step_submit(step=journey.steps.get(key="account"), by=staff_hcm)
        submit_png(journey.steps.get(key="screenshot"), staff_hcm)
    with django_assert_max_num_queries(len(few)):
        body = client.get(DASHBOARD).content.decode()
    assert body.count(ORPHAN) == 5


# --- the readiness certificate ------------------------------------------------------------


@pytest.fixture
def certificate(own):
    from certification.models import Certificate, CertificateTemplate
    from certification.services import certificate_issue

    journey = own.journeys.first()
    journey.template.certificate_template = CertificateTemplate.objects.create(
        name="Sẵn sàng",
        issuer_name="Sở Công Thương",
        title="Chứng nhận sẵn sàng",
        wording="đã hoàn thành lộ trình",
        signatory_name="Nguyễn Văn A",
        signatory_title="Giám đốc",
    )
    journey.template.save()
    certificate_issue(recipient=own, subject=journey)
    return Certificate.objects.get()


def test_a_member_cannot_revoke_the_businesss_certificate(
    client, submitted, certificate, staff_hcm, colleague
):
    from certification.services import certificate_revoke

    url = reverse("certification:revoke", kwargs={"code": certificate.code})
    client.force_login(staff_hcm)
    page = client.get(url + "?lang=en")
    assert page.status_code == 403
    assert "You cannot revoke this certificate: you hold it" in page.content.decode()
    response = client.post(url, {"reason": "Sai", "confirm": "on"})
    assert response.status_code == 403
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
    manage = client.get(reverse("certification:manage")).content.decode()
    assert certificate.code in manage and url not in manage
    with pytest.raises(PermissionDenied):
        certificate_revoke(certificate=certificate, by=staff_hcm, reason="Sai")
    # A colleague may.
    client.force_login(colleague)
    assert url in client.get(reverse("certification:manage")).content.decode()
    assert client.get(url).status_code == 200
    certificate_revoke(certificate=certificate, by=colleague, reason="Sai")
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
