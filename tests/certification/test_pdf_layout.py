"""Long names and titles wrap or shrink and never leave the page; demo certificates are
marked "MẪU / SPECIMEN". Checked on the PDF read back (pypdf: every piece of text and
where it is drawn) and on the page rendered to an image (pdftoppm: no ink outside the
frame)."""

import io
import shutil
import subprocess
import unicodedata

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from certification import pdf

W, H = pdf.PAGE
FRAME = 30  # the inner frame line; text stays inside it

LONG_NAME = ("Công ty Trách nhiệm hữu hạn Thương mại Dịch vụ Xuất nhập khẩu Nông sản " * 3)[:200]
UNBROKEN_NAME = "Nguyễn" + "A" * 194  # one 200-letter word
LONG_TITLE = ("Quản lý nhà nước về thương mại điện tử xuyên biên giới và nền tảng số " * 4)[:255]


def _look(**overrides):
    values = dict(
        issuer_name="Cục Thương mại điện tử và Kinh tế số " * 5,
        issuer_name_en="Vietnam E-commerce and Digital Economy Agency",
        title="Chứng nhận bồi dưỡng quản lý nhà nước về thương mại điện tử " * 3,
        title_en="Certificate of training in e-commerce administration " * 3,
        wording="đã hoàn thành chương trình bồi dưỡng " * 5,
        wording_en="has completed the training programme " * 5,
        signatory_name="Nguyễn Văn A (mẫu · specimen) " * 4,
        signatory_title="Người ký mẫu, không phải chức danh thật · " * 4,
        signatory_title_en="Specimen signatory, not a real office holder " * 3,
        co_signer_name="Sở Công Thương Thành phố Hồ Chí Minh " * 5,
    )
    values.update(overrides)
    return pdf.Look(**values)


def _content(name=LONG_NAME, title=LONG_TITLE, *, specimen=False, look=None):
    return pdf.Content(
        look or _look(),
        name,
        title,
        "25/11/2026",
        "25 November 2026",
        "ABCD2345EFGH6",
        "http://testserver/certificates/verify/ABCD2345EFGH6/",
        b"{}",
        recipient_tax_code="0312345678",
        valid_until_vi="25/11/2027",
        valid_until_en="25 November 2027",
        subject_title_en="E-commerce administration across borders " * 6,
        specimen=specimen,
    )


def _mul(m, n):
    """The affine matrix applying ``m`` then ``n`` (PDF's [a b c d e f])."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def text_boxes(data: bytes) -> list[tuple[str, float, float, float, float]]:
    """Every piece of text drawn on the page and its bounding box (x0, y0, x1, y1) in
    page units, from the text and transformation matrices pypdf reports."""
    pdf.register_fonts()
    boxes = []

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        face = pdf.FONT_BOLD if "Bold" in str((font or {}).get("/BaseFont", "")) else pdf.FONT
        width = stringWidth(text.strip("\n"), face, size)
        matrix = _mul(tm, cm)
        corners = [(0, -0.25 * size), (width, -0.25 * size), (0, size), (width, size)]
        points = [
            (matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5])
            for x, y in corners
        ]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        boxes.append((text, min(xs), min(ys), max(xs), max(ys)))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    assert boxes
    return boxes


def rendered(data: bytes, tmp_path) -> Image.Image:
    """The page as pixels (poppler's pdftoppm, 72 dpi: one pixel a point)."""
    assert shutil.which("pdftoppm"), (
        "pdftoppm (poppler-utils) is needed: apt-get install poppler-utils"
    )
    source = tmp_path / "certificate.pdf"
    source.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-singlefile", str(source), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    return Image.open(tmp_path / "page.png").convert("L")


def ink_outside_the_frame(image: Image.Image) -> int:
    """Dark pixels between the page edge and the outer frame line (0–14 pt)."""
    width, height = image.size
    band = 14
    dark = 0
    for x in range(width):
        for y in list(range(band)) + list(range(height - band, height)):
            dark += image.getpixel((x, y)) < 200
    for y in range(height):
        for x in list(range(band)) + list(range(width - band, width)):
            dark += image.getpixel((x, y)) < 200
    return dark


def _nfc(text):
    return unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("name", [LONG_NAME, UNBROKEN_NAME], ids=["words", "one-word"])
@pytest.mark.parametrize("specimen", [False, True], ids=["real", "specimen"])
def test_200_character_names_and_long_titles_stay_on_the_page(name, specimen, tmp_path):
    data = pdf.render(_content(name, specimen=specimen))
    boxes = text_boxes(data)
    for text, x0, y0, x1, y1 in boxes:
        assert FRAME <= x0 and x1 <= W - FRAME, (text, x0, x1)
        assert FRAME <= y0 and y1 <= H - FRAME, (text, y0, y1)
    # Nothing is cut: the whole name is on the page (wrapped over lines).
    drawn = _nfc("".join(text for text, *_ in boxes)).replace("\n", "").replace(" ", "")
    assert _nfc(name).replace(" ", "") in drawn
    # The centred body ends above the signature block.
    body = [box for box in boxes if _nfc(box[0]).strip() in _nfc(name)]
    assert min(y0 for _t, _x0, y0, _x1, _y1 in body) > pdf.BODY_BOTTOM - 12
    assert ink_outside_the_frame(rendered(data, tmp_path)) == 0


def test_the_signature_block_keeps_its_place():
    """Title above the signature image (88–148 pt), name below it, inside the right
    third of the page, whatever their length."""
    boxes = text_boxes(pdf.render(_content()))
    right = [box for box in boxes if box[1] > W / 2 + 60 and box[4] < pdf.BODY_BOTTOM]
    assert right
    for text, _x0, y0, x1, y1 in right:
        assert x1 <= W - FRAME
        assert y1 <= 88 or y0 >= 148, (text, y0, y1)  # never over the signature


def test_specimen_mark_only_when_asked():
    real = PdfReader(io.BytesIO(pdf.render(_content("Nguyễn Thị Thu Hà", "Bán hàng"))))
    assert "SPECIMEN" not in real.pages[0].extract_text()
    assert "SPECIMEN" not in (real.metadata.title or "")
    data = pdf.render(_content("Nguyễn Thị Thu Hà", "Bán hàng", specimen=True))
    marked = PdfReader(io.BytesIO(data))
    text = _nfc(marked.pages[0].extract_text())
    assert _nfc("MẪU / SPECIMEN") in text and "not a certificate" in text
    assert marked.metadata.title.startswith(_nfc("MẪU / SPECIMEN"))
    # Diagonal: the mark is drawn rotated.
    mark = [b for b in text_boxes(data) if "SPECIMEN" in b[0]]
    assert mark and (mark[0][4] - mark[0][2]) > 200  # it climbs across the page


def test_specimen_changes_the_digest():
    assert _content(specimen=True).digest() != _content(specimen=False).digest()
