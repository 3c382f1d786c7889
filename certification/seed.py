"""Seeded certificates for measuring the portal at size (`manage.py seed_scale`).

Rows as certificate_issue writes them (snapshots, code, signed credential, an ISSUED
event), inserted in bulk. No PDF is rendered and no e-mail queued: the PDF renders on
first download, as after a template change, and seeded people must never get mail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import models

from certification import credentials, services
from certification.models import Certificate, CertificateEvent, CertificateTemplate


@dataclass(frozen=True)
class Award:
    """One certificate to seed: who, for what, when."""

    template: CertificateTemplate
    recipient: models.Model  # a User (with .profile) or a Business
    subject_type: ContentType
    subject_id: int
    subject_title: str
    issued_at: datetime
    retake_url: str = ""


def certificates_bulk_create(awards: list[Award]) -> list[Certificate]:
    """Inserts the certificates of `awards` with their signed credentials and ISSUED events
    (a few queries per batch). Not idempotent: the caller seeds each pair once."""
    if not awards:
        return []
    rows = []
    for award in awards:
        snapshot = services._recipient_snapshot(award.recipient)
        template = award.template
        rows.append(
            Certificate(
                uuid=uuid.uuid4(),
                code=services.new_code(),
                template=template,
                recipient_type=ContentType.objects.get_for_model(
                    award.recipient, for_concrete_model=False
                ),
                recipient_id=str(award.recipient.pk),
                subject_type=award.subject_type,
                subject_id=str(award.subject_id),
                subject_title=award.subject_title,
                issuer_name=template.issuer_name,
                co_signer_name=template.co_signer_for(snapshot["province"]),
                retake_url=award.retake_url,
                issued_at=award.issued_at,
                valid_until=(
                    services._add_months(award.issued_at, template.validity_months)
                    if template.validity_months
                    else None
                ),
                emailed_at=award.issued_at,
                **snapshot,
            )
        )
    created = Certificate.objects.bulk_create(rows)
    # The credential names the row's primary key (its revocation status entry).
    for certificate in created:
        certificate.credential = credentials.sign_certificate(certificate)
    Certificate.objects.bulk_update(created, ["credential"], batch_size=500)
    CertificateEvent.objects.bulk_create(
        [
            CertificateEvent(certificate=c, kind=CertificateEvent.Kind.ISSUED, at=c.issued_at)
            for c in created
        ]
    )
    return created
