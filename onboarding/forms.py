"""Forms of the onboarding app: parse and check input; the writes are in services.py."""

from pathlib import Path

import filetype
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from onboarding.models import Business, Evidence, OcopProduct
from onboarding.taxcode import normalise
from portal.models import Province
from portal.sanitize import clean_text
from portal.text import NameField

MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
# Real type (sniffed from the bytes) → the file name endings it may carry.
ALLOWED_TYPES = {
    "application/pdf": {".pdf"},
    "image/png": {".png"},
    "image/jpeg": {".jpg", ".jpeg"},
}


def sniff_evidence(upload) -> str:
    """The real content type of an evidence upload; raises a translated ValidationError
    when it is too big, not a PDF/PNG/JPEG, or named as another type than it is."""
    if upload.size > MAX_EVIDENCE_BYTES:
        raise ValidationError(
            _("The file is %(size)s MB; the limit is 5 MB.")
            % {"size": f"{upload.size / 1024 / 1024:.1f}"},
            code="too_big",
        )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    mime = kind.mime if kind else ""
    if mime not in ALLOWED_TYPES:
        raise ValidationError(
            _("Upload a PDF, PNG or JPEG file. This file is not one of them."), code="type"
        )
    if Path(upload.name).suffix.lower() not in ALLOWED_TYPES[mime]:
        raise ValidationError(
            _("The file's name says one type but its content is another: check the file."),
            code="mismatch",
        )
    return mime


class BusinessForm(forms.ModelForm):
    website = forms.URLField(label=_("Website or app"), required=False, assume_scheme="https")

    class Meta:
        model = Business
        fields = [
            "name",
            "tax_code",
            "province",
            "former_province",
            "address",
            "sector",
            "size",
            "contact_name",
            "contact_email",
            "contact_phone",
            "website",
        ]
        field_classes = {"name": NameField, "contact_name": NameField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = Province.objects.current().order_by("name")
        self.fields["former_province"].queryset = Province.objects.filter(
            is_current=False
        ).order_by("name")

    def clean_tax_code(self):
        return normalise(self.cleaned_data["tax_code"])

    def clean_address(self):
        return clean_text(self.cleaned_data["address"])

    def clean(self):
        data = super().clean()
        former, current = data.get("former_province"), data.get("province")
        if former and current and former.merged_into_id != current.pk:
            self.add_error(
                "former_province",
                _("%(former)s merged into %(current)s, not into the province chosen.")
                % {"former": former.name, "current": former.merged_into.name},
            )
        return data


class BusinessEditForm(BusinessForm):
    """An owner edits a pending or approved business. An approved business keeps the tax
    code and province staff approved: those fields show, but cannot be changed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.status == Business.Status.APPROVED:
            for name in ("tax_code", "province", "former_province"):
                self.fields[name].disabled = True
                self.fields[name].help_text = _(
                    "Approved by staff of your province: ask them to change it."
                )


class OcopProductForm(forms.ModelForm):
    class Meta:
        model = OcopProduct
        fields = ["name", "group", "stars", "decision_number", "decision_date", "valid_until"]
        field_classes = {"name": NameField}
        widgets = {
            "decision_date": forms.DateInput(attrs={"type": "date"}),
            "valid_until": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, business=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.business = business

    def clean(self):
        data = super().clean()
        decided, valid_until = data.get("decision_date"), data.get("valid_until")
        if decided and valid_until and valid_until <= decided:
            self.add_error("valid_until", _("The rating must be valid until after its decision."))
        name = data.get("name")
        if self.business is not None and name:
            # Compared in Python: SQLite's case-insensitive match folds only ASCII letters,
            # and "MẬT ONG" is "Mật ong". A business lists a handful of products.
            listed = self.business.ocop_products.filter(
                decision_number=data.get("decision_number", "")
            ).values_list("name", flat=True)
            if name.casefold() in {n.casefold() for n in listed}:
                self.add_error("name", _("This product is already listed with this decision."))
        return data


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail of the person to invite"))


class StepActionForm(forms.Form):
    """A member's move on a step. `version` is the step's version when the form was
    rendered: a second post of the same form is refused as stale."""

    ACTIONS = [
        ("start", _("Start")),
        ("submit", _("Submit")),
        ("skip", _("Skip")),
        ("reopen", _("Take back")),
    ]
    action = forms.ChoiceField(choices=ACTIONS, widget=forms.HiddenInput)
    version = forms.IntegerField(widget=forms.HiddenInput)
    file = forms.FileField(
        label=_("Evidence file"),
        required=False,
        help_text=_("PDF, PNG or JPEG, at most 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.png,.jpg,.jpeg"}),
    )
    text = forms.CharField(label=_("Web address or code"), required=False, max_length=500)
    comment = forms.CharField(
        label=_("Note for the reviewer (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, **kwargs)
        self.step = step
        self.content_type = ""
        if step.evidence == Evidence.URL:
            self.fields["text"].label = _("Web address (URL)")
        elif step.evidence == Evidence.CODE:
            self.fields["text"].label = _("Confirmation code")

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            self.content_type = sniff_evidence(upload)
        return upload

    def clean_text(self):
        text = clean_text(self.cleaned_data.get("text", "")).strip()
        if text and self.step.evidence == Evidence.URL:
            try:
                URLValidator(schemes=["http", "https"])(text)
            except ValidationError as exc:
                raise ValidationError(_("Enter a web address starting with https://")) from exc
        return text

    def clean_comment(self):
        return clean_text(self.cleaned_data.get("comment", "")).strip()


class MessageForm(forms.Form):
    """A message on a step's conversation, with an optional attachment checked like
    evidence (size and real type)."""

    body = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    attachment = forms.FileField(
        label=_("Attach a file (optional)"),
        required=False,
        help_text=_("PDF, PNG or JPEG, at most 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.png,.jpg,.jpeg"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="message", **kwargs)
        self.content_type = ""

    def clean_body(self):
        return clean_text(self.cleaned_data.get("body", "")).strip()

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            self.content_type = sniff_evidence(upload)
        return upload

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("body") and not data.get("attachment"):
            raise ValidationError(_("Write a message or attach a file."), code="empty")
        return data


class DecisionForm(forms.Form):
    """A staff decision with a comment for the business, which one of the decisions
    (`COMMENT_REQUIRED_FOR`) requires. Subclasses name the decisions and the wording."""

    DECISIONS: list = []
    COMMENT_REQUIRED_FOR = ""
    COMMENT_LABEL = _("Comment for the business")
    COMMENT_HELP = ""
    COMMENT_MISSING = ""

    decision = forms.ChoiceField(label=_("Decision"), choices=(), widget=forms.RadioSelect)
    comment = forms.CharField(
        required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].choices = self.DECISIONS
        self.fields["comment"].label = self.COMMENT_LABEL
        self.fields["comment"].help_text = self.COMMENT_HELP

    def clean_comment(self):
        return clean_text(self.cleaned_data.get("comment", "")).strip()

    def clean(self):
        data = super().clean()
        if data.get("decision") == self.COMMENT_REQUIRED_FOR and not data.get("comment"):
            self.add_error("comment", self.COMMENT_MISSING)
        return data


class ReviewForm(DecisionForm):
    """Staff review a submitted step; `version` refuses a stale decision."""

    DECISIONS = [("approve", _("Approve")), ("request_changes", _("Request changes"))]
    COMMENT_REQUIRED_FOR = "request_changes"
    COMMENT_HELP = _("Required when you request changes.")
    COMMENT_MISSING = _("Say what needs to change.")

    version = forms.IntegerField(widget=forms.HiddenInput)


class RegistrationDecisionForm(DecisionForm):
    """Staff approve or reject a pending registration; a rejection needs a reason.
    `others` are the other registrations with the same tax code: approving this one
    rejects those still open, so it needs a reason for them, and replacing an approved
    one needs `replace_approved` ticked."""

    DECISIONS = [("approve", _("Approve")), ("reject", _("Reject"))]
    COMMENT_REQUIRED_FOR = "reject"
    COMMENT_LABEL = _("Reason, sent to the business")
    COMMENT_HELP = _("Required when you reject: say what to correct.")
    COMMENT_MISSING = _("Say why the registration is rejected.")

    others_reason = forms.CharField(
        label=_("Reason sent to the other registrations of this tax code"),
        help_text=_(
            "Approving this registration rejects the others with this tax code that are "
            "still open. Say why, e.g. what the tax registry shows."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    replace_approved = forms.BooleanField(
        label=_(
            "I checked: this registration is the real owner of the tax code, and the "
            "business approved with it loses its approval."
        ),
        required=False,
    )

    def __init__(self, *args, others=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.open_others = [
            b for b in others if b.status in (Business.Status.PENDING, Business.Status.APPROVED)
        ]
        self.approved_other = any(b.status == Business.Status.APPROVED for b in others)
        if not self.open_others:
            del self.fields["others_reason"]
        if not self.approved_other:
            del self.fields["replace_approved"]

    def clean_others_reason(self):
        return clean_text(self.cleaned_data.get("others_reason", "")).strip()

    def clean(self):
        data = super().clean()
        if data.get("decision") != "approve":
            return data
        if self.open_others and not data.get("others_reason"):
            self.add_error(
                "others_reason",
                _("Say why the other registrations of this tax code are rejected (they are told)."),
            )
        if self.approved_other and not data.get("replace_approved"):
            self.add_error(
                "replace_approved",
                _(
                    "Another business with this tax code is approved. Reject this claim, or "
                    "confirm that it replaces the approved one."
                ),
            )
        return data
