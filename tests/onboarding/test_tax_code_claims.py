"""A pending registration no longer holds a tax code (issue #8, item 7): a second person
may claim the code while the first waits (or even when a business is approved with it);
staff compare the claims side by side and decide, approving one rejects the others with
a reason; the messages never reveal other people's registrations."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from onboarding import services
from onboarding.journeys import RegistrationError
from onboarding.models import Business, RegistrationEvent
from tests.onboarding.conftest import make_business

pytestmark = pytest.mark.django_db

B = Business.Status
CODE = "0100109106"
REGISTERED = "Your business is registered. Staff of Thành phố Hồ Chí Minh check it"


def _register(client, user, hcm, name, code=CODE):
    client.force_login(user)
    return client.post(
        reverse("onboarding:business_create") + "?lang=en",
        {"name": name, "tax_code": code, "province": hcm.pk, "sector": "other", "size": "micro"},
        follow=True,
    )


@pytest.fixture
def first(learner, hcm):
    return make_business(learner, hcm, name="HTX Mạo Danh", tax_code=CODE, approved=False)


@pytest.fixture
def real_owner(make_user):
    return make_user("owner@example.com", full_name="Lê Chủ Thật")


def test_a_second_claim_is_filed_while_the_first_waits(client, first, real_owner, hcm):
    response = _register(client, real_owner, hcm, "Công ty Thật")
    body = response.content.decode()
    assert REGISTERED in body
    assert first.name not in body and "already registered" not in body
    mine = Business.objects.get(name="Công ty Thật")
    assert mine.status == B.PENDING and mine.tax_code == CODE and mine.is_member(real_owner)
    assert Business.objects.filter(tax_code=CODE).count() == 2


def test_a_claim_on_an_approved_code_gets_the_same_neutral_message(
    client, business_hcm, real_owner, learner, hcm
):
    assert business_hcm.tax_code == CODE and business_hcm.status == B.APPROVED
    claim = _register(client, real_owner, hcm, "Công ty Thật").content.decode()
    fresh = _register(client, learner, hcm, "Cơ sở Khác", code="0100109106-002")
    # Word for word what a registration on a free code says: nothing leaks.
    assert REGISTERED in claim and REGISTERED in fresh.content.decode()
    assert business_hcm.name not in claim
    assert Business.objects.get(name="Công ty Thật").status == B.PENDING


def test_staff_see_the_claims_side_by_side(client, first, real_owner, staff_hcm, hanoi, hcm):
    second = make_business(real_owner, hcm, name="Công ty Thật", tax_code=CODE, approved=False)
    elsewhere = make_business(real_owner, hanoi, name="Chi nhánh Hà Nội", tax_code=CODE)
    elsewhere.status = B.PENDING
    elsewhere.save()
    client.force_login(staff_hcm)
    body = client.get(reverse("onboarding:staff_business", args=[second.pk]) + "?lang=en")
    text = body.content.decode()
    assert "2 other registrations have the tax code 0100109106" in text
    assert reverse("onboarding:staff_business", args=[first.pk]) in text
    assert "HTX Mạo Danh" in text and "learner@example.com" in text
    # Out of scope: its province, status and date, not its name or people.
    assert "A registration in another province" in text and "Chi nhánh Hà Nội" not in text
    assert reverse("onboarding:staff_business", args=[elsewhere.pk]) not in text
    dashboard = client.get("/onboarding/staff/?lang=en").content.decode()
    assert "2 other registrations with this tax code" in dashboard


def test_approving_one_rejects_the_others_with_the_reason(
    client, first, real_owner, staff_hcm, hcm, django_capture_on_commit_callbacks, mailoutbox
):
    second = make_business(real_owner, hcm, name="Công ty Thật", tax_code=CODE, approved=False)
    client.force_login(staff_hcm)
    url = reverse("onboarding:staff_business", args=[second.pk])
    missing = client.post(url, {"decision": "approve", "comment": ""})
    assert missing.status_code == 200 and missing.context["form"].errors["others_reason"]
    assert Business.objects.filter(status=B.PENDING).count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {"decision": "approve", "comment": "", "others_reason": "Tra cứu: tên khác."},
        )
    assert response.status_code == 302
    second.refresh_from_db()
    first.refresh_from_db()
    assert second.status == B.APPROVED and first.status == B.REJECTED
    event = RegistrationEvent.objects.get(business=first, to_status=B.REJECTED)
    assert event.comment == "Tra cứu: tên khác." and event.actor == staff_hcm
    to_first = [m for m in mailoutbox if m.to == ["learner@example.com"]]
    assert len(to_first) == 1 and "Tra cứu: tên khác." in to_first[0].body
    assert "Công ty Thật" not in to_first[0].body  # the winner is not named


def test_replacing_an_approved_business_needs_its_confirmation(
    business_hcm, real_owner, staff_hcm, hcm
):
    claim = make_business(real_owner, hcm, name="Công ty Thật", tax_code=CODE, approved=False)
    with pytest.raises(RegistrationError):
        services.business_approve(business=claim, by=staff_hcm, others_reason="Mạo danh")
    assert Business.objects.get(pk=business_hcm.pk).status == B.APPROVED
    assert Business.objects.get(pk=claim.pk).status == B.PENDING
    services.business_approve(
        business=claim, by=staff_hcm, others_reason="Mạo danh", replace_approved=True
    )
    old = Business.objects.get(pk=business_hcm.pk)
    assert old.status == B.REJECTED and old.approved_at is None
    assert Business.objects.get(pk=claim.pk).status == B.APPROVED
    assert RegistrationEvent.objects.filter(
        business=old, from_status=B.APPROVED, to_status=B.REJECTED, comment="Mạo danh"
    ).exists()


def test_the_approval_form_asks_to_confirm_the_replacement(
    client, business_hcm, real_owner, staff_hcm, hcm
):
    claim = make_business(real_owner, hcm, name="Công ty Thật", tax_code=CODE, approved=False)
    client.force_login(staff_hcm)
    url = reverse("onboarding:staff_business", args=[claim.pk])
    assert 'name="replace_approved"' in client.get(url).content.decode()
    response = client.post(url, {"decision": "approve", "others_reason": "Mạo danh"})
    assert response.status_code == 200 and response.context["form"].errors["replace_approved"]
    assert Business.objects.get(pk=business_hcm.pk).status == B.APPROVED


def test_an_approved_business_in_another_province_is_left_to_its_staff(
    business_hanoi, real_owner, staff_hcm, hcm, national_admin
):
    claim = make_business(
        real_owner, hcm, name="Công ty Thật", tax_code=business_hanoi.tax_code, approved=False
    )
    with pytest.raises(RegistrationError):
        services.business_approve(
            business=claim, by=staff_hcm, others_reason="x", replace_approved=True
        )
    assert Business.objects.get(pk=business_hanoi.pk).status == B.APPROVED
    services.business_approve(
        business=claim, by=national_admin, others_reason="x", replace_approved=True
    )
    assert Business.objects.get(pk=business_hanoi.pk).status == B.REJECTED


def test_rejecting_a_claim_leaves_the_others_alone(first, real_owner, staff_hcm, hcm):
    second = make_business(real_owner, hcm, name="Công ty Thật", tax_code=CODE, approved=False)
    services.business_reject(business=first, by=staff_hcm, reason="Sai tên")
    assert Business.objects.get(pk=second.pk).status == B.PENDING
    services.business_approve(business=second, by=staff_hcm)  # nothing open to reject now
    assert Business.objects.get(pk=second.pk).status == B.APPROVED


def test_the_database_holds_one_approved_business_per_code(first, real_owner, hcm):
    make_business(real_owner, hcm, name="Công ty Thật", tax_code=CODE, approved=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        Business.objects.filter(pk=first.pk).update(status=B.APPROVED)


def test_a_rejected_claim_can_be_corrected_to_any_code(client, first, real_owner, staff_hcm, hcm):
    make_business(real_owner, hcm, name="Công ty Thật", tax_code=CODE, approved=True)
    services.business_reject(business=first, by=staff_hcm, reason="Sai mã")
    client.force_login(first.memberships.get().user)
    response = client.post(
        reverse("onboarding:business_edit", args=[first.pk]),
        {
            "name": first.name,
            "tax_code": CODE,
            "province": hcm.pk,
            "sector": "other",
            "size": "micro",
        },
    )
    assert response.status_code == 302
    assert Business.objects.get(pk=first.pk).status == B.PENDING
