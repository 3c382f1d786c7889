"""On PostgreSQL with Redis and a real Celery worker (.ci/run): many completion events
racing for one learner and course give one certificate, one PDF, one e-mail."""

import threading
import time

import pytest

from certification import services, tasks
from certification.models import Certificate, CertificateEvent
from tests import concurrency

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def test_fifty_concurrent_completions_issue_one_certificate(learner, course, monkeypatch):
    queued = {"delivery": 0}
    lock = threading.Lock()
    real_delivery = tasks.deliver_certificate.delay

    def counting(name, real):
        def delay(*args, **kwargs):
            with lock:
                queued[name] += 1
            return real(*args, **kwargs)

        return delay

    monkeypatch.setattr(tasks.deliver_certificate, "delay", counting("delivery", real_delivery))

    results, errors = concurrency.race(
        50, lambda: services.certificate_issue(recipient=learner, subject=course).pk
    )

    assert errors == []
    assert len(set(results)) == 1 and len(results) == 50
    assert Certificate.objects.count() == 1
    assert queued == {"delivery": 1}
    # The worker renders the PDF and sends the e-mail exactly once.
    certificate = Certificate.objects.get()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (certificate.emailed_at and certificate.pdf):
        time.sleep(0.5)
        certificate.refresh_from_db()
    assert certificate.pdf and certificate.emailed_at
    assert CertificateEvent.objects.filter(kind=CertificateEvent.Kind.EMAILED).count() == 1
    assert CertificateEvent.objects.filter(kind=CertificateEvent.Kind.ISSUED).count() == 1
