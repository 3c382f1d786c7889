"""Delivery that survives a broker outage and a killed worker (issue #8, 16): the parts
that run without the services tier (test_delivery_faults.py runs them for real)."""

from pathlib import Path

import pytest
from django.conf import settings
from kombu.exceptions import OperationalError

from certification import services, tasks
from certification.models import Certificate

pytestmark = pytest.mark.django_db


def test_a_broker_outage_after_commit_is_logged_not_raised(
    learner, course, monkeypatch, django_capture_on_commit_callbacks, caplog
):
    def unreachable(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setitem(tasks.render_certificate_pdf.app.conf, "task_always_eager", False)
    for task in (
        tasks.deliver_certificate,
        tasks.render_certificate_pdf,
        tasks.send_certificate_email,
    ):
        monkeypatch.setattr(task, "delay", unreachable)
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.certificate_issue(recipient=learner, subject=course)
    assert Certificate.objects.filter(pk=certificate.pk).exists()
    assert "broker unreachable" in caplog.text


def test_a_pdf_left_by_a_killed_render_is_replaced_not_doubled(learner, course):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    field = Certificate._meta.get_field("pdf")
    name = field.generate_filename(certificate, f"{certificate.code}.pdf")
    orphan = Path(settings.PRIVATE_STORAGE_ROOT) / name
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"half a PDF")  # the file was written, the row never committed

    assert services.certificate_render_pdf(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    assert certificate.pdf.name == name
    assert sorted(p.name for p in orphan.parent.glob(f"{certificate.code}*")) == [
        f"{certificate.code}.pdf"
    ]
    assert orphan.read_bytes().startswith(b"%PDF")


# The row locked with its template's images and the holder's profile (1), the holder's
# e-mail choice (1), the row written once (1), the EMAILED event (1); the service's own
# savepoint in the test's transaction (2).
DELIVERY_QUERIES = 6


def test_delivery_draws_once_attaches_what_it_drew_and_does_nothing_twice(
    learner, course, monkeypatch, django_assert_max_num_queries
):
    from django.core import mail

    from certification import pdf

    certificate = services.certificate_issue(recipient=learner, subject=course)
    drawn = []
    render = pdf.render
    monkeypatch.setattr(pdf, "render", lambda content: drawn.append(render(content)) or drawn[-1])

    with django_assert_max_num_queries(DELIVERY_QUERIES):
        assert services.certificate_deliver(certificate_id=certificate.pk) is True
    certificate.refresh_from_db()
    assert len(drawn) == 1 and certificate.emailed_at and certificate.pdf_digest
    with certificate.pdf.open("rb") as fh:
        stored = fh.read()
    assert [m.attachments[0][1] for m in mail.outbox] == [stored] == drawn
    assert pdf.read_attachment(stored) is not None

    # Delivered again (a worker lost before its acknowledgement): nothing drawn or sent.
    assert services.certificate_deliver(certificate_id=certificate.pk) is False
    assert len(drawn) == 1 and len(mail.outbox) == 1
    assert certificate.events.filter(kind="emailed").count() == 1


def test_delivery_for_a_holder_who_chose_the_digest_draws_the_pdf_only(learner, course):
    from django.core import mail

    from portal import services as portal_services

    portal_services.notification_preferences_update(
        user=learner, choices={"certificate_issued": "daily"}
    )
    certificate = services.certificate_issue(recipient=learner, subject=course)
    assert services.certificate_deliver(certificate_id=certificate.pk) is False
    certificate.refresh_from_db()
    assert certificate.pdf and certificate.emailed_at is None and mail.outbox == []
