"""Nothing lost (issue #8, 16), on PostgreSQL with real Redis and Celery workers that these
tests start, kill and stop themselves (tests/workers.py), away from the shared ones:

- a worker killed while it renders certificates, then started again: every certificate
  ends with exactly one PDF file and one e-mail (acks late: the tasks it held come back);
- Redis down while a learner completes a course: the completion and the certificate are
  saved and the learner sees no error; when Redis is back, the sweep that beat runs
  (certification.tasks.deliver_pending) queues the PDF and the e-mail, and they follow.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from certification import services, tasks
from certification.models import Certificate, CertificateEvent
from tests import workers

pytestmark = [pytest.mark.services, pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def redis_server():
    server = workers.RedisServer().start()
    yield server
    server.stop()


@pytest.fixture
def make_worker(redis_server, tmp_path):
    started = []
    email_dir = tmp_path / "mail"
    email_dir.mkdir()

    def make():
        worker = workers.Worker(redis_server.url, email_dir, tmp_path / "worker.log").start()
        started.append(worker)
        return worker

    make.email_dir = email_dir
    make.log = tmp_path / "worker.log"
    yield make
    for worker in started:
        worker.stop()


@pytest.fixture
def broker(redis_server, monkeypatch):
    """This process publishes to the private Redis (not the shared one .ci/run starts)."""
    from portal.celery import app

    # Celery reads these variables before its settings.
    monkeypatch.setenv("CELERY_BROKER_URL", redis_server.url)
    monkeypatch.setenv("CELERY_RESULT_BACKEND", redis_server.url)
    monkeypatch.delenv("CELERY_BROKER_WRITE_URL", raising=False)
    _forget_connections(app)
    yield redis_server
    _forget_connections(app)


def _forget_connections(app):
    if app._pool is not None:
        app._pool.force_close_all()
    app._pool = None
    app.amqp._producer_pool = None


def pdf_files(certificate) -> list[Path]:
    root = Path(settings.PRIVATE_STORAGE_ROOT) / "certificates"
    return [p for p in root.rglob(f"{certificate.code}*.pdf")]


def _delivered(ids) -> int:
    return Certificate.objects.filter(
        pk__in=ids, emailed_at__isnull=False, pdf__gt="", pdf_digest__gt=""
    ).count()


def test_a_worker_killed_while_rendering_loses_nothing_and_sends_nothing_twice(
    broker, make_worker, learner, make_subject, cert_template, monkeypatch
):
    queued = []  # published once the worker runs, so that it is busy when killed
    with monkeypatch.context() as patch:
        patch.setattr(tasks.deliver_certificate, "delay", lambda *args: queued.append(args))
        ids = [
            services.certificate_issue(
                recipient=learner, subject=make_subject(f"Khoá {i}", template=cert_template)
            ).pk
            for i in range(30)
        ]
    worker = make_worker()
    for args in queued:
        tasks.deliver_certificate.delay(*args)
    workers.wait_for(lambda: _delivered(ids) >= 2, what="the first certificates")
    worker.kill()
    done = _delivered(ids)
    assert done < len(ids), "the worker finished before it was killed; nothing was tested"

    make_worker()
    workers.wait_for(lambda: _delivered(ids) == len(ids), what="every certificate", timeout=180)

    emails = workers.emails_by_attachment(make_worker.email_dir)
    # The mail server and the database cannot commit together: a worker killed after
    # handing an e-mail over and before recording it sends that one again when its task
    # is redelivered. Only the task in flight at the kill (concurrency 1) can be there.
    twice = [name for name, count in emails.items() if count > 1]
    assert len(twice) <= 1 and all(emails[name] == 2 for name in twice), emails
    for certificate in Certificate.objects.filter(pk__in=ids):
        assert [p.name for p in pdf_files(certificate)] == [f"{certificate.code}.pdf"]
        assert emails.get(f"{certificate.code}.pdf", 0) >= 1, certificate.code
        assert (
            CertificateEvent.objects.filter(
                certificate=certificate, kind=CertificateEvent.Kind.EMAILED
            ).count()
            == 1
        )


def test_redis_down_while_a_learner_completes_a_course(
    broker, make_worker, learner, client, home_page, hcm, cert_template
):
    from courses.models import CoursePage, Enrolment
    from courses.services import enrolment_create, section_create
    from tests.courses.builders import add_course, catalog_for, lessons_of

    section = section_create(province=hcm, catalog=catalog_for(home_page))
    course = add_course(section, lessons=1, quiz=False)
    CoursePage.objects.filter(pk=course.pk).update(certificate_template=cert_template)
    enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    make_worker()
    broker.stop()

    client.force_login(learner)
    response = client.post(reverse("courses:lesson_done", args=[lesson.pk]))

    assert response.status_code == 302  # no error page: the broker's absence is logged
    assert Enrolment.objects.get(user=learner).completed_at is not None
    certificate = Certificate.objects.get()
    assert not certificate.pdf and certificate.emailed_at is None

    broker.start()  # the same port: the worker reconnects
    assert tasks.deliver_pending(older_than_minutes=0) == 1
    workers.wait_for(lambda: _delivered([certificate.pk]) == 1, what="the PDF and the e-mail")
    emails = workers.emails_by_attachment(make_worker.email_dir)
    assert emails == {f"{certificate.code}.pdf": 1}
    assert tasks.deliver_pending(older_than_minutes=0) == 0  # nothing left to sweep
