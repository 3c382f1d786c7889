"""Writes of the certification app. Stub first; filled in below as the app grows."""

from __future__ import annotations

from typing import Any

from django.db import transaction


@transaction.atomic
def certificate_issue(*, recipient: Any, subject: Any):
    """Issue the certificate of ``subject`` to ``recipient`` (idempotent).

    Returns the Certificate, or None when the subject names no certificate template.
    """
    if getattr(subject, "certificate_template", None) is None:
        return None
    return None
