"""Reads of the certification app, with scoping applied here (never in templates).

The `*_scope_*` selectors are the querysets a user may open one record of: the views
answer 404 for anything else."""

from __future__ import annotations

import json
from dataclasses import dataclass
from uuid import UUID

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, F, Max, Q, QuerySet, Value, When

from certification import credentials, pdf, subjects
from certification.models import Certificate, CertificateJob, CertificateTemplate
from portal import roles


def _held_by(user) -> Q:
    """Certificates ``user`` holds: their own and their organisations' (a business they
    are a member of; subjects.organisation_register)."""
    query = Q(holder=user)
    for model in subjects.organisations():
        ids = model.certificate_held_through(user).values_list("pk", flat=True)
        ids = [str(pk) for pk in ids]
        if ids:
            ct = ContentType.objects.get_for_model(model)
            query |= Q(recipient_type=ct, recipient_id__in=ids)
    return query


def certificate_list_for_user(*, user) -> QuerySet[Certificate]:
    """The certificates ``user`` holds: their own, and those of businesses they belong to
    (current ones first, then replaced ones; newest first; history included)."""
    if not user.is_authenticated:
        return Certificate.objects.none()
    return (
        Certificate.objects.filter(_held_by(user))
        .select_related("template")
        .order_by(F("superseded_at").asc(nulls_first=True), "-issued_at")
    )


def certificate_scope_public() -> QuerySet[Certificate]:
    """Every certificate, for the public verification pages (by its code)."""
    return Certificate.objects.select_related("template", "superseded_by")


def certificate_list_for_staff(*, user) -> QuerySet[Certificate]:
    """Certificates of recipients in the provinces where ``user`` is onboarding staff
    (national admins: all)."""
    return roles.scope_queryset(
        Certificate.objects.select_related("template", "province"), user, role=roles.STAFF
    )


def certificate_held_by(*, user, certificate: Certificate) -> bool:
    """Whether ``user`` holds ``certificate`` (theirs, or issued to a business they are a
    member of). A holder never acts on it as staff (revoking it), whatever their scope:
    nobody decides on their own record."""
    if not user.is_authenticated:
        return False
    return Certificate.objects.filter(_held_by(user), pk=certificate.pk).exists()


def certificate_scope_for_download(*, user) -> QuerySet[Certificate]:
    """The certificates whose PDF ``user`` may download: those they hold (or a business
    they are a member of holds), those of recipients in their staff provinces (national
    admins: all)."""
    if not user.is_authenticated:
        return Certificate.objects.none()
    staff = roles.scope_queryset(Certificate.objects.all(), user, role=roles.STAFF)
    return Certificate.objects.filter(_held_by(user) | Q(pk__in=staff.values("pk"))).select_related(
        "template"
    )


def certificate_job_scope(*, user) -> QuerySet[CertificateJob]:
    """The jobs ``user`` started while they are still onboarding staff (national admins:
    all), so that a ZIP stays out of reach of someone who has left the role."""
    if not roles.has_role(user, roles.STAFF):
        return CertificateJob.objects.none()
    jobs = CertificateJob.objects.all()
    if not roles.is_national_admin(user):
        jobs = jobs.filter(created_by=user)
    return jobs


def certificate_list_for_subject(*, user, subject) -> QuerySet[Certificate]:
    """Current certificates of a subject (course) within the staff member's scope."""
    ct = ContentType.objects.get_for_model(subject, for_concrete_model=False)
    return certificate_list_for_staff(user=user).filter(
        subject_type=ct, subject_id=str(subject.pk), superseded_at__isnull=True
    )


@dataclass(frozen=True, slots=True)
class Revocations:
    """What the status list says: the revoked certificates' indexes and the highest index."""

    revoked: tuple[int, ...]
    highest_index: int


def certificate_revocations() -> Revocations:
    """For the status list: the revoked certificates' indexes and the highest index."""
    revoked = Certificate.objects.filter(revoked_at__isnull=False).values_list("pk", flat=True)
    highest = Certificate.objects.aggregate(highest=Max("pk"))["highest"] or 0
    return Revocations(revoked=tuple(revoked), highest_index=highest)


def certificate_exists(*, code: str) -> bool:
    return Certificate.objects.filter(code=code).exists()


@dataclass(frozen=True, slots=True)
class StaffOverview:
    """What the staff's certificates page lists."""

    certificates: QuerySet[Certificate]  # each with `held_by_me`
    subjects: QuerySet  # rows: subject_type, subject_id, titles, count
    templates: QuerySet[CertificateTemplate]  # each with `count`
    jobs: QuerySet[CertificateJob]


def certificate_overview_for_staff(*, user, query: str = "", code: str = "") -> StaffOverview:
    """The staff page: certificates in scope (newest 100, optionally matching a name or
    code), their subjects with counts (for ZIPs), templates with counts (re-issue) and the
    user's five latest jobs (to get back to a ZIP)."""
    certificates = certificate_list_for_staff(user=user)
    if query:
        certificates = certificates.filter(Q(recipient_name__icontains=query) | Q(code=code))
    subjects = (
        certificates.filter(superseded_at__isnull=True)
        .values("subject_type", "subject_id", "subject_title", "subject_title_en")
        .annotate(count=Count("pk"))
        .order_by("subject_title")[:200]
    )
    templates = (
        CertificateTemplate.objects.filter(certificates__in=certificates)
        .annotate(count=Count("certificates"))
        .order_by("name")
    )
    jobs = CertificateJob.objects.filter(created_by=user).order_by("-created_at", "-pk")[:5]
    # Certificates the user holds are listed without "Revoke" (certificate_held_by).
    held = Case(When(_held_by(user), then=Value(True)), default=Value(False))
    return StaffOverview(
        certificates=certificates.annotate(held_by_me=held)[:100],
        subjects=subjects,
        templates=templates,
        jobs=jobs,
    )


@dataclass(frozen=True, slots=True)
class PdfCheck:
    """What a PDF's embedded credential says. `found`: the PDF carries one; `valid`: this
    issuer's signature on it verifies (then the rest is filled in); `too_large`: it was
    not read, being larger than `limit` bytes."""

    found: bool
    valid: bool = False
    too_large: bool = False
    limit: int | None = None
    credential: dict | None = None
    name: str = ""
    subject_title: str = ""
    issuer_name: str = ""
    valid_from: str = ""
    certificate: Certificate | None = None  # the matching one, for its current status


def certificate_check_pdf(*, data: bytes) -> PdfCheck:
    """What a PDF's embedded credential says and whether this issuer's signature on it
    verifies; with the matching certificate (for its current status) when there is one."""
    try:
        raw = pdf.read_attachment(data)
    except pdf.CredentialTooLarge:
        return PdfCheck(found=True, too_large=True, limit=pdf.MAX_CREDENTIAL_BYTES)
    if raw is None:
        return PdfCheck(found=False)
    try:
        credential = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return PdfCheck(found=True)
    if not credentials.verify_credential(credential):
        return PdfCheck(found=True)
    subject = credential.get("credentialSubject", {})
    try:
        uuid = UUID(str(credential.get("id", "")).removeprefix("urn:uuid:"))
    except ValueError:
        uuid = None
    return PdfCheck(
        found=True,
        valid=True,
        credential=credential,
        name=subject.get("name", ""),
        subject_title=subject.get("achievement", {}).get("name", ""),
        issuer_name=credential.get("issuer", {}).get("name", ""),
        valid_from=credential.get("validFrom", ""),
        certificate=Certificate.objects.filter(uuid=uuid).first() if uuid else None,
    )
