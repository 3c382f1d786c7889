"""The public verification page in the whole-page cache: purged the moment its
certificate changes, and never kept past the moment its status changes by the clock."""

from datetime import timedelta

import pytest
from django.utils import timezone

from certification import services, tasks
from portal import pagecache

pytestmark = pytest.mark.django_db


def test_a_revocation_shows_at_once_on_the_cached_page(
    page_cache, client, certificate, staff_hcm, django_capture_on_commit_callbacks
):
    url = f"/certificates/verify/{certificate.code}/"
    client.get(url)
    cached = client.get(url)
    assert cached.headers[pagecache.HEADER] == "hit"
    assert cached["Cache-Control"] == "no-cache"  # browsers ask again every time
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_revoke(certificate=certificate, by=staff_hcm, reason="Gian lận")
    fresh = client.get(url)
    assert fresh.headers[pagecache.HEADER] == "miss"
    assert fresh.context["status"] == "revoked" and "Gian lận" in fresh.content.decode()


def test_a_page_is_kept_no_longer_than_its_status_holds(page_cache, client, certificate):
    now = timezone.now()
    certificate.valid_until = now + timedelta(days=30, seconds=40)
    certificate.save(update_fields=["valid_until"])
    assert 30 <= certificate.seconds_until_status_changes(now) <= 40
    response = client.get(f"/certificates/verify/{certificate.code}/")
    assert response.headers[pagecache.HEADER] == "miss"
    assert response.page_cache_seconds <= 40


def test_drawing_the_pdf_and_sending_the_email_keep_the_cached_page(
    page_cache, client, certificate, django_capture_on_commit_callbacks
):
    url = f"/certificates/verify/{certificate.code}/"
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.deliver_certificate(certificate.pk) is True
    certificate.refresh_from_db()
    assert certificate.pdf and certificate.emailed_at
    assert client.get(url).headers[pagecache.HEADER] == "hit"  # the page reads the same
