"""onboarding/models.py: what the models hold themselves: the template admin form's keys
and dependency checks, history that is never rewritten, invitations that expire, and the
business as a certificate recipient and owner of its evidence files."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from onboarding import services
from onboarding.models import (
    INVITATION_VALID_DAYS,
    Business,
    Invitation,
    JourneyTemplate,
    Membership,
    RegistrationEvent,
    StepEvent,
    evidence_upload_to,
    unique_key,
)

pytestmark = pytest.mark.django_db


def _template_form(template, steps):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    form_class = JourneyTemplate.get_edit_handler().get_form_class()
    data = nested_form_data(
        {
            "key": "new-template",
            "title": template.title,
            "title_en": template.title_en,
            "description": "",
            "description_en": "",
            "platform": "",
            "is_active": "on",
            "issues_certificate": "on",
            "steps": inline_formset(
                [
                    {
                        "key": key,
                        "title": key,
                        "title_en": "",
                        "guidance": "",
                        "guidance_en": "",
                        "legal_document": "",
                        "evidence": "none",
                        "duration_days": 1,
                        "depends_on": depends_on,
                        "ORDER": order,
                    }
                    for order, (key, depends_on) in enumerate(steps, start=1)
                ]
            ),
        }
    )
    return form_class(data, instance=JourneyTemplate(), for_user=None)


def test_template_admin_refuses_unknown_or_later_dependencies(db, template):
    from django.utils import translation

    good = _template_form(template, [("a", ""), ("b", "a"), ("c", "a, b")])
    with translation.override("en"):
        assert good.is_valid(), (good.errors, [f.errors for f in good.formsets["steps"].forms])
        bad = _template_form(template, [("a", "b"), ("b", "typo"), ("c", "")])
        assert not bad.is_valid()
        errors = [f.errors for f in bad.formsets["steps"].forms]
        assert "Not a step above this one: b." in str(errors[0]["depends_on"])
        assert "typo" in str(errors[1]["depends_on"])


def test_keys_are_made_from_titles_and_never_shown(db, template):
    """Editors see no key field: a new template and its steps get keys from their titles
    (distinct even when two steps share a title), and dependencies are ticks by title."""
    form = _template_form(template, [("Đăng ký", ""), ("Đăng ký", ""), ("Bán hàng", "")])
    assert "key" not in form.fields
    assert all("key" not in f.fields for f in form.formsets["steps"].forms)
    assert form.is_valid(), [f.errors for f in form.formsets["steps"].forms]
    saved = form.save()
    assert saved.key
    assert sorted(saved.steps.values_list("key", flat=True)) == ["ban-hang", "dang-ky", "dang-ky-2"]

    edit = JourneyTemplate.get_edit_handler().get_form_class()(instance=saved, for_user=None)
    widget = edit.formsets["steps"].forms[2].fields["depends_on"].widget
    assert [label for _, label in widget.choices] == ["Đăng ký", "Đăng ký"]
    html = widget.render("depends_on", "dang-ky-2")
    assert "dang-ky-2" in html and "checked" in html


def test_events_are_append_only(journey, learner):
    step = journey.steps.get(key="account")
    services.step_submit(step=step, by=learner)
    event = StepEvent.objects.first()
    event.comment = "rewritten"
    with pytest.raises(ValueError):
        event.save()


def test_registration_events_are_append_only(pending):
    event = RegistrationEvent.objects.get(business=pending)
    event.comment = "rewritten"
    with pytest.raises(ValueError):
        event.save()


def test_messages_are_append_only(learner, shot):
    message = services.step_message_post(step=shot, by=learner, body="Một")
    message.body = "Hai"
    with pytest.raises(ValueError):
        message.save()


def test_an_invitation_works_for_its_valid_days_after_it_was_last_sent(business_hcm, learner):
    sent = timezone.now() - timedelta(days=INVITATION_VALID_DAYS)
    invitation = Invitation(business=business_hcm, email="ban@example.com", invited_by=learner)
    invitation.created_at = sent + timedelta(minutes=1)
    assert not invitation.is_expired
    invitation.created_at = sent - timedelta(minutes=1)
    assert invitation.is_expired
    # An accepted invitation is history, not an expired offer.
    invitation.accepted_at = sent
    assert not invitation.is_expired


def test_keys_come_from_vietnamese_titles_and_never_repeat():
    assert unique_key("Đăng ký tài khoản", set()) == "dang-ky-tai-khoan"
    assert unique_key("Đăng ký", {"dang-ky", "dang-ky-2"}) == "dang-ky-3"
    assert unique_key("!!!", set()) == "step"
    assert len(unique_key("Đ" * 80, set())) == 50


def test_a_business_without_a_contact_address_is_reached_through_its_owner(
    business_hcm, learner, other_learner
):
    Membership.objects.create(business=business_hcm, user=other_learner)
    business_hcm.contact_email = ""
    assert business_hcm.certificate_email == learner.email
    business_hcm.contact_email = "lienhe@htx.vn"
    assert business_hcm.certificate_email == "lienhe@htx.vn"
    assert list(Business.certificate_held_through(other_learner)) == [business_hcm]
    assert business_hcm.is_member(other_learner)


def test_guidance_is_a_paragraph_per_blank_line_in_the_readers_language(journey):
    step = journey.steps.get(key="account")
    with translation.override("en"):
        assert [str(p) for p in step.guidance_paragraphs] == [
            "Open online.gov.vn.",
            "Sign up with the tax code.",
        ]
        step.guidance_en = ""
        fallback = step.guidance_paragraphs
        assert [str(p) for p in fallback] == ["Mở online.gov.vn.", "Đăng ký bằng mã số thuế."]
        assert all(p.is_fallback and p.language == "vi" for p in fallback)


def test_evidence_is_stored_under_its_business_without_the_uploaded_name(shot):
    evidence = shot.files.get()
    path = evidence_upload_to(evidence, "Hóa đơn của Nguyễn Văn A.PNG")
    business = shot.journey.business_id
    assert path.startswith(f"onboarding/evidence/{business}/") and path.endswith(".png")
    assert "Nguy" not in path
    assert path != evidence_upload_to(evidence, "Hóa đơn của Nguyễn Văn A.PNG")
