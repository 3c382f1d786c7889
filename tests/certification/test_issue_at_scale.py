"""Issuing at scale: what one certificate costs in queries, and batches of recipients
issued by queued tasks (the workers share the signing) that a retry cannot issue twice."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from certification import credentials, services, tasks
from certification.models import Certificate, CertificateEvent
from portal.models import Notification
from tests.courses.builders import add_course, catalog_for

pytestmark = pytest.mark.django_db

# A certificate issued to a person: the current one (1), the profile with its province
# (1), the row in a savepoint (3), its signed credential (1), the ISSUED event (1), the
# holder's notification (2: their e-mail choice, the row: its key is new); the
# service's own savepoint in the test's transaction (2).
ISSUE_QUERIES = 11


@pytest.fixture
def co_signed(cert_template):
    cert_template.co_signer_name = "Sở Công Thương {province}"
    cert_template.save()
    return cert_template


@pytest.fixture
def real_course(home_page, hcm, co_signed):
    """A course as the task reads it back (the stand-ins of make_subject live in memory)."""
    from courses.services import section_create

    section = section_create(province=hcm, catalog=catalog_for(home_page))
    return add_course(section, lessons=0, quiz=False, certificate_template=co_signed)


def _types(subject):
    return (
        ContentType.objects.get_for_model(subject, for_concrete_model=False).pk,
        ContentType.objects.get_for_model(get_user_model()).pk,
    )


def test_issuing_one_certificate_costs_a_pinned_number_of_queries(
    learner, make_subject, co_signed, django_assert_max_num_queries
):
    subject = make_subject(template=co_signed)
    _types(subject)  # content types are cached per process
    recipient = get_user_model().objects.get(pk=learner.pk)  # nothing of it loaded
    with django_assert_max_num_queries(ISSUE_QUERIES):
        certificate = services.certificate_issue(recipient=recipient, subject=subject)
    assert certificate.co_signer_name == f"Sở Công Thương {learner.profile.province.name}"
    certificate.refresh_from_db()
    assert credentials.verify_credential(certificate.credential)


def test_queued_batches_issue_each_certificate_once_even_when_run_again(
    real_course, make_user, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(services, "ISSUE_BATCH", 2)
    users = [make_user(f"hv{i}@example.com", full_name=f"Học viên {i}") for i in range(3)]

    with django_capture_on_commit_callbacks(execute=True) as queued:
        assert services.certificates_issue_queue(subject=real_course, recipients=users) == 2
    assert len(queued) == 2 + 3  # the batches, then each certificate's delivery

    certificates = Certificate.objects.order_by("recipient_id")
    assert [c.holder for c in certificates] == users
    assert {c.recipient_name for c in certificates} == {f"Học viên {i}" for i in range(3)}
    assert all(c.pdf and c.emailed_at for c in certificates)
    assert len(mail.outbox) == 3

    # A task delivered again (a worker lost before its acknowledgement) changes nothing.
    subject_type, user_type = _types(real_course)
    with django_capture_on_commit_callbacks(execute=True) as again:
        held = tasks.issue_certificates(
            subject_type, str(real_course.pk), user_type, [u.pk for u in users]
        )
    assert held == 3
    assert again == []
    assert Certificate.objects.count() == 3
    assert CertificateEvent.objects.filter(kind=CertificateEvent.Kind.ISSUED).count() == 3
    assert Notification.objects.filter(kind=services.CERTIFICATE_ISSUED).count() == 3
    assert len(mail.outbox) == 3


def test_a_batch_reads_its_recipients_and_subject_once(
    real_course, make_user, django_capture_on_commit_callbacks
):
    users = [make_user(f"hv{i}@example.com") for i in range(4)]
    subject_type, user_type = _types(real_course)
    with django_capture_on_commit_callbacks(), CaptureQueriesContext(connection) as batch:
        tasks.issue_certificates(
            subject_type, str(real_course.pk), user_type, [u.pk for u in users]
        )
    sql = [q["sql"] for q in batch.captured_queries]
    assert sum("portal_profile" in q for q in sql) == 1
    assert sum('FROM "courses_coursepage"' in q for q in sql) == 1
    assert sum('FROM "certification_certificatetemplate"' in q for q in sql) == 1
    # The subject, its template, the recipients, the site of the retake link; then each
    # certificate costs what a single one does, less the profile.
    assert len(sql) <= 4 + 4 * (ISSUE_QUERIES - 1)


def test_a_batch_for_what_issues_no_certificates_is_bad_data_not_retried(learner):
    group_type = ContentType.objects.get_for_model(Group).pk
    user_type = ContentType.objects.get_for_model(get_user_model()).pk
    group = Group.objects.create(name="not a course")
    with pytest.raises(ValueError):
        tasks.issue_certificates(group_type, str(group.pk), user_type, [learner.pk])
    assert ValueError in tasks.issue_certificates.dont_autoretry_for


def test_a_batch_for_a_vanished_subject_issues_nothing(real_course, learner):
    subject_type, user_type = _types(real_course)
    assert tasks.issue_certificates(subject_type, "999999", user_type, [learner.pk]) == 0
    assert not Certificate.objects.exists()
