"""The public PDF check reads the embedded credential with bounded work: a small PDF
holding megabytes of compressed JSON is refused politely, with little memory."""

import json
import time
import tracemalloc
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from certification import pdf

BOMB_BYTES = 70 * 1024 * 1024  # the reported bomb: ~67 KB holding 70 MB of JSON


def pdf_with_attachment(stream: bytes, *, name: str = pdf.ATTACHMENT_NAME, flate=True) -> bytes:
    """A minimal PDF (no pages) whose embedded file ``name`` is ``stream`` as given
    (already Flate-compressed when ``flate``)."""
    filters = b" /Filter /FlateDecode" if flate else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [("
        + name.encode()
        + b") 3 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
        b"<< /Type /Filespec /F (" + name.encode() + b") /EF << /F 4 0 R >> >>",
        b"<< /Type /EmbeddedFile /Length %d%s >>\nstream\n" % (len(stream), filters)
        + stream
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """~70 MB of credential-looking JSON, Flate-compressed in chunks (the test itself
    never holds it uncompressed)."""
    compressor = zlib.compressobj(9)
    chunk = b'{"type":["VerifiableCredential"],"name":"' + b"A" * 200 + b'"},'
    parts = [compressor.compress(b"[")]
    parts += [compressor.compress(chunk) for _ in range(BOMB_BYTES // len(chunk))]
    parts += [compressor.compress(b"{}]"), compressor.flush()]
    return pdf_with_attachment(b"".join(parts))


def test_the_bomb_is_small_and_refused_with_little_memory_and_time(bomb):
    assert len(bomb) < 400 * 1024
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(pdf.CredentialTooLarge):
            pdf.read_attachment(bomb)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
    assert time.perf_counter() - started < 2


def test_a_credential_below_the_limit_is_read():
    credential = json.dumps({"name": "Nguyễn Thị Thu Hà", "pad": "x" * 200_000}).encode()
    data = pdf_with_attachment(zlib.compress(credential))
    assert pdf.read_attachment(data) == credential
    assert pdf.read_attachment(pdf_with_attachment(credential, flate=False)) == credential


def test_an_uncompressed_credential_above_the_limit_is_refused():
    big = b"[" + b'"x",' * (pdf.MAX_CREDENTIAL_BYTES // 4) + b'"x"]'
    with pytest.raises(pdf.CredentialTooLarge):
        pdf.read_attachment(pdf_with_attachment(big, flate=False))


def test_other_attachments_and_broken_files_give_nothing():
    assert pdf.read_attachment(pdf_with_attachment(b"{}", name="other.json", flate=False)) is None
    assert pdf.read_attachment(b"%PDF-1.7\n" + b"[" * 200_000) is None
    assert pdf.read_attachment(b"not a pdf") is None


def test_upload_of_the_bomb_says_why_it_was_not_checked(client, db, bomb):
    response = client.post(
        "/certificates/verify/pdf/?lang=en",
        {"pdf": SimpleUploadedFile("bomb.pdf", bomb, content_type="application/pdf")},
    )
    assert response.status_code == 200
    assert response.context["result"].too_large is True
    html = response.content.decode()
    assert "This PDF was not checked" in html and "256.0" in html
    vi = client.post(
        "/certificates/verify/pdf/?lang=vi",
        {"pdf": SimpleUploadedFile("bomb.pdf", bomb, content_type="application/pdf")},
    ).content.decode()
    assert "Tệp PDF này chưa được kiểm tra" in vi
