import filetype
from django import forms
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.utils.translation import gettext_lazy as _

MAX_PDF_BYTES = 5 * 1024 * 1024


class VerifyCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Certificate code"),
        max_length=40,
        help_text=_("The code printed under the QR code, e.g. ABCD-EFGH-JKMN-P."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


class PdfSizeLimit(FileUploadHandler):
    """The first upload handler of the PDF check: an upload past the limit is dropped
    while it streams in (the rest of the body is read and discarded), so a huge file costs
    neither memory nor disk; the view then says it is too large."""

    too_large = False

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if content_length and content_length > MAX_PDF_BYTES + 64 * 1024:
            self.too_large = True

    def receive_data_chunk(self, raw_data, start):
        if self.too_large or start + len(raw_data) > MAX_PDF_BYTES:
            self.too_large = True
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size):
        return None


class VerifyPdfForm(forms.Form):
    pdf = forms.FileField(
        label=_("Certificate PDF"),
        help_text=_("A certificate PDF issued by this portal (at most 5 MB)."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf"}),
    )

    def __init__(self, *args, too_large: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.too_large = too_large

    def clean(self):
        if self.too_large:  # dropped while uploading: say why, not "field required"
            self.errors.pop("pdf", None)
            self.add_error("pdf", _("The file is larger than 5 MB."))
        return super().clean()

    def clean_pdf(self):
        upload = self.cleaned_data["pdf"]
        if upload.size > MAX_PDF_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        head = upload.read(262)
        upload.seek(0)
        kind = filetype.guess(head)
        if kind is None or kind.mime != "application/pdf":
            raise forms.ValidationError(_("This file is not a PDF."))
        return upload


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Shown on the public verification page."),
    )
    confirm = forms.BooleanField(
        label=_("I understand that the certificate will show as revoked to everyone."),
    )
