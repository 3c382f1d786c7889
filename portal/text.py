"""Plain text from people: names that print as typed, and one-line e-mail subjects.

Names (a person's full name, a business's name, anything a certificate prints) refuse
what would make them lie or break: line breaks and control characters (a name with
CR/LF breaks e-mail headers), text-direction overrides (U+202A–U+202E, U+2066–U+2069,
which can show "exe.pdf" as "fdp.exe") and invisible characters (zero-width spaces and
joiners, the BOM, the word joiner), which make two names that look alike differ.
``validate_name`` is the one check, on model fields (admin and snippets) and in
``NameField`` (the forms people fill).
"""

from __future__ import annotations

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.sanitize import clean_text

# Bidirectional overrides, embeddings and isolates, and the direction marks.
DIRECTION_CHARACTERS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
# Zero-width space, non-joiner, joiner; word joiner; zero-width no-break space (BOM).
INVISIBLE_CHARACTERS = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_LINE_BREAKS = frozenset("\u2028\u2029")


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" or ch in _LINE_BREAKS


def validate_name(value: str) -> None:
    """Refuses line breaks, control characters, direction overrides and invisible
    characters in a name, with a message that says which."""
    if not value:
        return
    if any(_is_control(ch) for ch in value):
        raise ValidationError(
            _("A name must be one line: remove line breaks, tabs and control characters."),
            code="name_control",
        )
    if any(ch in DIRECTION_CHARACTERS or ch in INVISIBLE_CHARACTERS for ch in value):
        raise ValidationError(
            _(
                "This name contains invisible or text-direction characters (often copied "
                "with the text). Type the name again."
            ),
            code="name_invisible",
        )


class NameField(forms.CharField):
    """A name in a form: checked as typed (``validate_name``), then stored as plain text
    with tags removed, single spaces and composed (NFC) Vietnamese letters."""

    default_validators = [validate_name]

    def to_python(self, value):
        return unicodedata.normalize("NFC", super().to_python(value))

    def clean(self, value):
        value = super().clean(value)
        cleaned = " ".join(clean_text(value).split())
        if value and not cleaned and self.required:
            raise ValidationError(self.error_messages["required"], code="required")
        return cleaned


_WHITESPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """``text`` on one line: every run of whitespace (line breaks included) becomes one
    space; control, direction and invisible characters go."""
    kept = "".join(
        " " if _is_control(ch) else ch
        for ch in str(text)
        if ch not in DIRECTION_CHARACTERS and ch not in INVISIBLE_CHARACTERS
    )
    return _WHITESPACE.sub(" ", kept).strip()


def email_subject(text: str) -> str:
    """The one way an e-mail subject is made: one line (a CR or LF in a header is refused
    by Django after the data is committed, and the e-mail would be lost)."""
    return one_line(text)
