from datetime import date

import pytest
from django.core import mail
from django.utils import translation

from onboarding import journeys, services, tasks
from onboarding.journeys import MembershipError, StaleStep, StepError
from onboarding.models import Journey, JourneyStep, Membership, StepEvent, TemplateStep
from tests.onboarding.conftest import submit_png

S = JourneyStep.Status


@pytest.fixture
def journey(business_hcm, template, learner):
    return services.journey_start(
        business=business_hcm, template=template, by=learner, today=date(2026, 11, 20)
    )


def steps(journey):
    return {s.key: s for s in journey.steps.all()}


def submit_all_required(journey, learner, staff):
    """Every required step done or submitted; the last one waits for review."""
    s = steps(journey)
    services.step_submit(step=s["account"], by=learner)
    submit_png(s["screenshot"], learner)
    services.step_approve(step=s["screenshot"], by=staff)
    services.step_submit(step=s["code"], by=learner, text="ABC-123")
    return s


def test_journey_start_snapshots_steps_with_working_day_deadlines(journey, template):
    s = steps(journey)
    assert [x.key for x in journey.steps.order_by("position")] == [
        "account",
        "screenshot",
        "code",
        "logo",
    ]
    # Fri 20/11 + 3 working days, skipping the weekend and 24/11 (Vietnam Culture Day).
    assert s["account"].due_date == date(2026, 11, 26)
    assert s["screenshot"].due_date == date(2026, 11, 30)  # after account, + 2
    assert s["code"].due_date == date(2026, 12, 3)
    assert s["screenshot"].depends_on == ["account"]
    # "logo" depends on nothing and takes a day (23/11), but comes after "code": its
    # deadline is not before code's, so the deadlines read in step order.
    assert s["logo"].due_date == date(2026, 12, 3)
    dues = [x.due_date for x in journey.steps.order_by("position")]
    assert dues == sorted(dues)
    # Editing the template afterwards does not disturb the journey.
    TemplateStep.objects.filter(template=template, key="screenshot").update(title="Đổi")
    services.journey_templates_load_defaults(templates=[])
    assert JourneyStep.objects.get(pk=s["screenshot"].pk).title == "Ảnh chụp trang chủ"


def test_journey_start_is_idempotent(journey, business_hcm, template, learner):
    again = services.journey_start(business=business_hcm, template=template, by=learner)
    assert again.pk == journey.pk
    assert Journey.objects.count() == 1


def test_step_submitted_before_its_dependencies_is_refused(journey, learner):
    shot = steps(journey)["screenshot"]
    with translation.override("en"), pytest.raises(StepError, match="Finish these steps first"):
        submit_png(shot, learner)
    assert JourneyStep.objects.get(pk=shot.pk).status == S.TODO


def test_full_review_cycle_with_events_and_emails(
    journey, learner, staff_hcm, django_capture_on_commit_callbacks
):
    s = steps(journey)
    services.step_submit(step=s["account"], by=learner, expected_version=1)
    assert JourneyStep.objects.get(pk=s["account"].pk).status == S.APPROVED  # no review
    shot = JourneyStep.objects.get(pk=s["screenshot"].pk)
    services.step_start(step=shot, by=learner, expected_version=shot.version)
    shot.refresh_from_db()
    submit_png(shot, learner, name="home.png", expected_version=shot.version)
    shot.refresh_from_db()
    assert shot.status == S.SUBMITTED and shot.files.count() == 1
    # The e-mail is queued after commit; the task runs here directly (never lean on eager).
    with django_capture_on_commit_callbacks() as callbacks:
        services.step_request_changes(
            step=shot, by=staff_hcm, expected_version=shot.version, comment="Thiếu mã số thuế"
        )
    assert len(callbacks) == 1
    with django_capture_on_commit_callbacks(execute=True):  # the notification's e-mail
        assert tasks.notify_step_reviewed(shot.pk) == 1
    assert len(mail.outbox) == 1 and "Thiếu mã số thuế" in mail.outbox[0].body
    assert mail.outbox[0].subject == "Cần chỉnh sửa: Ảnh chụp trang chủ"
    told = learner.notifications.get()
    assert told.kind == "step_changes_requested" and told.url == f"/onboarding/steps/{shot.pk}/"
    # A redelivered task tells nobody twice.
    assert tasks.notify_step_reviewed(shot.pk) == 0
    shot.refresh_from_db()
    assert shot.status == S.CHANGES_REQUESTED
    submit_png(shot, learner, name="home2.png", expected_version=shot.version)
    shot.refresh_from_db()
    with django_capture_on_commit_callbacks() as callbacks:
        services.step_approve(step=shot, by=staff_hcm, expected_version=shot.version)
    assert len(callbacks) >= 1
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.notify_step_reviewed(shot.pk) == 1
    shot.refresh_from_db()
    assert shot.status == S.APPROVED
    assert shot.files.count() == 2  # nothing lost
    moves = list(shot.events.values_list("from_status", "to_status"))
    assert moves == [
        (S.TODO, S.IN_PROGRESS),
        (S.IN_PROGRESS, S.SUBMITTED),
        (S.SUBMITTED, S.CHANGES_REQUESTED),
        (S.CHANGES_REQUESTED, S.SUBMITTED),
        (S.SUBMITTED, S.APPROVED),
    ]
    assert len(mail.outbox) == 2


def test_stale_version_is_refused_and_changes_nothing(journey, learner):
    step = steps(journey)["account"]
    services.step_start(step=step, by=learner, expected_version=1)
    with pytest.raises(StaleStep):
        services.step_start(step=step, by=learner, expected_version=1)
    assert StepEvent.objects.count() == 1


def test_only_optional_steps_can_be_skipped(journey, learner):
    s = steps(journey)
    with pytest.raises(StepError):
        services.step_skip(step=s["account"], by=learner)
    services.step_skip(step=s["logo"], by=learner)
    assert JourneyStep.objects.get(pk=s["logo"].pk).status == S.SKIPPED


def test_evidence_is_required(journey, learner):
    s = steps(journey)
    services.step_submit(step=s["account"], by=learner)
    with pytest.raises(StepError):
        services.step_submit(step=s["screenshot"], by=learner)


def test_completed_journey_issues_the_certificate(journey, learner, staff_hcm, monkeypatch):
    calls = []
    monkeypatch.setattr(
        "certification.services.certificate_issue",
        lambda *, recipient, subject: calls.append((recipient, subject)),
    )
    s = submit_all_required(journey, learner, staff_hcm)
    assert not calls
    services.step_approve(step=s["code"], by=staff_hcm)
    journey.refresh_from_db()
    assert journey.status == Journey.Status.COMPLETED
    assert calls == [(journey.business, journey)]
    assert journey.get_retake_url() == ""
    assert journeys.readiness(list(journey.steps.all())) == 100


@pytest.fixture
def course(home_page, hcm):
    from courses.services import section_create
    from tests.courses.builders import add_course, catalog_for

    section = section_create(province=hcm, catalog=catalog_for(home_page))
    return add_course(section, slug="ban-hang-online", title="Bán hàng online")


def test_steps_complete_for_course(journey, learner, other_learner, course):
    step = steps(journey)["account"]
    step.course = course
    step.save()
    assert services.steps_complete_for_course(user=other_learner, course=course) == 0
    assert services.steps_complete_for_course(user=learner, course=course) == 1
    assert JourneyStep.objects.get(pk=step.pk).status == S.APPROVED
    assert services.steps_complete_for_course(user=learner, course=course) == 0


def test_loader_links_courses_by_slug_and_skips_missing(course):
    from tests.onboarding.conftest import FIXTURE_TEMPLATES

    assert services.journey_templates_load_defaults(templates=FIXTURE_TEMPLATES) == 1
    assert services.journey_templates_load_defaults(templates=FIXTURE_TEMPLATES) == 0
    assert TemplateStep.objects.get(key="account").course == course
    assert TemplateStep.objects.get(key="screenshot").course is None


def test_invitation_flow(business_hcm, learner, make_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        invitation = services.member_invite(
            business=business_hcm, email="New@Example.com", by=learner
        )
    assert len(callbacks) == 1
    tasks.send_invitation_email(invitation.pk)
    assert mail.outbox[0].to == ["new@example.com"]
    newcomer = make_user("new@example.com")
    services.invitation_accept(invitation=invitation, user=newcomer)
    assert business_hcm.is_member(newcomer)
    stranger = make_user("stranger@example.com")
    with pytest.raises(MembershipError):
        services.invitation_accept(invitation=invitation, user=stranger)


def test_completed_journey_gets_a_real_readiness_certificate(journey, template, learner, staff_hcm):
    from certification.models import Certificate, CertificateTemplate

    template.certificate_template = CertificateTemplate.objects.create(
        name="Sẵn sàng",
        issuer_name="Sở Công Thương TP.HCM",
        issuer_name_en="HCMC Department of Industry and Trade",
        title="Chứng nhận sẵn sàng",
        title_en="Readiness certificate",
        wording="đã hoàn thành lộ trình",
        wording_en="has completed the journey",
        signatory_name="Nguyễn Văn A",
        signatory_title="Giám đốc",
    )
    template.save()
    s = submit_all_required(journey, learner, staff_hcm)
    services.step_approve(step=s["code"], by=staff_hcm)
    certificate = Certificate.objects.get()
    assert certificate.recipient_name == journey.business.name
    assert journey.business.tax_code in certificate.recipient_tax_code


def test_loading_defaults_again_keeps_staff_edits_unless_reset(template):
    from tests.onboarding.conftest import FIXTURE_TEMPLATES

    template.title = "Sửa bởi cán bộ"
    template.save()
    services.journey_templates_load_defaults(templates=FIXTURE_TEMPLATES)
    template.refresh_from_db()
    assert template.title == "Sửa bởi cán bộ"
    services.journey_templates_load_defaults(templates=FIXTURE_TEMPLATES, reset=True)
    template.refresh_from_db()
    assert template.title == FIXTURE_TEMPLATES[0]["title"]


def test_only_the_linked_course_completes_a_step(journey, learner, course):
    from tests.courses.builders import add_course

    other = add_course(course.get_parent().specific, slug="khoa-khac")
    step = steps(journey)["account"]
    step.course = course
    step.save()
    assert services.steps_complete_for_course(user=learner, course=other) == 0
    assert services.steps_complete_for_course(user=learner, course=course) == 1
    assert JourneyStep.objects.get(pk=step.pk).status == S.APPROVED


def test_step_review_email_in_each_members_language(
    journey, learner, make_user, staff_hcm, django_capture_on_commit_callbacks
):
    colleague = make_user("colleague@example.com")
    colleague.profile.language = "en"
    colleague.profile.save()
    Membership.objects.create(
        business=journey.business, user=colleague, role=Membership.Role.MEMBER
    )
    s = steps(journey)
    services.step_submit(step=s["account"], by=learner, expected_version=1)
    shot = s["screenshot"]
    shot.refresh_from_db()
    services.step_start(step=shot, by=learner, expected_version=shot.version)
    shot.refresh_from_db()
    submit_png(shot, learner, expected_version=shot.version)
    shot.refresh_from_db()
    services.step_request_changes(
        step=shot, by=staff_hcm, expected_version=shot.version, comment="Thiếu ảnh"
    )
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.notify_step_reviewed(shot.pk) == 2
    by_recipient = {m.to[0]: m for m in mail.outbox}
    english = by_recipient["colleague@example.com"]
    assert english.subject == "Changes requested: Homepage screenshot"  # the step's English
    assert "Step: Homepage screenshot" in english.body
    assert by_recipient[learner.email].subject.endswith(": Ảnh chụp trang chủ")
    assert "Thiếu ảnh" in by_recipient[learner.email].body
