"""certification/cache.py: a certificate's public pages (the verification page and its
JSON) leave the page cache when the certificate changes in a way they show, now and again
once committed, whoever saved it."""

import pytest

from certification.models import Certificate
from portal import pagecache

pytestmark = pytest.mark.django_db


@pytest.fixture
def purged(monkeypatch):
    paths = []
    monkeypatch.setattr(pagecache, "purge_path", paths.append)
    return paths


def _pages(certificate) -> list[str]:
    return [
        f"/certificates/verify/{certificate.code}/",
        f"/certificates/verify/{certificate.code}.json",
    ]


def test_a_change_shown_on_the_pages_purges_them_now_and_after_the_commit(
    page_cache, certificate, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate.revoked_reason = "Sai tên"
        certificate.save()  # a save from the shell or the admin, not through a service
        assert purged == _pages(certificate)
    assert purged == _pages(certificate) * 2


def test_a_deleted_certificate_leaves_the_cache(
    page_cache, certificate, purged, django_capture_on_commit_callbacks
):
    pages = _pages(certificate)
    with django_capture_on_commit_callbacks(execute=True):
        Certificate.objects.get(pk=certificate.pk).delete()
    assert purged == pages * 2


def test_saving_what_no_page_shows_keeps_them(page_cache, certificate, purged):
    certificate.save(update_fields=["pdf", "pdf_digest"])
    certificate.save(update_fields=["emailed_at"])
    assert purged == []
    certificate.save(update_fields=["emailed_at", "valid_until"])
    assert purged == _pages(certificate)


def test_a_new_certificate_and_a_portal_without_the_cache_purge_nothing(
    settings, learner, course, purged
):
    from certification import services

    settings.PAGE_CACHE_SECONDS = 300
    certificate = services.certificate_issue(recipient=learner, subject=course)
    assert purged == []  # its code was never on a page
    settings.PAGE_CACHE_SECONDS = 0
    certificate.save()
    assert purged == []
