"""A certificate's public verification page leaves the page cache when the certificate
changes (revoked, re-issued, superseded), whoever changed it: services, admin or shell."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse

from certification.models import Certificate
from portal import pagecache

# What no public page shows: saving only these leaves the cached pages as they are.
UNSHOWN_FIELDS = frozenset({"pdf", "pdf_digest", "emailed_at", "expiry_reminded_at"})


def purge_certificate_pages(sender, instance, **kwargs) -> None:
    if not settings.PAGE_CACHE_SECONDS or kwargs.get("created"):
        return  # a new certificate's code was never shown, so no cached page names it
    update_fields = kwargs.get("update_fields")
    if update_fields and UNSHOWN_FIELDS.issuperset(update_fields):
        return  # its PDF drawn, its e-mail sent: the pages read the same
    paths = [
        reverse("certification:verify", kwargs={"code": instance.code}),
        reverse("certification:verify_json", kwargs={"code": instance.code}),
    ]

    def purge():
        for path in paths:
            pagecache.purge_path(path)

    # Now, and again once committed: a request rendering meanwhile saw the old row.
    purge()
    transaction.on_commit(purge)


def connect() -> None:

    for signal in (post_save, post_delete):
        signal.connect(purge_certificate_pages, sender=Certificate, dispatch_uid="cert-pages")
