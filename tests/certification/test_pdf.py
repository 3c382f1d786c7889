import io
import json
import unicodedata

import pytest
import zxingcpp
from django.conf import settings
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream

from certification import credentials, pdf, services

pytestmark = pytest.mark.django_db


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def decode_qr(data: bytes) -> str:
    """Rebuild the QR code from the rectangles of its form XObject and decode it."""
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    xobjects = page["/Resources"]["/XObject"]
    name = next(n for n in xobjects if pdf.QR_FORM in n)
    form = xobjects[name].get_object()
    rects = [
        [float(v) for v in operands]
        for operands, operator in ContentStream(form, reader).operations
        if operator == b"re"
    ]
    module = min(r[3] for r in rects)
    # The finder patterns touch the right and top edges: the extent is the size.
    size = round(max(r[0] + r[2] for r in rects) / module)
    scale, border = 8, 4
    image = Image.new("L", ((size + 2 * border) * scale,) * 2, 255)
    for x, y, w, _h in rects:
        col, row, length = round(x / module), size - 1 - round(y / module), round(w / module)
        for c in range(col, col + length):
            for dy in range(scale):
                for dx in range(scale):
                    image.putpixel(((c + border) * scale + dx, (row + border) * scale + dy), 0)
    results = zxingcpp.read_barcodes(image)
    assert results, "no QR code found"
    return results[0].text


def test_pdf_has_the_vietnamese_name_a_qr_code_and_the_credential(learner, course):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    data = services.certificate_pdf_bytes(certificate=certificate)
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    # A4 landscape
    assert round(float(page.mediabox.width)) == 842 and round(float(page.mediabox.height)) == 595
    text = _nfc(page.extract_text())
    assert _nfc("Nguyễn Thị Thu Hà") in text
    assert _nfc(certificate.subject_title) in text
    assert _nfc("Sở Công Thương Thành phố Hồ Chí Minh").upper() in text
    assert certificate.display_code in text  # grouped for typing: ABCD-EFGH-JKMN-P
    assert _nfc("Giám đốc Sở Công Thương").upper() in text
    # The site's address (SITE_URL: the test settings' or another's) and the page's path.
    url = decode_qr(data)
    assert url == credentials.verify_url(certificate.code)
    assert url.startswith(settings.SITE_URL + "/certificates/verify/")
    assert url.endswith(f"/{certificate.code}/")
    embedded = json.loads(pdf.read_attachment(data))
    assert embedded == certificate.credential
    assert credentials.verify_credential(embedded)
    embedded["credentialSubject"]["name"] = "Nguyễn Thị Thu Hả"
    assert not credentials.verify_credential(embedded)


def test_pdf_draws_logo_and_signature_images(learner, course, cert_template):
    from django.core.files.images import ImageFile
    from wagtail.images.models import Image as WagtailImage
    from wagtail.models import Collection

    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (200, 30, 30)).save(buffer, "PNG")
    image = WagtailImage.objects.create(
        title="logo", file=ImageFile(io.BytesIO(buffer.getvalue()), name="logo.png")
    )
    cert_template.logo_image = image
    cert_template.signature_image = image
    cert_template.save()
    certificate = services.certificate_issue(recipient=learner, subject=course)
    data = services.certificate_pdf_bytes(certificate=certificate)
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert len(page.images) >= 1


def test_pdf_of_a_business_has_the_tax_code_and_co_signer(make_subject, cert_template, hcm):
    cert_template.co_signer_name = "Sở Công Thương {province}"
    cert_template.issuer_name = "Cục Thương mại điện tử và Kinh tế số"
    cert_template.save()
    business = pytest.importorskip("onboarding.models").Business.objects.create(
        name="Hợp tác xã Demo",
        tax_code="0312345678",
        province=hcm,
        sector="agriculture",
        size="micro",
        contact_email="htx@example.com",
    )
    certificate = services.certificate_issue(
        recipient=business, subject=make_subject(template=cert_template)
    )
    assert certificate.kind == "organisation" and certificate.holder is None
    assert certificate.recipient_tax_code == "0312345678"
    identifiers = certificate.credential["credentialSubject"]["identifier"]
    assert {
        "type": "IdentityObject",
        "identityType": "identifier",
        "hashed": False,
        "identityHash": "0312345678",
    } in identifiers
    assert certificate.credential["credentialSubject"]["achievement"]["creator"]["name"] == (
        "Sở Công Thương Thành phố Hồ Chí Minh"
    )
    text = _nfc(
        PdfReader(io.BytesIO(services.certificate_pdf_bytes(certificate=certificate)))
        .pages[0]
        .extract_text()
    )
    assert "0312345678" in text
    assert _nfc("SỞ CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH") in text
    assert _nfc("Hợp tác xã Demo") in text


def test_long_texts_shrink_to_clear_the_signature_block():
    look = pdf.Look(
        "Cục Thương mại điện tử và Kinh tế số",
        "VEDEA",
        "Chứng nhận bồi dưỡng quản lý nhà nước về thương mại điện tử cho cán bộ cấp tỉnh",
        "Certificate of training",
        "đã hoàn thành chương trình bồi dưỡng",
        "has completed the training programme",
        "Lê Hoàng Oanh",
        "Cục trưởng",
        co_signer_name="Sở Công Thương Thành phố Hồ Chí Minh",
    )
    content = pdf.Content(
        look,
        "Công ty Trách nhiệm hữu hạn Thương mại Dịch vụ Xuất nhập khẩu Nguyễn Thị Thu Hà " * 2,
        "Quản lý nhà nước về thương mại điện tử xuyên biên giới " * 3,
        "25/11/2026",
        "25 November 2026",
        "ABCD2345EFGH6",
        "http://testserver/certificates/verify/ABCD2345EFGH6/",
        b"{}",
        valid_until_vi="25/11/2027",
        valid_until_en="25 November 2027",
    )
    blocks = pdf._body_blocks(content)
    assert pdf._layout(blocks, 1.0)[1] < pdf.BODY_BOTTOM  # too long at full size
    text = _nfc(PdfReader(io.BytesIO(pdf.render(content))).pages[0].extract_text())
    assert "ĐỒNG KÝ" in text
    assert _nfc("Có giá trị đến 25/11/2027") in text


def _png(colour, alpha: bool) -> bytes:
    buffer = io.BytesIO()
    mode, fill = ("RGBA", (*colour, 0)) if alpha else ("RGB", colour)
    image = Image.new(mode, (90, 40), fill)
    image.paste((*colour, 255) if alpha else colour, (10, 10, 80, 30))
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_images_are_encoded_once_and_drawn_whole_in_every_pdf(monkeypatch):
    """The logo and signature are compressed once per process, not per certificate;
    each PDF still carries both, pixels and transparency (the soft mask)."""
    look = pdf.Look(
        *["Sở Công Thương"] * 8,
        logo=_png((179, 38, 30), True),
        signature=_png((20, 40, 120), False),
    )
    encoded = []
    load = pdf.PDFImageXObject.loadImageFromSRC
    monkeypatch.setattr(
        pdf.PDFImageXObject,
        "loadImageFromSRC",
        lambda self, source: encoded.append(source) or load(self, source),
    )
    pdf._encoded_image.cache_clear()
    datas = [
        pdf.render(
            pdf.Content(
                look=look,
                recipient_name=f"Học viên {i}",
                subject_title="Khoá học",
                issued_on_vi="01/12/2026",
                issued_on_en="1 December 2026",
                code=f"CODE{i}",
                verify_url=f"https://portal.example.vn/certificates/verify/CODE{i}/",
                credential_json=b"{}",
            )
        )
        for i in range(3)
    ]
    assert len(encoded) == 3  # each image and the logo's soft mask, for all three PDFs
    for data in datas:
        page = PdfReader(io.BytesIO(data)).pages[0]
        images = sorted((image.image.mode, image.image.size) for image in page.images)
        assert images == [("RGB", (90, 40)), ("RGBA", (90, 40))]
        logo = next(image.image for image in page.images if image.image.mode == "RGBA")
        assert logo.getpixel((0, 0))[3] == 0 and logo.getpixel((40, 20)) == (179, 38, 30, 255)


def test_reportlab_draws_with_its_c_accelerator():
    """rl_accel (reportlab[accel]) is installed: without it ReportLab formats numbers and
    measures strings in Python, a quarter slower per certificate."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
