"""Writes of the certification app: issuing, rendering, e-mailing, revoking, re-issuing.

Every function is keyword-only, typed and atomic; tasks are queued with
``delay_on_commit`` so nothing leaves the building unless the transaction commits.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import secrets
import uuid
from calendar import monthrange
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from certification import credentials, pdf, selectors, signing
from certification.models import Certificate, CertificateEvent, CertificateJob, CertificateTemplate
from certification.subjects import CertificateOrganisation, CertificateSubject
from portal.i18n import language_of
from portal.models import Notification, Profile, User
from portal.sanitize import clean_text
from portal.services import notification_email_choice, notify
from portal.text import email_subject

logger = logging.getLogger(__name__)

# No look-alike characters: no 0/O, 1/I/L, and no U (which reads as V in some fonts).
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 13  # 30**13 ≈ 2**63.8: more than the 60 bits asked for
EXPIRY_NOTICE = timedelta(days=30)
CERTIFICATE_ISSUED = "certificate_issued"  # the kind of notification (portal/notifications.py)
EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(value: str) -> str:
    """What people type (spaces, dashes, lower case) to the stored form."""
    return "".join(ch for ch in (value or "").upper() if ch.isalnum())


def _recipient_snapshot(recipient: User | CertificateOrganisation) -> dict:
    """The recipient's names, addresses and province as issued (kept as they were)."""
    if isinstance(recipient, User):
        profile = _profile(recipient)
        return {
            "kind": Certificate.Kind.PERSON,
            "holder": recipient,
            "recipient_name": (profile.full_name if profile else "")
            or recipient.get_full_name()
            or recipient.email,
            "recipient_tax_code": "",
            "recipient_email": recipient.email,
            "province": profile.province if profile else None,
        }
    return {
        "kind": Certificate.Kind.ORGANISATION,
        "holder": None,
        "recipient_name": recipient.certificate_name,
        "recipient_tax_code": recipient.certificate_tax_code,
        "recipient_email": recipient.certificate_email,
        "province": recipient.province,
    }


def _profile(user: User) -> Profile | None:
    """The person's profile with its province: what the caller loaded (select_related
    "profile__province"), else one query for both."""
    if User.profile.is_cached(user):
        try:
            return user.profile
        except Profile.DoesNotExist:
            return None
    profile = Profile.objects.select_related("province").filter(user=user).first()
    if profile is not None:
        user.profile = profile
    return profile


def _pair(recipient: User | CertificateOrganisation, subject: CertificateSubject) -> dict:
    return {
        "recipient_type": ContentType.objects.get_for_model(recipient, for_concrete_model=False),
        "recipient_id": str(recipient.pk),
        "subject_type": ContentType.objects.get_for_model(subject, for_concrete_model=False),
        "subject_id": str(subject.pk),
    }


def _add_months(dt: datetime, months: int) -> datetime:
    """``dt`` plus whole months, the day clipped to the month's length (31 Jan + 1 → 28/29 Feb)."""
    index = dt.month - 1 + months
    year, month = dt.year + index // 12, index % 12 + 1
    return dt.replace(year=year, month=month, day=min(dt.day, monthrange(year, month)[1]))


def _renewable(certificate: Certificate, now: datetime) -> bool:
    """A retake renews a certificate that has expired or expires within the notice period
    (the reminder invites the holder to retake then); a revoked one stays as it is."""
    if certificate.revoked_at or not certificate.valid_until:
        return False
    return certificate.valid_until - now < EXPIRY_NOTICE


@transaction.atomic
def certificate_issue(
    *, recipient: User | CertificateOrganisation, subject: CertificateSubject
) -> Certificate | None:
    """Issue the certificate of ``subject`` (a course, a journey, an event: anything that
    fits ``subjects.CertificateSubject``) to ``recipient`` (a person, or an organisation
    that fits ``subjects.CertificateOrganisation``).

    Returns None when the subject names no certificate template. Idempotent: one current
    certificate per (recipient, subject), enforced by a conditional unique constraint, so
    any number of concurrent completion events yield one row and one set of tasks. When
    the current certificate has expired or expires within 30 days, a retake issues a new
    one and marks the old one superseded (its row and events stay). The row and its
    signed credential are written in the caller's transaction; the PDF and the e-mail
    are queued after the commit.
    """
    template = subject.certificate_template
    if template is None:
        return None
    pair = _pair(recipient, subject)
    now = timezone.now()
    current = Certificate.objects.current().filter(**pair).first()
    if current is not None and not _renewable(current, now):
        return current
    snapshot = _recipient_snapshot(recipient)
    retake_url = subject.get_retake_url()
    for _attempt in range(5):
        try:
            with transaction.atomic():  # a savepoint: a lost race rolls back only this
                if current is not None:
                    changed = Certificate.objects.filter(
                        pk=current.pk, superseded_at__isnull=True
                    ).update(superseded_at=now)
                    if not changed:
                        raise IntegrityError("superseded by a concurrent retake")
                certificate = Certificate.objects.create(
                    uuid=uuid.uuid4(),
                    code=new_code(),
                    template=template,
                    subject_title=str(subject.certificate_title),
                    subject_title_en=str(subject.certificate_title_en),
                    issuer_name=template.issuer_name,
                    issuer_name_en=template.issuer_name_en,
                    co_signer_name=template.co_signer_for(snapshot["province"]),
                    retake_url=retake_url,
                    issued_at=now,
                    valid_until=(
                        _add_months(now, template.validity_months)
                        if template.validity_months
                        else None
                    ),
                    **snapshot,
                    **pair,
                )
        except IntegrityError:
            winner = Certificate.objects.current().filter(**pair).first()
            if winner is not None and not _renewable(winner, now):
                return winner
            current = winner
            continue
        break
    else:  # pragma: no cover - five code collisions in a row
        raise IntegrityError("could not issue a certificate")
    if current is not None:
        Certificate.objects.filter(pk=current.pk).update(superseded_by=certificate)
        CertificateEvent.objects.create(
            certificate=current, kind=CertificateEvent.Kind.SUPERSEDED, note=certificate.code
        )
    # The credential names the primary key (its revocation index), so it is signed after
    # the insert; an update without signals: no page can have shown the uncommitted row.
    certificate.credential = credentials.sign_certificate(certificate)
    Certificate.objects.filter(pk=certificate.pk).update(credential=certificate.credential)
    CertificateEvent.objects.create(certificate=certificate, kind=CertificateEvent.Kind.ISSUED)
    _queue_delivery(certificate)
    _notify_holder(certificate)
    return certificate


ISSUE_BATCH = 50  # recipients per queued issuing task


def certificates_issue_queue(*, subject: CertificateSubject, recipients) -> int:
    """Queue the issuing of ``subject``'s certificate to many ``recipients`` (people, or
    organisations of one model) once the caller's transaction commits: a task per batch
    of ISSUE_BATCH, so that the workers share the signing and the rows. Returns how many
    tasks were queued."""
    from certification import tasks  # cycle: certification.tasks imports this module

    recipients = list(recipients)
    if not recipients:
        return 0
    subject_type = ContentType.objects.get_for_model(subject, for_concrete_model=False)
    recipient_type = ContentType.objects.get_for_model(recipients[0], for_concrete_model=False)
    ids = [r.pk for r in recipients]
    batches = [ids[i : i + ISSUE_BATCH] for i in range(0, len(ids), ISSUE_BATCH)]
    for batch in batches:
        tasks.issue_certificates.delay_on_commit(
            subject_type.pk, str(subject.pk), recipient_type.pk, batch
        )
    return len(batches)


def certificates_issue(
    *, subject_type_id: int, subject_id: str, recipient_type_id: int, recipient_ids: list
) -> int:
    """Issue the certificate of one subject to each of many recipients (a queued batch):
    the subject is read once, the recipients in one query with what their snapshots
    need. One transaction per recipient (certificate_issue's own), so a batch cut short
    keeps what it issued, and a batch run again (a task retried or delivered twice)
    issues nothing twice: certificate_issue returns the current certificate. Returns how
    many of them hold a current certificate. Raises ValueError when the subject is not
    one, ObjectDoesNotExist when it vanished."""
    subject_model = ContentType.objects.get_for_id(subject_type_id).model_class()
    if subject_model is None:
        raise ValueError(f"no model for content type {subject_type_id}")
    subject = subject_model._default_manager.get(pk=subject_id)
    if not isinstance(subject, CertificateSubject):
        raise ValueError(f"{subject_model.__name__} issues no certificates")
    recipient_model = ContentType.objects.get_for_id(recipient_type_id).model_class()
    if recipient_model is None:
        raise ValueError(f"no model for content type {recipient_type_id}")
    recipients = recipient_model._default_manager.filter(pk__in=recipient_ids).order_by("pk")
    if recipient_model is User:
        recipients = recipients.select_related("profile__province")
    elif _has_relation(recipient_model, "province"):
        recipients = recipients.select_related("province")
    held = 0
    for recipient in recipients:
        if certificate_issue(recipient=recipient, subject=subject) is not None:
            held += 1
    return held


def _has_relation(model, name: str) -> bool:
    try:
        return model._meta.get_field(name).is_relation
    except FieldDoesNotExist:
        return False


def _notify_holder(certificate: Certificate) -> None:
    """The holder's notification. Its e-mail is the certificate's own, with the PDF
    (certificate_send_email), sent only when the holder wants this kind at once."""
    if certificate.holder_id:
        notify(
            user=certificate.holder,
            kind=CERTIFICATE_ISSUED,
            template="certification/notifications/issued",
            context={"certificate": certificate},
            url="/certificates/",
            key=f"certificate-issued:{certificate.pk}",
            own_email=True,
            new_key=True,  # the certificate was created in this transaction
        )


def _queue_delivery(certificate: Certificate) -> None:
    from certification import tasks  # cycle: certification.tasks imports this module

    tasks.deliver_certificate.delay_on_commit(certificate.pk)


# --- PDF ----------------------------------------------------------------------------------

_looks: dict[tuple, pdf.Look] = {}


def _image_bytes(image) -> bytes | None:
    if image is None:
        return None
    try:
        with image.open_file() as fh:
            return fh.read()
    except (OSError, ValueError):
        logger.warning("certificate image %s is missing", image.pk)
        return None


def template_look(template: CertificateTemplate) -> pdf.Look:
    """The template's drawing data; images are read once per template version."""
    fields = (
        template.issuer_name,
        template.issuer_name_en,
        template.title,
        template.title_en,
        template.wording,
        template.wording_en,
        template.signatory_name,
        template.signatory_title,
        template.co_signer_name,
        template.accent_colour,
        template.signatory_title_en,
    )
    key = (
        template.pk,
        fields,
        template.logo_image.file.name if template.logo_image_id else None,
        template.signature_image.file.name if template.signature_image_id else None,
    )
    look = _looks.get(key)
    if look is None:
        look = pdf.Look(
            *fields,
            logo=_image_bytes(template.logo_image),
            signature=_image_bytes(template.signature_image),
        )
        if len(_looks) > 256:
            _looks.clear()
        _looks[key] = look
    return look


def _date_vi(dt: datetime) -> str:
    return timezone.localtime(dt).strftime("%d/%m/%Y")


def _date_en(dt: datetime) -> str:
    local = timezone.localtime(dt)
    return f"{local.day} {EN_MONTHS[local.month - 1]} {local.year}"


def certificate_pdf_content(certificate: Certificate) -> pdf.Content:
    look = dataclasses.replace(
        template_look(certificate.template), co_signer_name=certificate.co_signer_name
    )
    return pdf.Content(
        look=look,
        recipient_name=certificate.recipient_name,
        recipient_tax_code=certificate.recipient_tax_code,
        subject_title=certificate.subject_title,
        subject_title_en=certificate.subject_title_en,
        issued_on_vi=_date_vi(certificate.issued_at),
        issued_on_en=_date_en(certificate.issued_at),
        valid_until_vi=_date_vi(certificate.valid_until) if certificate.valid_until else "",
        valid_until_en=_date_en(certificate.valid_until) if certificate.valid_until else "",
        code=certificate.display_code,
        verify_url=credentials.verify_url(certificate.code),
        credential_json=json.dumps(certificate.credential, ensure_ascii=False, indent=2).encode(),
        specimen=signing.is_demo_key(),
    )


_PDF_RELATED = ("template__logo_image", "template__signature_image")  # what a PDF draws


@transaction.atomic
def certificate_render_pdf(*, certificate_id: int, force: bool = False) -> bool:
    """Render and store the PDF of a certificate if it is missing or stale (its inputs
    changed). Idempotent: returns False when the stored PDF is already current. Raises
    Certificate.DoesNotExist for an unknown id."""
    certificate = (
        Certificate.objects.select_for_update(of=("self",))
        .select_related(*_PDF_RELATED)
        .get(pk=certificate_id)
    )
    if _render_pdf_locked(certificate, force=force) is None:
        return False
    certificate.save(update_fields=["pdf", "pdf_digest"])
    return True


def _render_pdf_locked(certificate: Certificate, *, force: bool = False) -> bytes | None:
    """Draws the PDF of a row the caller holds locked, in its transaction, if it is
    missing or stale: stores the file and sets ``pdf`` and ``pdf_digest`` on the instance
    (the caller saves them) and returns the bytes drawn; None when the stored PDF is
    current."""
    content = certificate_pdf_content(certificate)
    digest = content.digest()
    if (
        not force
        and certificate.pdf
        and certificate.pdf_digest == digest
        and certificate.pdf.storage.exists(certificate.pdf.name)
    ):
        return None
    old_name = certificate.pdf.name if certificate.pdf else ""
    data = pdf.render(content)
    storage = certificate.pdf.storage
    target = certificate.pdf.field.generate_filename(certificate, f"{certificate.code}.pdf")
    if target != old_name and storage.exists(target):
        # Written by a render whose transaction never committed (a worker killed between
        # the file and the commit): no row names it, so replace it rather than keep it
        # beside a second copy.
        storage.delete(target)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(data), save=False)
    certificate.pdf_digest = digest
    if old_name and old_name != certificate.pdf.name:
        transaction.on_commit(lambda: certificate.pdf.storage.delete(old_name))
    return data


def certificate_pdf_bytes(*, certificate: Certificate) -> bytes:
    """The stored PDF, rendering it first when missing or stale."""
    certificate_render_pdf(certificate_id=certificate.pk)
    certificate.refresh_from_db(fields=["pdf", "pdf_digest"])
    with certificate.pdf.open("rb") as fh:
        return fh.read()


# --- e-mail ---------------------------------------------------------------------------------


def _locked_for_delivery(certificate_id: int) -> Certificate:
    """The row locked, with what its PDF draws and its e-mail reads (the holder's
    language is on their profile)."""
    return (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("holder__profile", *_PDF_RELATED)
        .get(pk=certificate_id)
    )


@transaction.atomic
def certificate_deliver(*, certificate_id: int) -> bool:
    """A new certificate's PDF (if missing or stale) and its e-mail (once), under one row
    lock in one transaction: the e-mail attaches the bytes just drawn rather than reading
    them back, and the row is written once. Idempotent as certificate_render_pdf and
    certificate_send_email are: run again, it draws and sends nothing. Returns whether
    an e-mail went out. Raises Certificate.DoesNotExist for an unknown id."""
    return _deliver_locked(_locked_for_delivery(certificate_id), draw=True)


@transaction.atomic
def certificate_send_email(*, certificate_id: int) -> bool:
    """E-mail the certificate (PDF attached) to its recipient, once: ``emailed_at``
    records it and a second call does nothing. Returns whether an e-mail went out."""
    return _deliver_locked(_locked_for_delivery(certificate_id), draw=False)


def _deliver_locked(certificate: Certificate, *, draw: bool) -> bool:
    """The PDF drawn if missing or stale (always with ``draw``, else only for the
    e-mail), the e-mail sent if due; then the row saved once."""
    email = _email_due(certificate)
    drawn = _render_pdf_locked(certificate) if draw or email else None
    fields = ["pdf", "pdf_digest"] if drawn is not None else []
    if email:
        if drawn is None:  # the stored PDF is current
            with certificate.pdf.open("rb") as fh:
                drawn = fh.read()
        _send_issued_email(certificate, drawn)
        certificate.emailed_at = timezone.now()
        fields.append("emailed_at")
    if fields:
        certificate.save(update_fields=fields)
    if email:
        CertificateEvent.objects.create(certificate=certificate, kind=CertificateEvent.Kind.EMAILED)
    return email


def _email_due(certificate: Certificate) -> bool:
    """Not yet e-mailed, to an address, and (a person's) wanted at once: a holder who
    chose the daily digest, or no e-mail, has the notification instead."""
    if certificate.emailed_at or not certificate.recipient_email:
        return False
    return not certificate.holder_id or (
        notification_email_choice(user=certificate.holder, kind=CERTIFICATE_ISSUED)
        == Notification.Email.IMMEDIATE
    )


def _send_issued_email(certificate: Certificate, data: bytes) -> None:
    context = {
        "certificate": certificate,
        "verify_url": credentials.verify_url(certificate.code),
        "site_url": settings.SITE_URL,
    }
    with translation.override(_holder_language(certificate)):
        subject = email_subject(render_to_string("certification/email/issued_subject.txt", context))
        body = render_to_string("certification/email/issued.txt", context)
    message = EmailMessage(subject, body, to=[certificate.recipient_email])
    message.attach(f"{certificate.code}.pdf", data, "application/pdf")
    message.send()


@transaction.atomic
def certificate_send_expiry_reminder(*, certificate_id: int) -> bool:
    """E-mail the holder, once, that the certificate expires soon, with the retake link.
    Idempotent through ``expiry_reminded_at``."""
    certificate = (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("holder")
        .get(pk=certificate_id)
    )
    to = _holder_email(certificate)
    if (
        certificate.expiry_reminded_at
        or certificate.revoked_at
        or certificate.superseded_at
        or not certificate.valid_until
        or not to
    ):
        return False
    context = {
        "certificate": certificate,
        "verify_url": credentials.verify_url(certificate.code),
        "retake_url": _absolute(certificate.retake_url),
    }
    with translation.override(_holder_language(certificate)):
        subject = email_subject(render_to_string("certification/email/expiry_subject.txt", context))
        body = render_to_string("certification/email/expiry.txt", context)
    EmailMessage(subject, body, to=[to]).send()
    certificate.expiry_reminded_at = timezone.now()
    certificate.save(update_fields=["expiry_reminded_at"])
    CertificateEvent.objects.create(certificate=certificate, kind=CertificateEvent.Kind.REMINDED)
    return True


def _holder_email(certificate: Certificate) -> str:
    """Where to write to now: a person's current e-mail (it may have changed since the
    certificate was issued a year ago), else the address recorded when issued."""
    if certificate.holder_id and certificate.holder and certificate.holder.email:
        return certificate.holder.email
    return certificate.recipient_email


def _holder_language(certificate: Certificate) -> str:
    """The language the holder reads the portal in (a business: Vietnamese)."""
    return language_of(certificate.holder) if certificate.holder_id else settings.LANGUAGE_CODE


def _absolute(url: str) -> str:
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL + url


# --- revocation and re-issue ---------------------------------------------------------------


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, by, reason: str) -> Certificate:
    """Revoke a certificate with a reason (shown on its verification page at once).
    Idempotent: revoking a revoked certificate changes nothing. The caller checks scope;
    a holder revoking their own certificate (or their business's) is refused here with
    PermissionDenied, whatever the caller."""
    if by is not None and selectors.certificate_held_by(user=by, certificate=certificate):
        raise PermissionDenied("A holder cannot revoke their own certificate.")

    certificate = Certificate.objects.select_for_update(of=("self",)).get(pk=certificate.pk)
    if certificate.revoked_at:
        return certificate
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = clean_text(reason)[:2000]
    certificate.revoked_by = by
    certificate.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
    CertificateEvent.objects.create(
        certificate=certificate,
        kind=CertificateEvent.Kind.REVOKED,
        by=by,
        note=certificate.revoked_reason,
    )
    return certificate


@transaction.atomic
def certificate_reissue(*, certificate_id: int, by=None) -> Certificate:
    """Re-issue after a template change: same code and UUID, the issuer name taken from
    the template again, a freshly signed credential and a replaced PDF (queued).
    Recipient name and subject title stay as issued."""
    certificate = (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("template")
        .get(pk=certificate_id)
    )
    certificate.issuer_name = certificate.template.issuer_name
    certificate.issuer_name_en = certificate.template.issuer_name_en
    certificate.co_signer_name = certificate.template.co_signer_for(certificate.province)
    certificate.credential = credentials.sign_certificate(certificate)
    certificate.save(
        update_fields=["issuer_name", "issuer_name_en", "co_signer_name", "credential"]
    )
    CertificateEvent.objects.create(
        certificate=certificate, kind=CertificateEvent.Kind.REISSUED, by=by
    )
    from certification import tasks  # cycle: certification.tasks imports this module

    tasks.render_certificate_pdf.delay_on_commit(certificate.pk)
    return certificate


@transaction.atomic
def certificate_job_start(
    *, kind: str, by, certificate_ids: list[int], template=None, subject=None
) -> CertificateJob:
    """Record a long job (bulk re-issue or ZIP) and queue it after the commit."""
    job = CertificateJob.objects.create(
        kind=kind,
        created_by=by,
        template=template,
        subject_type=ContentType.objects.get_for_model(subject) if subject is not None else None,
        subject_id=str(subject.pk) if subject is not None else "",
        certificate_ids=list(certificate_ids),
        total=len(certificate_ids),
    )
    from certification import tasks  # cycle: certification.tasks imports this module

    if kind == CertificateJob.Kind.REISSUE:
        tasks.reissue_certificates.delay_on_commit(job.pk)
    else:
        tasks.build_certificates_zip.delay_on_commit(job.pk)
    return job
