"""certification/forms.py: the PDF check takes a PDF of at most 5 MB (a larger upload is
dropped while it streams in), the code form a code, and a revocation needs a reason and
its confirmation."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import StopUpload
from django.utils import translation

from certification import forms

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def _pdf_form(data: bytes, **kwargs) -> forms.VerifyPdfForm:
    return forms.VerifyPdfForm(files={"pdf": SimpleUploadedFile("c.pdf", data)}, **kwargs)


def test_a_pdf_is_accepted_and_left_ready_to_read():
    form = _pdf_form(PDF)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["pdf"].read() == PDF  # not left after the sniffed header


@pytest.mark.parametrize(
    "data", [b"not a pdf at all", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, b"PK\x03\x04" + b"\0" * 40]
)
def test_anything_but_a_pdf_is_refused_whatever_its_name(data):
    with translation.override("en"):
        form = _pdf_form(data)
        assert not form.is_valid()
        assert form.errors["pdf"] == ["This file is not a PDF."]


def test_a_pdf_over_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(forms, "MAX_PDF_BYTES", len(PDF) - 1)
    with translation.override("en"):
        form = _pdf_form(PDF)
        assert not form.is_valid()
        assert form.errors["pdf"] == ["The file is larger than 5 MB."]


def test_an_upload_dropped_while_streaming_says_too_large_not_required():
    with translation.override("en"):
        form = forms.VerifyPdfForm(files={}, too_large=True)
        assert not form.is_valid()
        assert form.errors["pdf"] == ["The file is larger than 5 MB."]
        form = forms.VerifyPdfForm(files={})
        assert not form.is_valid()
        assert form.errors["pdf"] == ["This field is required."]


def test_the_size_limit_stops_the_upload_at_the_first_chunk_past_it():
    handler = forms.PdfSizeLimit()
    handler.handle_raw_input(None, {}, 1024, b"boundary")
    assert not handler.too_large
    assert handler.receive_data_chunk(b"A" * 1024, 0) == b"A" * 1024
    with pytest.raises(StopUpload):
        handler.receive_data_chunk(b"A" * 1024, forms.MAX_PDF_BYTES)
    assert handler.too_large


def test_the_size_limit_refuses_a_body_announced_too_large_before_reading_it():
    handler = forms.PdfSizeLimit()
    handler.handle_raw_input(None, {}, 2 * forms.MAX_PDF_BYTES, b"boundary")
    assert handler.too_large
    with pytest.raises(StopUpload):
        handler.receive_data_chunk(b"%PDF", 0)


def test_a_code_is_required_and_bounded():
    assert forms.VerifyCodeForm({"code": "ABCD-EFGH-JKMN-P"}).is_valid()
    assert not forms.VerifyCodeForm({"code": ""}).is_valid()
    assert not forms.VerifyCodeForm({"code": "A" * 41}).is_valid()


def test_a_revocation_needs_a_reason_and_the_confirmation():
    assert forms.RevokeForm({"reason": "Gian lận bài thi", "confirm": "on"}).is_valid()
    assert set(forms.RevokeForm({"reason": "Gian lận bài thi"}).errors) == {"confirm"}
    assert set(forms.RevokeForm({"reason": "", "confirm": "on"}).errors) == {"reason"}
