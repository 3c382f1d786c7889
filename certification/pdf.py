"""The certificate PDF: ReportLab only here; bytes in, bytes out, no ORM.

Rendering is kept fast (benchmarks/certificates.py): fonts are registered once per
process, images decoded and encoded once per content (their PDF image objects are kept
and copied into each document), and the QR code is drawn from segno's module matrix as
merged rectangles (one path) rather than with ReportLab's QR widget.
"""

from __future__ import annotations

import copy
import hashlib
import io
import math
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import fontpkg_be_vietnam_pro
import segno
from pypdf import PdfReader, apply_configuration
from pypdf.errors import LimitReachedError, PyPdfError
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader, _digester, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFImageXObject,
    PDFName,
    PDFObjectReference,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

# Streams (pages, fonts, images) stored binary, not ASCII85: ReportLab encodes ASCII85 in
# pure Python (a sixth of a certificate's drawing time) and it makes them a quarter
# larger; PDF readers all read binary streams.
rl_config.useA85 = 0

PAGE = landscape(A4)
ATTACHMENT_NAME = "credential.json"
QR_FORM = "VerificationQR"
FONT = "BeVietnamPro"
FONT_BOLD = "BeVietnamPro-Bold"
# English lines use the regular face in grey: a third embedded face costs ~2 ms a PDF.
FONT_ITALIC = FONT
_font_lock = threading.Lock()
_fonts_ready = False


@dataclass(frozen=True)
class Look:
    """What a certificate template contributes (wording, signatory, images, colour)."""

    issuer_name: str
    issuer_name_en: str
    title: str
    title_en: str
    wording: str
    wording_en: str
    signatory_name: str
    signatory_title: str
    co_signer_name: str = ""
    accent_colour: str = "#0b5cab"
    signatory_title_en: str = ""
    logo: bytes | None = field(default=None, repr=False)
    signature: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Content:
    """One certificate's own data."""

    look: Look
    recipient_name: str
    subject_title: str
    issued_on_vi: str
    issued_on_en: str
    code: str
    verify_url: str
    credential_json: bytes = field(repr=False)
    recipient_tax_code: str = ""
    valid_until_vi: str = ""
    valid_until_en: str = ""
    subject_title_en: str = ""
    # Signed with the demo key: marked "MẪU / SPECIMEN" across the page.
    specimen: bool = False

    def digest(self) -> str:
        """Changes whenever anything drawn changes: the task re-renders only then."""
        h = hashlib.sha256()
        for value in (
            *(
                str(getattr(self.look, f))
                for f in Look.__dataclass_fields__
                if f not in ("logo", "signature")
            ),
            self.look.logo or b"",
            self.look.signature or b"",
            self.recipient_name,
            self.subject_title,
            self.issued_on_vi,
            self.issued_on_en,
            self.code,
            self.verify_url,
            self.credential_json,
            self.recipient_tax_code,
            self.valid_until_vi,
            self.valid_until_en,
            self.subject_title_en,
            str(self.specimen),
            RENDER_VERSION,
        ):
            h.update(value if isinstance(value, bytes) else value.encode())
            h.update(b"\0")
        return h.hexdigest()


RENDER_VERSION = "4"


def font_dir() -> Path:

    return Path(fontpkg_be_vietnam_pro.__file__).resolve().parent / "files"


def register_fonts() -> None:
    """Registers Be Vietnam Pro once per process (parsing a TTF is the slow part)."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _font_lock:
        if _fonts_ready:
            return
        base = font_dir()
        for name, file in (
            (FONT, "BeVietnamPro-Regular.ttf"),
            (FONT_BOLD, "BeVietnamPro-Bold.ttf"),
        ):
            pdfmetrics.registerFont(TTFont(name, str(base / file)))
        _fonts_ready = True


IMAGE_MASK = "auto"  # an image's alpha channel becomes its soft mask


@dataclass(frozen=True)
class _EncodedImage:
    """An image as a PDF image object (and its soft mask), encoded once: ``token`` is
    what the canvas is handed in its place and ``name`` what ReportLab files it under."""

    token: str
    name: str
    xobject: PDFImageXObject
    smask: PDFImageXObject | None


@lru_cache(maxsize=64)
def _encoded_image(data: bytes) -> _EncodedImage:
    # ReportLab compresses an image's pixels (and its alpha) for every document that
    # draws it: half the drawing time of a certificate with a logo and a signature.
    token = f"certificate-image-{hashlib.sha256(data).hexdigest()}"
    name = _digester(f"{token}{IMAGE_MASK}")  # as Canvas.drawImage names a str image
    xobject = PDFImageXObject(name, ImageReader(io.BytesIO(data)), mask=IMAGE_MASK)
    smask = xobject.__dict__.pop("_smask", None)
    return _EncodedImage(token, name, xobject, smask)


def _draw_image(c: Canvas, data: bytes, x: float, y: float, width: float, height: float):
    """Canvas.drawImage of the encoded image, its objects copied into this document
    (ReportLab finds them filed under the name it looks for and encodes nothing)."""
    image = _encoded_image(data)
    doc = c._doc
    registered = doc.getXObjectName(image.name)
    if registered not in doc.idToObject:
        xobject = copy.copy(image.xobject)
        c._setXObjects(xobject)
        doc.Reference(xobject, registered)
        doc.addForm(image.name, xobject)
        if image.smask is not None:
            mask_name = doc.getXObjectName(image.smask.name)
            if mask_name in doc.idToObject:
                xobject.smask = PDFObjectReference(mask_name)
            else:
                smask = copy.copy(image.smask)
                c._setXObjects(smask)
                xobject.smask = doc.Reference(smask, mask_name)
    c.drawImage(image.token, x, y, width, height, preserveAspectRatio=True, mask=IMAGE_MASK)


@lru_cache(maxsize=4096)
def qr_runs(url: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``url`` as (size, horizontal runs (row, start, length) of dark
    modules), so that drawing it is a handful of rectangles."""
    # A fixed mask skips segno's evaluation of all eight (most of its encoding time);
    # any mask gives a valid, readable code.
    matrix = segno.make(url, error="m", micro=False, mask=0, boost_error=False).matrix
    runs = []
    for r, row in enumerate(matrix):
        start = None
        for c, dark in enumerate(row):
            if dark and start is None:
                start = c
            elif not dark and start is not None:
                runs.append((r, start, c - start))
                start = None
        if start is not None:
            runs.append((r, start, len(row) - start))
    return len(matrix), tuple(runs)


def render(content: Content) -> bytes:
    """The certificate as PDF bytes (A4 landscape) with the credential attached."""
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=PAGE, pageCompression=1, invariant=0)
    title = f"{content.look.title} — {content.recipient_name}"
    c.setTitle(f"{SPECIMEN_MARK}: {title}" if content.specimen else title)
    c.setAuthor(content.look.issuer_name)
    c.setSubject(content.subject_title)
    _draw_frame(c, content.look)
    _draw_text(c, content)
    _draw_signature(c, content.look)
    _draw_co_signer(c, content.look)
    _draw_qr(c, content)
    if content.specimen:
        _draw_specimen(c)
    _attach(c, ATTACHMENT_NAME, content.credential_json)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _draw_frame(c: Canvas, look: Look) -> None:
    w, h = PAGE
    accent = HexColor(look.accent_colour)
    c.setStrokeColor(accent)
    c.setLineWidth(6)
    c.rect(18, 18, w - 36, h - 36)
    c.setLineWidth(1)
    c.rect(30, 30, w - 60, h - 60)
    if look.logo:
        _draw_image(c, look.logo, 52, h - 112, 64, 64)


BODY_BOTTOM = 205  # the signature block and the QR code live below this line
INK, GREY = HexColor("#111827"), HexColor("#4a5565")
ELLIPSIS = "…"
SPECIMEN_MARK = "MẪU / SPECIMEN"
SPECIMEN_NOTE = "Chứng nhận mẫu, không có giá trị · A specimen, not a certificate"


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``: broken at spaces, and inside a word
    only when the word alone is wider than the line (a 200-letter name has to break)."""
    lines = []
    for line in simpleSplit(text, font, size, width) or [""]:
        while stringWidth(line, font, size) > width:
            cut = _fitting_prefix(line, font, size, width)
            lines.append(line[:cut])
            line = line[cut:].lstrip()
        lines.append(line)
    return lines


def _fitting_prefix(text: str, font: str, size: float, width: float) -> int:
    """The length of the longest start of ``text`` that fits ``width`` (at least 1)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _fit(text: str, font: str, size: float, width: float, *, max_lines: int, min_size: float):
    """(lines, size): ``text`` wrapped to ``width`` in at most ``max_lines``, the font
    shrunk from ``size`` towards ``min_size`` as needed; past that, the last line ends
    with an ellipsis (only texts far longer than any real one get there)."""
    while True:
        lines = _wrap(text, font, size, width)
        if len(lines) <= max_lines or size <= min_size:
            break
        size = max(min_size, size * 0.9)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + ELLIPSIS, font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + ELLIPSIS
    return lines, size


def _body_blocks(content: Content) -> list[tuple[str, str, float, object, float, int]]:
    """The centred text of the certificate, top to bottom, as (text, font, size, colour,
    space before, at most so many lines) blocks."""
    look = content.look
    accent = HexColor(look.accent_colour)
    blocks = [(look.issuer_name.upper(), FONT_BOLD, 13, INK, 0, 2)]
    if look.co_signer_name:
        blocks.append((look.co_signer_name.upper(), FONT_BOLD, 11, INK, 0, 2))
    blocks += [
        (look.title.upper(), FONT_BOLD, 30, accent, 30, 2),
        (look.title_en, FONT_ITALIC, 13, GREY, -4, 2),
        ("Chứng nhận · This certifies that", FONT, 12, INK, 8, 1),
        (content.recipient_name, FONT_BOLD, 28, INK, 12, 4),
    ]
    if content.recipient_tax_code:
        tax = f"Mã số thuế · Tax code: {content.recipient_tax_code}"
        blocks.append((tax, FONT, 11, INK, 0, 1))
    blocks += [
        (look.wording, FONT, 12, INK, 4, 3),
        (look.wording_en, FONT_ITALIC, 10, GREY, 0, 3),
        (content.subject_title, FONT_BOLD, 17, accent, 6, 4),
    ]
    if content.subject_title_en and content.subject_title_en != content.subject_title:
        blocks.append((content.subject_title_en, FONT_ITALIC, 12, GREY, -2, 3))
    blocks += [
        (f"Cấp ngày {content.issued_on_vi} · Issued {content.issued_on_en}", FONT, 11, INK, 6, 1),
    ]
    if content.valid_until_vi:
        until = f"Có giá trị đến {content.valid_until_vi} · Valid until {content.valid_until_en}"
        blocks.append((until, FONT, 11, INK, 0, 1))
    return blocks


def _layout(blocks, scale: float, width: float = 640):
    """Lines (text, font, size, colour, baseline) at ``scale``, wrapped to ``width``."""
    y, lines = PAGE[1] - 70, []
    for text, font, size, colour, before, max_lines in blocks:
        size *= scale
        y -= before * scale
        for line in _fit(text, font, size, width, max_lines=max_lines, min_size=size)[0]:
            lines.append((line, font, size, colour, y))
            y -= size * 1.3
    return lines, y


# At the smallest scale even the longest texts the fields allow clear the signature
# block: each block has at most so many lines (tests/certification/test_pdf_layout.py).
SCALES = (1.0, 0.92, 0.85, 0.78, 0.7, 0.62, 0.55, 0.48, 0.42)


def _draw_text(c: Canvas, content: Content) -> None:
    blocks = _body_blocks(content)
    # Long titles or names shrink the text until it clears the signature block.
    for scale in SCALES:
        lines, bottom = _layout(blocks, scale)
        if bottom >= BODY_BOTTOM:
            break
    for text, font, size, colour, y in lines:
        c.setFillColor(colour)
        c.setFont(font, size)
        c.drawCentredString(PAGE[0] / 2, y, text)


def _draw_lines(c: Canvas, x: float, y: float, lines, font: str, size: float, step: float):
    """Centred lines from baseline ``y`` downwards; returns the next free baseline."""
    c.setFont(font, size)
    for line in lines:
        c.drawCentredString(x, y, line)
        y -= step
    return y


def _draw_co_signer(c: Canvas, look: Look) -> None:
    if not look.co_signer_name:
        return
    x = PAGE[0] / 2 - 60
    c.setFillColor(GREY)
    c.setFont(FONT, 9)
    c.drawCentredString(x, 180, "ĐƠN VỊ ĐỒNG KÝ · CO-SIGNED BY")
    c.setFillColor(INK)
    lines, size = _fit(look.co_signer_name.upper(), FONT_BOLD, 11, 200, max_lines=3, min_size=8)
    _draw_lines(c, x, 164, lines, FONT_BOLD, size, size * 1.27)


def _draw_signature(c: Canvas, look: Look) -> None:
    """Title (and its English) above the signature image, the name under it; each
    wraps or shrinks to stay in its place."""
    x, width = PAGE[0] - 200, 260
    titles, title_size = _fit(
        look.signatory_title.upper(), FONT_BOLD, 11, width, max_lines=2, min_size=8
    )
    english, english_size = ([], 9)
    if look.signatory_title_en:
        english, english_size = _fit(
            look.signatory_title_en, FONT_ITALIC, 9, width, max_lines=2, min_size=7
        )
    # Stacked upwards from just above the signature image (88–148), last line first.
    y = 153
    c.setFillColor(GREY)
    c.setFont(FONT_ITALIC, english_size)
    for line in reversed(english):
        c.drawCentredString(x, y, line)
        y += english_size * 1.22
    c.setFillColor(INK)
    c.setFont(FONT_BOLD, title_size)
    for line in reversed(titles):
        c.drawCentredString(x, y, line)
        y += title_size * 1.27
    if look.signature:
        _draw_image(c, look.signature, x - 70, 88, 140, 60)
    c.setFillColor(INK)
    names, name_size = _fit(look.signatory_name, FONT_BOLD, 12, width, max_lines=2, min_size=8)
    _draw_lines(c, x, 70 if len(names) == 1 else 76, names, FONT_BOLD, name_size, name_size * 1.2)


def _draw_specimen(c: Canvas) -> None:
    """While the demo signing key is in use: a large diagonal "MẪU / SPECIMEN" across
    the page, translucent so the certificate stays readable, and what it means."""
    w, h = PAGE
    c.saveState()
    c.translate(w / 2, h / 2)
    c.rotate(math.degrees(math.atan2(h - 120, w - 120)))
    c.setFillColor(HexColor("#b3261e"))
    c.setFillAlpha(0.2)
    size = 640 / stringWidth(SPECIMEN_MARK, FONT_BOLD, 1)
    c.setFont(FONT_BOLD, size)
    c.drawCentredString(0, -size * 0.3, SPECIMEN_MARK)
    c.setFillAlpha(0.55)
    note = min(16.0, 560 / stringWidth(SPECIMEN_NOTE, FONT_BOLD, 1))
    c.setFont(FONT_BOLD, note)
    c.drawCentredString(0, -size * 0.3 - note * 1.8, SPECIMEN_NOTE)
    c.restoreState()


def _draw_qr(c: Canvas, content: Content) -> None:
    size, runs = qr_runs(content.verify_url)
    side = 92.0
    module = side / size
    # The QR code is a form XObject of its own (named QR_FORM) so that tools and tests
    # can find it; inside, one filled path of merged rectangles.
    c.beginForm(QR_FORM, lowerx=0, lowery=0, upperx=side, uppery=side)
    # Raw path operators in module units under one scaling: integers format fast,
    # where ReportLab's path API would format thousands of floats per certificate.
    ops = [f"q {module:.4f} 0 0 {module:.4f} 0 0 cm 0 g"]
    ops.extend(f"{start} {size - 1 - row} {length} 1 re" for row, start, length in runs)
    ops.append("f Q")
    c._code.append("\n".join(ops))
    c.endForm()
    c.saveState()
    c.translate(56, 78)
    c.doForm(QR_FORM)
    c.restoreState()
    c.setFillColor(HexColor("#111827"))
    c.setFont(FONT_BOLD, 10)
    c.drawString(56, 62, content.code)
    url, url_size = _fit(content.verify_url, FONT, 7, 230, max_lines=1, min_size=4.5)
    c.setFont(FONT, url_size)
    c.drawString(56, 50, url[0])
    c.setFont(FONT, 7)
    c.drawString(56, 40, "Quét mã để kiểm tra · Scan to verify")


def _attach(c: Canvas, name: str, data: bytes) -> None:
    """Embeds ``data`` as a file attachment (Names/EmbeddedFiles in the catalogue)."""
    doc = c._doc
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                # PDFName() leaves "/" alone; a name's "/" must be written #2F.
                "Subtype": "/application#2Fjson",
                "Params": PDFDictionary({"Size": len(data)}),
            }
        ),
        content=data,
        filters=[PDFZCompress],
    )
    spec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(name),
            "UF": PDFString(name),
            "Desc": PDFString("Signed credential (Open Badges 3.0)"),
            "AFRelationship": PDFName("Data"),
            "EF": PDFDictionary({"F": doc.Reference(stream)}),
        }
    )
    spec_ref = doc.Reference(spec)
    doc.Catalog.Names = PDFDictionary(
        {"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(name), spec_ref])})}
    )
    doc.Catalog.AF = PDFArray([spec_ref])


# Limits for reading a PDF someone uploads: ours carry one page and a credential of a few
# KB, so anything near these is not a certificate of this portal.
MAX_CREDENTIAL_BYTES = 256 * 1024
MAX_EMBEDDED_FILES = 16
_READ_LIMITS = {
    # Every Flate stream pypdf opens stops at this many bytes (the credential, and object
    # or cross-reference streams on the way to it): a small file of compressed zeros or
    # JSON cannot expand in memory.
    "zlib_maximum_output_length": MAX_CREDENTIAL_BYTES + 1,
    "zlib_maximum_recovery_input_length": 64 * 1024,
    "lzw_maximum_output_length": MAX_CREDENTIAL_BYTES + 1,
    "run_length_maximum_output_length": MAX_CREDENTIAL_BYTES + 1,
    "array_based_stream_maximum_output_length": MAX_CREDENTIAL_BYTES + 1,
    "brotli_maximum_output_length": MAX_CREDENTIAL_BYTES + 1,
    "stream_decoding_work_maximum_length": 4 * MAX_CREDENTIAL_BYTES,
    "array_maximum_element_count": 10_000,
    "dictionary_maximum_element_count": 10_000,
    "page_tree_maximum_entries": 100,
}


class CredentialTooLarge(ValueError):
    """The PDF's embedded credential (or what must be decompressed to reach it) is larger
    than any certificate's: it is not read."""


def read_attachment(pdf: bytes, name: str = ATTACHMENT_NAME) -> bytes | None:
    """The embedded file ``name`` of a PDF, or None (also for anything not a PDF).

    Raises CredentialTooLarge when it would decompress past MAX_CREDENTIAL_BYTES: pages
    are never parsed, at most MAX_EMBEDDED_FILES attachments are looked at, and pypdf's
    decompression stops at the limits above, so a small "PDF bomb" costs little."""
    with apply_configuration(**_READ_LIMITS):
        try:
            reader = PdfReader(io.BytesIO(pdf))
            for index, entry in enumerate(reader.attachment_list):
                if index >= MAX_EMBEDDED_FILES:
                    return None
                if entry.name == name:
                    data = entry.content
                    break
            else:
                return None
        except LimitReachedError as exc:
            raise CredentialTooLarge from exc
        except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError):
            return None
        except RecursionError:  # nested arrays thousands deep
            return None
    if len(data) > MAX_CREDENTIAL_BYTES:
        raise CredentialTooLarge
    return data or None
