"""Views: parse input, call a selector or service, present. Scope lives in selectors."""

from __future__ import annotations

import json
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited
from ipware import get_client_ip

from certification import credentials, selectors, services, signing
from certification.forms import PdfSizeLimit, RevokeForm, VerifyCodeForm, VerifyPdfForm
from certification.models import Certificate, CertificateJob, CertificateTemplate
from portal import roles
from portal.pagecache import cache_publicly

STATUS_LABELS = {
    "valid": ("badge-green", "Valid"),
    "expiring": ("badge-amber", "Valid, expiring soon"),
    "expired": ("badge-red", "Expired"),
    "revoked": ("badge-red", "Revoked"),
}


def client_ip(request) -> str:
    """The visitor's address: REMOTE_ADDR, or behind CERTIFICATE_TRUSTED_PROXIES proxies
    the address the outermost trusted proxy saw in X-Forwarded-For.

    django-ipware parses the chain (IPv6, ports, junk entries). Only the one header our
    proxies write is read: anything else a visitor sends, and the X-Forwarded-For entries
    left of the trusted ones, are the visitor's to forge. ipware counts the proxies listed
    after the client in the header; the last proxy shows only as REMOTE_ADDR, hence ``- 1``.
    """
    proxies = settings.CERTIFICATE_TRUSTED_PROXIES
    if proxies:
        ip, _routable = get_client_ip(
            request,
            proxy_order="left-most",
            proxy_count=proxies - 1,
            request_header_order=["HTTP_X_FORWARDED_FOR"],
            strict=False,
        )
        if ip:
            return ip
    return request.META.get("REMOTE_ADDR", "unknown")


def _visitor(group, request) -> str:
    return client_ip(request)


def _verify_rate(group, request) -> str:
    return f"{settings.CERTIFICATE_VERIFY_RATE_LIMIT}/m"


def rate_limited(view):
    """At most CERTIFICATE_VERIFY_RATE_LIMIT requests a minute per visitor address, counted
    together over the verification views by django-ratelimit in the shared cache (so across
    processes with Redis); beyond that a friendly 429 page instead of its 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if is_ratelimited(
            request,
            group="certification.verify",
            key=_visitor,
            rate=_verify_rate,
            increment=True,
        ):
            response = render(request, "certification/rate_limited.html", status=429)
            response["Retry-After"] = "60"
            return response
        return view(request, *args, **kwargs)

    return wrapper


def _status_context(certificate: Certificate) -> dict:
    status = certificate.status()
    css, _label = STATUS_LABELS[status]
    return {"status": status, "status_class": css}


def _linkedin_url(certificate: Certificate) -> str:
    issued = timezone.localtime(certificate.issued_at)
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.subject_title,
        "organizationName": certificate.issuer_name,
        "issueYear": issued.year,
        "issueMonth": issued.month,
        "certUrl": credentials.verify_url(certificate.code),
        "certId": certificate.code,
    }
    if certificate.valid_until:
        until = timezone.localtime(certificate.valid_until)
        params["expirationYear"] = until.year
        params["expirationMonth"] = until.month
    return "https://www.linkedin.com/profile/add?" + urlencode(params)


# --- holders ----------------------------------------------------------------------------


@login_required
def my_certificates(request):
    certificates = list(selectors.certificate_list_for_user(user=request.user))
    rows = []
    for c in certificates:
        row = {
            "certificate": c,
            "verify_url": credentials.verify_url(c.code),
            # LinkedIn is a person's profile: a business's certificate is not offered there.
            "linkedin_url": _linkedin_url(c) if c.is_personal else "",
            **_status_context(c),
        }
        # The current certificate of a course, expiring or expired: invite a retake.
        row["offer_retake"] = bool(
            c.retake_url and not c.superseded_at and row["status"] in ("expiring", "expired")
        )
        rows.append(row)
    context = {"rows": rows, "is_staff_role": roles.has_role(request.user, roles.STAFF)}
    response = render(request, "certification/my_certificates.html", context)
    response["Cache-Control"] = "private, no-cache"
    return response


@login_required
def download(request, code):
    certificate = get_object_or_404(
        selectors.certificate_scope_for_download(user=request.user),
        code=services.normalise_code(code),
    )
    data = services.certificate_pdf_bytes(certificate=certificate)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


# --- public verification ----------------------------------------------------------------


@rate_limited
@never_cache
def verify_form(request):
    # Bound only when a code was sent: ?lang=en (or a tracking parameter) is no search.
    form = VerifyCodeForm(request.GET if "code" in request.GET else None)
    status = 200
    if form.is_valid():
        code = services.normalise_code(form.cleaned_data["code"])
        if selectors.certificate_exists(code=code):
            return redirect("certification:verify", code=code)
        form.add_error("code", _("No certificate has this code. Check the code and try again."))
        status = 404
    return render(
        request,
        "certification/verify_form.html",
        {"form": form, "pdf_form": VerifyPdfForm()},
        status=status,
    )


@rate_limited
def verify(request, code):
    normalised = services.normalise_code(code)
    if normalised != code:
        url = reverse("certification:verify", kwargs={"code": normalised})
        query = request.GET.urlencode()
        return redirect(f"{url}?{query}" if query else url)
    certificate = get_object_or_404(selectors.certificate_scope_public(), code=code)
    context = {
        "certificate": certificate,
        "signature_ok": credentials.verify_credential(certificate.credential),
        "verify_url": credentials.verify_url(certificate.code),
        "specimen": signing.is_demo_key(),
        **_status_context(certificate),
    }
    response = render(request, "certification/verify.html", context)
    # Browsers ask again every time, so that a revocation shows at once; the server keeps
    # the page for anonymous visitors until the certificate changes (certification/cache.py
    # purges it then) or its status would change by the clock.
    response["Cache-Control"] = "no-cache"
    if not request.user.is_authenticated:
        cache_publicly(response, seconds=certificate.seconds_until_status_changes())
    return response


@rate_limited
@never_cache
def verify_json(request, code):
    certificate = get_object_or_404(
        selectors.certificate_scope_public(), code=services.normalise_code(code)
    )
    response = HttpResponse(
        json.dumps(certificate.credential, ensure_ascii=False, indent=2),
        content_type="application/ld+json; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def issuer(request):
    response = JsonResponse(
        credentials.issuer_profile(),
        json_dumps_params={"ensure_ascii": False, "indent": 2},
        content_type="application/ld+json; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=300"
    return response


@rate_limited
@never_cache
@csrf_exempt  # checked by _verify_pdf, after the size limit is in place
def verify_pdf(request):
    limit = PdfSizeLimit(request)
    request.upload_handlers.insert(0, limit)
    return _verify_pdf(request, limit)


@csrf_protect
def _verify_pdf(request, limit: PdfSizeLimit):
    result = None
    status = {}
    form = (
        VerifyPdfForm(request.POST, request.FILES, too_large=limit.too_large)
        if request.method == "POST"
        else VerifyPdfForm()
    )
    if form.is_bound and form.is_valid():
        result = selectors.certificate_check_pdf(data=form.cleaned_data["pdf"].read())
        if result.certificate is not None:
            status = _status_context(result.certificate)
    context = {"form": form, "result": result, **status, "specimen": signing.is_demo_key()}
    return render(request, "certification/verify_pdf.html", context)


def status_list(request):
    """The signed revocation list (W3C Bitstring Status List) that every credential's
    credentialStatus points at; short-cached, so a revocation shows within a minute."""
    revocations = selectors.certificate_revocations()
    response = JsonResponse(
        credentials.revocation_list_credential(
            revoked=revocations.revoked, highest_index=revocations.highest_index
        ),
        json_dumps_params={"ensure_ascii": False},
        content_type="application/ld+json; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=60"
    return response


# --- staff ------------------------------------------------------------------------------


def _require_staff(user):
    if not (user.is_authenticated and roles.has_role(user, roles.STAFF)):
        raise Http404


@login_required
def manage(request):
    _require_staff(request.user)
    query = request.GET.get("q", "").strip()
    overview = selectors.certificate_overview_for_staff(
        user=request.user, query=query, code=services.normalise_code(query)
    )
    context = {
        "certificates": overview.certificates,
        "subjects": overview.subjects,
        "templates": overview.templates,
        "jobs": overview.jobs,
        "query": query,
    }
    response = render(request, "certification/manage.html", context)
    response["Cache-Control"] = "private, no-cache"
    return response


@login_required
def revoke(request, code):
    _require_staff(request.user)
    certificate = get_object_or_404(
        selectors.certificate_list_for_staff(user=request.user), code=code
    )
    if selectors.certificate_held_by(user=request.user, certificate=certificate):
        # Their own certificate, or their business's: another member of staff decides.
        return render(
            request,
            "certification/revoke.html",
            {"certificate": certificate, "held": True},
            status=403,
        )
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not certificate.revoked_at:
        services.certificate_revoke(
            certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(request, _("The certificate is revoked."))
        return redirect("certification:verify", code=certificate.code)
    return render(request, "certification/revoke.html", {"certificate": certificate, "form": form})


def _start_job(request, kind: str, *, template=None, **lookup):
    """Start a job over the current certificates in the staff member's scope that match
    ``lookup``; nothing in scope → 404."""
    ids = list(
        selectors.certificate_list_for_staff(user=request.user)
        .filter(superseded_at__isnull=True, **lookup)
        .values_list("pk", flat=True)
    )
    if not ids:
        raise Http404
    job = services.certificate_job_start(
        kind=kind, by=request.user, certificate_ids=ids, template=template
    )
    return redirect("certification:job", job_id=job.pk)


@login_required
@require_POST
def start_zip(request):
    _require_staff(request.user)
    try:
        ct = ContentType.objects.get_for_id(int(request.POST.get("subject_type", "")))
    except (ValueError, ContentType.DoesNotExist) as exc:
        raise Http404 from exc
    return _start_job(
        request,
        CertificateJob.Kind.ZIP,
        subject_type=ct,
        subject_id=request.POST.get("subject_id", ""),
    )


@login_required
@require_POST
def start_reissue(request):
    _require_staff(request.user)
    try:
        template = CertificateTemplate.objects.get(pk=int(request.POST.get("template", "")))
    except (ValueError, CertificateTemplate.DoesNotExist) as exc:
        raise Http404 from exc
    return _start_job(
        request,
        CertificateJob.Kind.REISSUE,
        template=template,
        template_id=template.pk,
        revoked_at__isnull=True,
    )


@login_required
@never_cache
def job(request, job_id):
    job = get_object_or_404(selectors.certificate_job_scope(user=request.user), pk=job_id)
    if request.GET.get("format") == "json":
        return JsonResponse(
            {"status": job.status, "done": job.done, "total": job.total, "percent": job.percent}
        )
    return render(request, "certification/job.html", {"job": job})


@login_required
def job_download(request, job_id):
    job = get_object_or_404(selectors.certificate_job_scope(user=request.user), pk=job_id)
    if job.kind != CertificateJob.Kind.ZIP or not job.file:
        raise Http404
    response = FileResponse(
        job.file.open("rb"), as_attachment=True, filename=f"certificates-{job.pk}.zip"
    )
    response["Cache-Control"] = "private, no-store"
    return response
