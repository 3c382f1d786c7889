import io
import json

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from certification import selectors, services
from certification.models import Certificate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_rate_limits():
    cache.clear()


def test_verify_page_is_public_and_shows_valid(client, certificate):
    response = client.get(f"/certificates/verify/{certificate.code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nguyễn Thị Thu Hà" in html
    assert certificate.subject_title in html
    assert "Sở Công Thương Thành phố Hồ Chí Minh" in html
    assert response.context["status"] == "valid"
    assert response.context["signature_ok"] is True
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_verify_page_in_english(client, certificate):
    response = client.get(f"/certificates/verify/{certificate.code}/?lang=en")
    assert "This certificate is valid" in response.content.decode()


def test_verify_page_query_count_is_constant(client, certificate, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        client.get(f"/certificates/verify/{certificate.code}/")


def test_lower_case_or_dashed_code_redirects(client, certificate):
    dashed = certificate.display_code.lower()
    response = client.get(f"/certificates/verify/{dashed}/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/verify/{certificate.code}/")


def test_unknown_code_is_404(client, db):
    assert client.get("/certificates/verify/ABCDEFGHJKMNP/").status_code == 404
    assert client.get("/certificates/verify/ABCDEFGHJKMNP.json").status_code == 404
    response = client.get("/certificates/verify/", {"code": "ABCD-EFGH"})
    assert response.status_code == 404
    assert (
        "No certificate has this code" in response.content.decode()
        or response.context["form"].errors
    )


def test_verify_form_redirects_to_the_certificate(client, certificate):
    response = client.get("/certificates/verify/", {"code": certificate.display_code})
    assert response.status_code == 302


def test_revoked_certificate_shows_revoked_at_once(client, certificate, staff_hcm):
    client.get(f"/certificates/verify/{certificate.code}/")
    services.certificate_revoke(certificate=certificate, by=staff_hcm, reason="Gian lận bài thi")
    response = client.get(f"/certificates/verify/{certificate.code}/")
    assert response.context["status"] == "revoked"
    assert "Gian lận bài thi" in response.content.decode()


def test_tampered_stored_credential_shows_signature_invalid(client, certificate):
    credential = certificate.credential
    credential["credentialSubject"]["name"] = "Kẻ Giả Mạo"
    Certificate.objects.filter(pk=certificate.pk).update(credential=credential)
    response = client.get(f"/certificates/verify/{certificate.code}/")
    assert response.context["signature_ok"] is False


def test_json_credential_and_issuer_profile(client, certificate):
    data = json.loads(client.get(f"/certificates/verify/{certificate.code}.json").content)
    assert data == certificate.credential
    assert "AchievementCredential" in data["type"]
    issuer = client.get("/certificates/issuer/").json()
    method = issuer["verificationMethod"][0]
    assert method["type"] == "Multikey" and method["publicKeyMultibase"].startswith("z6Mk")
    assert issuer["verificationMethod"][1]["publicKeyJwk"]["kty"] == "OKP"
    assert data["proof"]["verificationMethod"] == method["id"]


def test_rate_limit_answers_429_with_a_friendly_page(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 3
    for _ in range(3):
        assert client.get(f"/certificates/verify/{certificate.code}/").status_code == 200
    response = client.get(f"/certificates/verify/{certificate.code}/")
    assert response.status_code == 429
    assert (
        "Too many requests" in response.content.decode() or "Quá nhiều" in response.content.decode()
    )


def test_my_certificates_lists_own_only(client, learner, other_learner, certificate):
    client.force_login(other_learner)
    assert certificate.code not in client.get("/certificates/").content.decode()
    client.force_login(learner)
    html = client.get("/certificates/").content.decode()
    assert certificate.code in html
    assert "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME" in html
    assert "certId=" + certificate.code in html


def test_my_certificates_query_count(
    client, learner, make_subject, cert_template, django_assert_max_num_queries
):
    for i in range(5):
        services.certificate_issue(
            recipient=learner, subject=make_subject(f"Khoá {i}", template=cert_template)
        )
    client.force_login(learner)
    with django_assert_max_num_queries(8):
        client.get("/certificates/")


def test_pdf_download_scope(
    client, certificate, learner, other_learner, staff_hcm, staff_hanoi, national_admin
):
    url = f"/certificates/{certificate.code}/download/"
    assert client.get(url).status_code == 302  # login first
    client.force_login(other_learner)
    assert client.get(url).status_code == 404
    client.force_login(staff_hanoi)
    assert client.get(url).status_code == 404
    for user in (learner, staff_hcm, national_admin):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response.content.startswith(b"%PDF")


def test_pdf_lives_in_private_storage(client, certificate, settings):
    from pathlib import Path

    services.certificate_render_pdf(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    path = Path(certificate.pdf.path).resolve()
    assert path.is_relative_to(Path(settings.PRIVATE_STORAGE_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert client.get(f"/media/{certificate.pdf.name}").status_code == 404


def test_revoke_page_scope_and_effect(client, certificate, staff_hcm, staff_hanoi, learner):
    url = f"/certificates/manage/{certificate.code}/revoke/"
    client.force_login(learner)
    assert client.get(url).status_code == 404
    client.force_login(staff_hanoi)
    assert client.get(url).status_code == 404
    assert client.post(url, {"reason": "x", "confirm": "on"}).status_code == 404
    client.force_login(staff_hcm)
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": ""})
    assert response.status_code == 200 and response.context["form"].errors
    response = client.post(url, {"reason": "Sai thông tin", "confirm": "on"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_reason == "Sai thông tin"


def test_upload_pdf_verifies_embedded_credential(client, certificate):
    data = services.certificate_pdf_bytes(certificate=certificate)
    response = client.post(
        "/certificates/verify/pdf/",
        {"pdf": SimpleUploadedFile("c.pdf", data, content_type="application/pdf")},
    )
    assert response.context["result"].valid is True
    assert response.context["result"].name == "Nguyễn Thị Thu Hà"


def test_upload_tampered_pdf_fails(client, certificate):
    from pypdf import PdfReader, PdfWriter

    data = services.certificate_pdf_bytes(certificate=certificate)
    credential = dict(certificate.credential, name="Bằng giả")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer._root_object.pop("/Names", None)
    writer.add_attachment("credential.json", json.dumps(credential).encode())
    out = io.BytesIO()
    writer.write(out)
    response = client.post(
        "/certificates/verify/pdf/", {"pdf": SimpleUploadedFile("c.pdf", out.getvalue())}
    )
    assert response.context["result"] == selectors.PdfCheck(found=True, valid=False)


def test_upload_rejects_non_pdf(client, db):
    response = client.post(
        "/certificates/verify/pdf/", {"pdf": SimpleUploadedFile("x.pdf", b"not a pdf at all")}
    )
    assert response.context["form"].errors["pdf"]


def test_staff_manage_zip_job_with_progress(client, certificate, staff_hcm, staff_hanoi):
    client.force_login(staff_hanoi)
    assert certificate.code not in client.get("/certificates/manage/").content.decode()
    client.force_login(staff_hcm)
    assert certificate.display_code in client.get("/certificates/manage/").content.decode()
    response = client.post(
        "/certificates/manage/zip/",
        {"subject_type": certificate.subject_type_id, "subject_id": certificate.subject_id},
    )
    assert response.status_code == 302
    job_url = response["Location"]
    # Eager in tests without a broker? Run the task explicitly to be sure.
    from certification import tasks
    from certification.models import CertificateJob

    job = CertificateJob.objects.get()
    tasks.build_certificates_zip(job.pk)
    assert client.get(job_url + "?format=json").json()["percent"] == 100
    download = client.get(reverse("certification:job_download", kwargs={"job_id": job.pk}))
    assert download.status_code == 200
    client.force_login(staff_hanoi)
    assert client.get(job_url).status_code == 404


def test_bulk_reissue_job_keeps_codes(client, certificate, staff_hcm, cert_template):
    from certification import tasks
    from certification.models import CertificateJob

    client.force_login(staff_hcm)
    cert_template.issuer_name = "Sở Công Thương TP. Hồ Chí Minh"
    cert_template.save()
    response = client.post("/certificates/manage/reissue/", {"template": cert_template.pk})
    assert response.status_code == 302
    job = CertificateJob.objects.get()
    tasks.reissue_certificates(job.pk)
    job.refresh_from_db()
    assert job.status == "done" and job.done == 1
    certificate.refresh_from_db()
    assert certificate.issuer_name == "Sở Công Thương TP. Hồ Chí Minh"


def test_verify_page_speaks_vietnamese_by_default(client, certificate):
    html = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert "Chứng nhận này còn hiệu lực" in html
    assert "Chữ ký hợp lệ" in html


def test_every_message_has_a_vietnamese_translation():
    from pathlib import Path

    import polib

    po = polib.pofile(
        str(Path(services.__file__).parent / "locale" / "vi" / "LC_MESSAGES" / "django.po")
    )
    assert [e.msgid for e in po if not e.obsolete and not e.translated()] == []


def test_business_certificate_belongs_to_its_members(
    client, make_subject, cert_template, hcm, learner, other_learner
):
    onboarding = pytest.importorskip("onboarding.models")
    business = onboarding.Business.objects.create(
        name="Hợp tác xã Demo",
        tax_code="0312345678",
        province=hcm,
        sector="agriculture",
        size="micro",
    )
    onboarding.Membership.objects.create(business=business, user=learner, role="owner")
    certificate = services.certificate_issue(
        recipient=business, subject=make_subject("Lộ trình Shopee", template=cert_template)
    )
    assert certificate.recipient_email == learner.email
    client.force_login(learner)
    assert certificate.code in client.get("/certificates/").content.decode()
    assert client.get(f"/certificates/{certificate.code}/download/").status_code == 200
    client.force_login(other_learner)
    assert client.get(f"/certificates/{certificate.code}/download/").status_code == 404
    page = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert "0312345678" in page


def test_jobs_only_over_certificates_in_scope(client, certificate, staff_hanoi, cert_template):
    client.force_login(staff_hanoi)
    zip_data = {"subject_type": certificate.subject_type_id, "subject_id": certificate.subject_id}
    assert client.post("/certificates/manage/zip/", zip_data).status_code == 404
    response = client.post("/certificates/manage/reissue/", {"template": cert_template.pk})
    assert response.status_code == 404
    assert client.get("/certificates/manage/zip/").status_code == 405


def test_manage_page_query_count(
    client, learner, staff_hcm, make_subject, cert_template, django_assert_max_num_queries
):
    for i in range(5):
        services.certificate_issue(
            recipient=learner, subject=make_subject(f"Khoá {i}", template=cert_template)
        )
    client.force_login(staff_hcm)
    # Session, user, roles, base template (userbar): fixed; then three for the page.
    with django_assert_max_num_queries(15):
        response = client.get("/certificates/manage/")
    assert response.status_code == 200


def test_credentials_still_verify_after_the_site_moves(client, certificate, settings):
    settings.SITE_URL = "https://new-domain.example"
    response = client.get(f"/certificates/verify/{certificate.code}/")
    assert response.context["signature_ok"] is True


def test_certificates_signed_before_a_key_rotation_still_verify(
    client, certificate, settings, tmp_path
):
    from certification import signing

    old_key = signing.public_key_multibase()
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_FILE = tmp_path / "new-key.pem"
    settings.CERTIFICATE_SIGNING_KEY_AUTOCREATE = True
    assert signing.public_key_multibase() != old_key
    assert client.get(f"/certificates/verify/{certificate.code}/").context["signature_ok"] is False
    settings.CERTIFICATE_PREVIOUS_PUBLIC_KEYS = [old_key]
    assert client.get(f"/certificates/verify/{certificate.code}/").context["signature_ok"] is True
    issuer = client.get("/certificates/issuer/").json()
    assert old_key in [m.get("publicKeyMultibase") for m in issuer["verificationMethod"]]


def test_verify_form_in_english_shows_no_error_before_a_code_is_sent(client, db):
    response = client.get("/certificates/verify/?lang=en")
    assert response.status_code == 200
    assert not response.context["form"].is_bound
    assert "This field is required" not in response.content.decode()
    response = client.get("/certificates/verify/", {"code": "", "lang": "en"})
    assert "This field is required" in response.content.decode()


def test_code_redirect_keeps_the_chosen_language(client, certificate):
    response = client.get(f"/certificates/verify/{certificate.display_code.lower()}/?lang=en")
    assert response.status_code == 302
    assert response["Location"] == f"/certificates/verify/{certificate.code}/?lang=en"


def test_a_failing_zip_job_is_marked_failed_and_says_so(
    client, certificate, staff_hcm, monkeypatch, django_capture_on_commit_callbacks
):
    from certification import tasks
    from certification.models import CertificateJob

    def broken(**kwargs):
        raise ValueError("bad data")

    monkeypatch.setattr(services, "certificate_pdf_bytes", broken)
    client.force_login(staff_hcm)
    data = {"subject_type": certificate.subject_type_id, "subject_id": certificate.subject_id}
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post("/certificates/manage/zip/?lang=en", data)
    assert response.status_code == 302
    job = CertificateJob.objects.get()
    # Run here, as the in-process queue does after the commit: it must not raise (that
    # would be a stack trace for the staff member) and must leave the job failed.
    assert tasks.build_certificates_zip(job.pk) == 0
    job.refresh_from_db()
    assert job.status == CertificateJob.Status.FAILED
    html = client.get(response["Location"] + "?lang=en").content.decode()
    assert "could not be finished" in html
    assert 'http-equiv="refresh"' not in html
    html = client.get(response["Location"] + "?lang=vi").content.decode()
    assert "Thất bại" in html and "không thể hoàn tất" in html


def test_my_certificates_marks_a_replaced_certificate(client, learner, make_subject, cert_template):
    from datetime import timedelta

    from django.utils import timezone

    cert_template.validity_months = 12
    cert_template.save()
    subject = make_subject(template=cert_template)
    old = services.certificate_issue(recipient=learner, subject=subject)
    Certificate.objects.filter(pk=old.pk).update(valid_until=timezone.now() + timedelta(days=5))
    new = services.certificate_issue(recipient=learner, subject=subject)
    client.force_login(learner)
    response = client.get("/certificates/?lang=en")
    html = response.content.decode()
    assert [row["certificate"].pk for row in response.context["rows"]] == [new.pk, old.pk]
    assert html.count("Replaced by a newer certificate") == 1
    assert html.count("certId=") == 1 and f"certId={new.code}" in html
    html = client.get("/certificates/?lang=vi").content.decode()
    assert "Đã được thay bằng giấy chứng nhận mới" in html


@pytest.mark.parametrize(
    ("days_left", "revoked", "en", "vi"),
    [
        (None, False, "This certificate is valid", "Chứng nhận này còn hiệu lực"),
        (10, False, "This certificate is valid and expires soon", "sắp hết hạn"),
        (-1, False, "This certificate has expired", "Chứng nhận này đã hết hạn"),
        (200, True, "This certificate has been revoked", "Chứng nhận này đã bị thu hồi"),
    ],
)
def test_verify_page_states_each_status_in_both_languages(
    client, certificate, staff_hcm, days_left, revoked, en, vi
):
    from datetime import timedelta

    from django.utils import timezone

    if days_left is not None:
        Certificate.objects.filter(pk=certificate.pk).update(
            valid_until=timezone.now() + timedelta(days=days_left)
        )
    if revoked:
        services.certificate_revoke(certificate=certificate, by=staff_hcm, reason="Sai tên")
    url = f"/certificates/verify/{certificate.code}/"
    english = client.get(url + "?lang=en").content.decode()
    vietnamese = client.get(url + "?lang=vi").content.decode()
    assert en in english and vi in vietnamese
    if revoked:
        assert "Sai tên" in english and "Sai tên" in vietnamese


def test_an_oversized_upload_is_dropped_while_streaming_and_explained(client, monkeypatch, db):
    from django.core.files.uploadhandler import TemporaryFileUploadHandler

    stored = []
    real = TemporaryFileUploadHandler.receive_data_chunk

    def counting(self, raw_data, start):
        stored.append(len(raw_data))
        return real(self, raw_data, start)

    monkeypatch.setattr(TemporaryFileUploadHandler, "receive_data_chunk", counting)
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"A" * (6 * 1024 * 1024))
    response = client.post("/certificates/verify/pdf/?lang=en", {"pdf": big})
    assert response.status_code == 200
    assert response.context["form"].errors["pdf"] == ["The file is larger than 5 MB."]
    assert sum(stored) == 0  # nothing of it reached the disk


def test_pdf_check_still_requires_the_csrf_token(certificate):
    from django.test import Client

    data = services.certificate_pdf_bytes(certificate=certificate)
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/certificates/verify/pdf/", {"pdf": SimpleUploadedFile("c.pdf", data)})
    assert response.status_code == 403


def test_manage_page_lists_my_recent_jobs_to_get_back_to_a_zip(
    client, certificate, staff_hcm, staff_hanoi, django_assert_max_num_queries
):
    from certification import tasks
    from certification.models import CertificateJob

    client.force_login(staff_hcm)
    data = {"subject_type": certificate.subject_type_id, "subject_id": certificate.subject_id}
    client.post("/certificates/manage/zip/", data)
    job = CertificateJob.objects.get()
    tasks.build_certificates_zip(job.pk)
    with django_assert_max_num_queries(15):
        html = client.get("/certificates/manage/?lang=en").content.decode()
    assert "Your recent jobs" in html
    assert reverse("certification:job_download", kwargs={"job_id": job.pk}) in html
    client.force_login(staff_hanoi)
    html = client.get("/certificates/manage/").content.decode()
    assert reverse("certification:job", kwargs={"job_id": job.pk}) not in html


def test_rate_limit_behind_a_proxy_counts_each_visitor(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 2
    settings.CERTIFICATE_TRUSTED_PROXIES = 1
    url = f"/certificates/verify/{certificate.code}/"
    for visitor in ("203.0.113.1", "203.0.113.2"):
        for _ in range(2):
            assert client.get(url, HTTP_X_FORWARDED_FOR=visitor).status_code == 200
    # A forged left-hand entry does not buy a fresh allowance.
    forged = "198.51.100.9, 203.0.113.1"
    assert client.get(url, HTTP_X_FORWARDED_FOR=forged).status_code == 429


def test_pages_show_the_code_grouped_for_typing_and_the_grouped_code_is_accepted(
    client, certificate, learner
):
    assert len(certificate.display_code) == 16 and certificate.display_code.count("-") == 3
    html = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert f">{certificate.display_code}</code>" in html
    client.force_login(learner)
    html = client.get("/certificates/").content.decode()
    assert f">{certificate.display_code}</code>" in html
    response = client.get("/certificates/verify/", {"code": certificate.display_code.lower()})
    assert response["Location"] == f"/certificates/verify/{certificate.code}/"


def test_a_zip_is_out_of_reach_once_its_maker_leaves_the_staff_role(client, certificate, staff_hcm):
    from certification import tasks
    from certification.models import CertificateJob

    client.force_login(staff_hcm)
    data = {"subject_type": certificate.subject_type_id, "subject_id": certificate.subject_id}
    client.post("/certificates/manage/zip/", data)
    job = CertificateJob.objects.get()
    tasks.build_certificates_zip(job.pk)
    download = reverse("certification:job_download", kwargs={"job_id": job.pk})
    assert client.get(download).status_code == 200
    staff_hcm.groups.clear()
    staff_hcm = type(staff_hcm).objects.get(pk=staff_hcm.pk)  # no cached group names
    client.force_login(staff_hcm)
    assert client.get(download).status_code == 404
    assert client.get(reverse("certification:job", kwargs={"job_id": job.pk})).status_code == 404


def test_checking_the_pdf_of_a_revoked_certificate_says_revoked_in_the_heading(
    client, certificate, staff_hcm
):
    data = services.certificate_pdf_bytes(certificate=certificate)
    services.certificate_revoke(certificate=certificate, by=staff_hcm, reason="Sai tên")
    response = client.post(
        "/certificates/verify/pdf/?lang=en", {"pdf": SimpleUploadedFile("c.pdf", data)}
    )
    html = response.content.decode()
    assert "authentic, but the certificate has been revoked" in html
    assert "Sai tên" in html
    response = client.post(
        "/certificates/verify/pdf/?lang=vi", {"pdf": SimpleUploadedFile("c.pdf", data)}
    )
    assert "đã bị thu hồi" in response.content.decode()


def test_my_certificates_offers_the_retake_when_a_certificate_expires(
    client, learner, make_subject, cert_template
):
    from datetime import timedelta

    from django.utils import timezone

    cert_template.validity_months = 12
    cert_template.save()
    certificate = services.certificate_issue(
        recipient=learner, subject=make_subject(template=cert_template, retake_url="/courses/x/")
    )
    client.force_login(learner)
    assert 'href="/courses/x/"' not in client.get("/certificates/").content.decode()
    Certificate.objects.filter(pk=certificate.pk).update(
        valid_until=timezone.now() + timedelta(days=10)
    )
    html = client.get("/certificates/?lang=en").content.decode()
    assert "This certificate expires soon." in html and 'href="/courses/x/"' in html
    Certificate.objects.filter(pk=certificate.pk).update(
        valid_until=timezone.now() - timedelta(days=1)
    )
    html = client.get("/certificates/?lang=vi").content.decode()
    assert 'href="/courses/x/"' in html and "Học lại khoá học" in html


def test_rate_limit_ignores_headers_no_trusted_proxy_writes(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 2
    url = f"/certificates/verify/{certificate.code}/"
    # Direct (no trusted proxy): a visitor cannot rotate X-Forwarded-For or X-Real-IP to
    # get a fresh allowance.
    for n in range(2):
        assert client.get(url, HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code == 200
    assert client.get(url, HTTP_X_REAL_IP="203.0.113.77").status_code == 429
    # Behind a proxy, a header that is not an address counts against the proxy's own.
    settings.CERTIFICATE_TRUSTED_PROXIES = 1
    assert client.get(url, HTTP_X_FORWARDED_FOR="not-an-address").status_code == 429


def test_certificates_say_whose_they_are_and_only_a_person_s_goes_to_linkedin(
    client, make_subject, cert_template, hcm, learner
):
    from django.utils import translation

    onboarding = pytest.importorskip("onboarding.models")
    business = onboarding.Business.objects.create(
        name="Hợp tác xã Demo", tax_code="0312345678", province=hcm, sector="agriculture"
    )
    onboarding.Membership.objects.create(business=business, user=learner, role="owner")
    readiness = services.certificate_issue(
        recipient=business, subject=make_subject("Lộ trình Shopee", template=cert_template)
    )
    personal = services.certificate_issue(
        recipient=learner, subject=make_subject("Bán hàng trên Shopee", template=cert_template)
    )
    assert readiness.is_personal is False and personal.is_personal is True
    with translation.override("en"):
        assert str(readiness.kind_label) == "Business readiness certificate"
    client.force_login(learner)
    html = client.get("/certificates/?lang=en").content.decode()
    assert "Business readiness certificate" in html
    assert html.count("linkedin.com/profile/add") == 1
    assert "certId=" + personal.code in html and "certId=" + readiness.code not in html
