import pytest

from certification import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(make_user):
    return make_user("root@example.com", superuser=True)


def test_admin_certificate_list_is_scoped_and_read_only(client, certificate, superuser):
    client.force_login(superuser)
    response = client.get("/admin/certificates/")
    assert response.status_code == 200
    assert certificate.code in response.content.decode()
    # Even a superuser cannot add or edit a certificate by hand.
    assert client.get("/admin/certificates/new/").status_code in (302, 403)
    assert client.get(f"/admin/certificates/edit/{certificate.pk}/").status_code in (302, 403)
    assert "/admin/certificates/new/" not in response.content.decode()
    export = client.get("/admin/certificates/?export=csv")
    assert export.status_code == 200
    body = b"".join(export.streaming_content) if export.streaming else export.content
    assert certificate.code in body.decode()
    assert client.get(f"/admin/certificates/inspect/{certificate.pk}/").status_code == 200


def test_admin_certificates_hidden_from_other_province(client, certificate, staff_hanoi):
    staff_hanoi.is_staff = True
    staff_hanoi.save()
    from django.contrib.auth.models import Permission

    staff_hanoi.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff_hanoi)
    response = client.get("/admin/certificates/")
    assert response.status_code == 200
    assert certificate.code not in response.content.decode()
    assert client.get(f"/admin/certificates/inspect/{certificate.pk}/").status_code == 404


def test_template_snippet_is_registered(client, superuser, cert_template):
    client.force_login(superuser)
    response = client.get("/admin/snippets/certification/certificatetemplate/")
    assert response.status_code == 200
    assert "HCM course" in response.content.decode()


def test_deleting_a_template_in_use_is_refused_without_an_error(client, superuser, certificate):
    client.force_login(superuser)
    url = f"/admin/snippets/certification/certificatetemplate/delete/{certificate.template_id}/"
    response = client.post(url, follow=True)
    assert response.status_code == 200
    html = response.content.decode().lower()
    assert "cannot be deleted" in html or "không thể xoá" in html
    from certification.models import CertificateTemplate

    assert CertificateTemplate.objects.filter(pk=certificate.template_id).exists()


@pytest.fixture
def admin_staff_hcm(staff_hcm):
    from django.contrib.auth.models import Permission

    staff_hcm.is_staff = True
    staff_hcm.save()
    staff_hcm.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return staff_hcm


def test_admin_filters_offer_only_what_is_in_scope(client, certificate, admin_staff_hcm, hcm):
    client.force_login(admin_staff_hcm)
    response = client.get("/admin/certificates/")
    fields = response.context["filters"].form.fields
    assert list(fields["province"].queryset) == [hcm]
    assert list(fields["template"].queryset) == [certificate.template]
    filtered = client.get("/admin/certificates/", {"province": hcm.pk})
    assert certificate.code in filtered.content.decode()


def test_admin_listing_query_count_does_not_grow(
    client, learner, make_subject, cert_template, admin_staff_hcm, django_assert_max_num_queries
):
    client.force_login(admin_staff_hcm)
    services.certificate_issue(
        recipient=learner, subject=make_subject("Khoá 0", template=cert_template)
    )
    client.get("/admin/certificates/")  # warm caches (content types, site)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get("/admin/certificates/")
    for i in range(1, 8):
        services.certificate_issue(
            recipient=learner, subject=make_subject(f"Khoá {i}", template=cert_template)
        )
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get("/admin/certificates/")
    assert response.content.decode().count("Khoá ") >= 8
    with django_assert_max_num_queries(20):
        client.get("/admin/certificates/")


def test_admin_inspect_links_to_pdf_revoke_and_public_page(client, certificate, admin_staff_hcm):
    client.force_login(admin_staff_hcm)
    html = client.get(f"/admin/certificates/inspect/{certificate.pk}/?lang=en").content.decode()
    assert f"/certificates/{certificate.code}/download/" in html
    assert f"/certificates/manage/{certificate.code}/revoke/" in html
    assert f"/certificates/verify/{certificate.code}/" in html
    assert ">None<" not in html.replace(" ", "").replace("\n", "")


def test_nobody_deletes_a_certificate_in_the_admin(client, certificate, superuser):
    from certification.models import Certificate

    client.force_login(superuser)
    url = f"/admin/certificates/delete/{certificate.pk}/"
    assert client.get(url).status_code in (302, 403, 404)
    client.post(url)
    assert Certificate.objects.filter(pk=certificate.pk).exists()
    assert client.post("/admin/certificates/new/", {"revoked_reason": "x"}).status_code in (
        302,
        403,
    )
    assert Certificate.objects.count() == 1


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_admin_certificate_export_writes_formulas_inert(client, superuser, make_user, course, fmt):
    """Recipients' names typed as spreadsheet formulas come back as text (Wagtail's export
    goes through portal.exports)."""
    import csv
    import io

    from openpyxl import load_workbook

    from tests.payloads import FORMULAS

    codes = {}
    for i, payload in enumerate(FORMULAS):
        user = make_user(f"f{i}@example.com", full_name=payload)
        codes[services.certificate_issue(recipient=user, subject=course).code] = payload
    client.force_login(superuser)
    response = client.get(f"/admin/certificates/?export={fmt}")
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if fmt == "csv":
        assert content.startswith("\ufeff".encode())  # Excel reads Vietnamese
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))
        names = {row[0]: row[3] for row in rows[1:]}
        assert {code: names[code] for code in codes} == {
            code: "'" + payload for code, payload in codes.items()
        }
    else:
        sheet = load_workbook(io.BytesIO(content)).active
        cells = {row[0].value: row[3] for row in sheet.iter_rows(min_row=2)}
        for code, payload in codes.items():
            assert cells[code].data_type == "s" and cells[code].quotePrefix
            assert cells[code].value == payload.replace("\r", "\n")


@pytest.mark.parametrize(
    "field", ["issuer_name", "issuer_name_en", "title", "title_en", "signatory_name"]
)
def test_template_texts_printed_on_certificates_refuse_hidden_characters(cert_template, field):
    from django.core.exceptions import ValidationError

    setattr(cert_template, field, "Sở Công Thương\u202e Hà Nội")
    with pytest.raises(ValidationError) as exc:
        cert_template.full_clean()
    assert field in exc.value.message_dict
