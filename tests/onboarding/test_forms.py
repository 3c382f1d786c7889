"""onboarding/forms.py: what each form accepts and refuses before a service writes
anything (evidence types, a former province that merged into another, OCOP dates,
comments a decision requires)."""

from datetime import date
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from onboarding import forms
from onboarding.models import Business, Evidence
from portal.models import Province
from tests.onboarding.conftest import PNG, make_business


@pytest.mark.parametrize(
    "name,content,ok",
    [
        ("proof.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n", True),
        (
            "photo.jpg",
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
            True,
        ),
        (
            "photo.JPEG",
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
            True,
        ),
        ("screen.png", PNG, True),
        ("screen.png", b"<html>not an image</html>", False),
        ("macro.docx", b"PK\x03\x04" + b"\0" * 40, False),
        ("screen.jpg", PNG, False),
    ],
)
def test_evidence_types(name, content, ok):
    from django.core.exceptions import ValidationError

    from onboarding.forms import sniff_evidence

    upload = SimpleUploadedFile(name, content)
    if ok:
        assert sniff_evidence(upload) in {"application/pdf", "image/png", "image/jpeg"}
    else:
        with pytest.raises(ValidationError):
            sniff_evidence(upload)


def test_an_upload_over_five_megabytes_is_refused_before_it_is_read():
    big = SimpleUploadedFile("big.png", PNG + b"\0" * (5 * 1024 * 1024))
    with pytest.raises(ValidationError) as caught:
        forms.sniff_evidence(big)
    assert caught.value.code == "too_big"


def _business_data(province, **extra):
    return {
        "name": "HTX Rau Sạch",
        "tax_code": "0100109106001",
        "province": province.pk,
        "sector": "agriculture",
        "size": "small",
        **extra,
    }


def test_a_former_province_must_have_merged_into_the_chosen_one(hcm, hanoi):
    former_hcm = Province.objects.filter(merged_into=hcm).exclude(pk=hcm.pk).first()
    wrong = forms.BusinessForm(_business_data(hanoi, former_province=former_hcm.pk))
    with translation.override("en"):
        assert not wrong.is_valid()
        assert f"merged into {hcm.name}, not into" in str(wrong.errors["former_province"])
    right = forms.BusinessForm(_business_data(hcm, former_province=former_hcm.pk))
    assert right.is_valid(), right.errors
    # A branch's 13 digits are written the one way the database keeps them.
    assert right.cleaned_data["tax_code"] == "0100109106-001"


def test_an_approved_business_keeps_its_tax_code_and_province(learner, hcm, hanoi):
    business = make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    data = _business_data(hanoi, name="HTX Sài Gòn Mới", tax_code="0100109106-002")
    form = forms.BusinessEditForm(data, instance=business)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["name"] == "HTX Sài Gòn Mới"
    assert form.cleaned_data["tax_code"] == "0100109106"
    assert form.cleaned_data["province"] == hcm
    business.status = Business.Status.PENDING
    pending = forms.BusinessEditForm(data, instance=business)
    assert pending.is_valid(), pending.errors
    assert pending.cleaned_data["province"] == hanoi


def test_an_ocop_rating_ends_after_its_decision_and_is_listed_once(learner, hcm):
    business = make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    data = {
        "name": "Mật ong rừng U Minh",
        "group": "food",
        "stars": 4,
        "decision_number": "123/QĐ-UBND",
        "decision_date": date(2026, 3, 1),
        "valid_until": date(2026, 3, 1),
    }
    form = forms.OcopProductForm(data, business=business)
    assert not form.is_valid() and list(form.errors) == ["valid_until"]
    form = forms.OcopProductForm({**data, "valid_until": date(2029, 3, 1)}, business=business)
    assert form.is_valid(), form.errors
    product = form.save(commit=False)
    product.business = business
    product.save()
    for name in ("mật ong rừng u minh", "MẬT ONG RỪNG U MINH"):  # Vietnamese letters fold too
        again = forms.OcopProductForm(
            {**data, "name": name, "valid_until": date(2029, 3, 1)}, business=business
        )
        assert not again.is_valid() and list(again.errors) == ["name"], name


def test_a_url_step_takes_only_a_web_address():
    step = SimpleNamespace(evidence=Evidence.URL)  # the form reads nothing else of a step
    refused = forms.StepActionForm({"action": "submit", "version": 1, "text": "shop"}, step=step)
    assert not refused.is_valid() and "text" in refused.errors
    accepted = forms.StepActionForm(
        {"action": "submit", "version": 1, "text": "  https://shop.vn/a  "}, step=step
    )
    assert accepted.is_valid(), accepted.errors
    assert accepted.cleaned_data["text"] == "https://shop.vn/a"
    step.evidence = Evidence.CODE
    code = forms.StepActionForm({"action": "submit", "version": 1, "text": "ABC-123"}, step=step)
    assert code.is_valid() and code.cleaned_data["text"] == "ABC-123"


def test_a_message_needs_text_or_an_attachment():
    assert not forms.MessageForm({"message-body": "   "}).is_valid()
    assert forms.MessageForm({"message-body": "Đã bổ sung"}).is_valid()
    with_file = forms.MessageForm(
        {"message-body": ""}, {"message-attachment": SimpleUploadedFile("a.png", PNG)}
    )
    assert with_file.is_valid(), with_file.errors
    assert with_file.content_type == "image/png"


def test_requesting_changes_or_rejecting_needs_a_comment():
    assert forms.ReviewForm({"decision": "approve", "version": 2}).is_valid()
    review = forms.ReviewForm({"decision": "request_changes", "version": 2})
    assert not review.is_valid() and list(review.errors) == ["comment"]
    assert forms.RegistrationDecisionForm({"decision": "approve"}).is_valid()
    reject = forms.RegistrationDecisionForm({"decision": "reject", "comment": " "})
    assert not reject.is_valid() and list(reject.errors) == ["comment"]


def test_approving_one_claim_of_a_tax_code_needs_a_reason_for_the_others():
    pending = Business(status=Business.Status.PENDING)
    approved = Business(status=Business.Status.APPROVED)
    rejected = Business(status=Business.Status.REJECTED)
    assert forms.RegistrationDecisionForm({"decision": "approve"}, others=[rejected]).is_valid()
    form = forms.RegistrationDecisionForm({"decision": "approve"}, others=[pending])
    assert not form.is_valid() and list(form.errors) == ["others_reason"]
    form = forms.RegistrationDecisionForm(
        {"decision": "approve", "others_reason": "Sổ thuế ghi tên khác"}, others=[approved]
    )
    assert not form.is_valid() and list(form.errors) == ["replace_approved"]
    form = forms.RegistrationDecisionForm(
        {"decision": "approve", "others_reason": "Sổ thuế ghi tên khác", "replace_approved": "on"},
        others=[approved],
    )
    assert form.is_valid(), form.errors
    # Rejecting this one leaves the others as they are: nothing more to say.
    assert forms.RegistrationDecisionForm(
        {"decision": "reject", "comment": "Sai mã số thuế"}, others=[pending, approved]
    ).is_valid()
