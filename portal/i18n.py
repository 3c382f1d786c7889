"""The one bilingual mechanism: content fields come in two languages.

A translatable field `x` holds the Vietnamese original and its sibling `x_en` the English
(blank until someone translates it). The same naming everywhere: model and page fields,
snippets, and the children of StreamField StructBlocks (`text` / `text_en`). Everything
that shows content in a language reads it through `translated()`, so an English reader
gets the Vietnamese original when the English is missing, flagged `is_fallback` (the
`{% tr %}` tag marks it visibly as not yet translated; e-mails and PDFs choose themselves).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.template.defaultfilters import linebreaks as linebreaks_filter
from django.template.defaultfilters import linebreaksbr
from django.utils.html import conditional_escape, format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext
from wagtail.fields import StreamField

ORIGINAL = "vi"
ENGLISH = "en"
EN_SUFFIX = "_en"

# What an emptied rich text editor leaves behind: no text, no image, no embed.
_BLANK_HTML = re.compile(r"^(?:\s|&nbsp;|<p>|</p>|<br\s*/?>)*$", re.IGNORECASE)


@dataclass(frozen=True)
class Translated:
    """A field's value in the language asked for. `language` is the language of `value`
    (Vietnamese when it falls back); `is_fallback` says the English was asked for but is
    missing. Renders as its value, so `{{ t }}` and `str(t)` show the text itself."""

    value: Any
    language: str
    is_fallback: bool = False

    def __str__(self) -> str:
        return "" if self.value is None else str(self.value)

    def __bool__(self) -> bool:
        return not is_blank(self.value)


def normalise_language(language: str | None = None) -> str:
    """ "en" for any English variant, otherwise the original language "vi"; the active
    language when none is given."""
    language = language or get_language() or ORIGINAL
    return ENGLISH if language.lower().startswith(ENGLISH) else ORIGINAL


def is_blank(value: Any) -> bool:
    """Nothing to read: None, whitespace, or rich text with no content (RichText values
    are read through their `source`)."""
    if value is None:
        return True
    source = getattr(value, "source", value)
    if isinstance(source, str):
        return _BLANK_HTML.match(source) is not None
    try:
        return len(source) == 0  # a list, a StreamValue
    except TypeError:
        return False


def _read(obj: Any, name: str) -> Any:
    # StructValues are dicts; model instances and dataclasses have attributes.
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def translated(obj: Any, field: str, language: str | None = None) -> Translated:
    """`field` of `obj` (a model instance, a dict or a Wagtail StructValue) in `language`
    (the active language when None). English asked for and `<field>_en` blank: the
    Vietnamese value with `is_fallback=True`."""
    language = normalise_language(language)
    original = _read(obj, field)
    if language == ENGLISH:
        english = _read(obj, field + EN_SUFFIX)
        if not is_blank(english):
            return Translated(english, ENGLISH)
        return Translated(original, ORIGINAL, is_fallback=not is_blank(original))
    return Translated(original, ORIGINAL)


def as_html(
    result: Translated,
    *,
    rich: bool = False,
    paragraphs: bool = False,
    linebreaks: bool = False,
    truncate: int = 0,
    quiet: bool = False,
) -> SafeString:
    """`result` as HTML: escaped text (line breaks kept with `linebreaks`, blank lines
    starting paragraphs with `paragraphs`, cut after `truncate` words) or rich text
    (`rich`). A fallback is wrapped in an element with lang="vi" and class "untranslated"
    and followed by a small "(not yet translated)" mark, so it never passes silently;
    `quiet` leaves the mark out where an enclosing element already carries it (the choices
    of an untranslated quiz question)."""
    block = rich or paragraphs  # block-level HTML: wrapped in a div, not a span
    if rich:
        # Here, not at the top: wagtailcore_tags loads the Page model when imported, and
        # models import this module.
        from wagtail.templatetags.wagtailcore_tags import richtext

        html = richtext("" if result.value is None else result.value)
    elif paragraphs:
        html = linebreaks_filter(str(result), autoescape=True)
    elif truncate:
        html = conditional_escape(Truncator(str(result)).words(truncate))
    elif linebreaks:
        html = linebreaksbr(str(result), autoescape=True)
    else:
        html = conditional_escape(str(result))
    if not result.is_fallback:
        return mark_safe(html)  # noqa: S308 - escaped, or rich text expanded by Wagtail
    tag = "div" if block else "span"
    original = format_html('<{} lang="vi" class="untranslated">{}</{}>', tag, html, tag)
    if quiet:
        return original
    separator = "" if block else " "
    return format_html("{}{}{}", original, separator, untranslated_mark(block=block))


def untranslated_mark(*, block: bool = False) -> SafeString:
    """The visible "(not yet translated)" mark: after a text (`block`: on its own line,
    after a paragraph or a list whose items are all untranslated)."""
    label = gettext("not yet translated")
    if block:
        return format_html('<p class="untranslated-mark">({})</p>', label)
    return format_html('<small class="untranslated-mark">({})</small>', label)


def all_fallbacks(items, field: str, language: str | None = None) -> bool:
    """Whether every one of `items` (at least one) shows its Vietnamese `field` for want
    of English: then one mark after the list says it, instead of one per item."""
    results = [translated(item, field, language) for item in items]
    return bool(results) and all(result.is_fallback for result in results)


def missing_english(obj: Any, fields: list[str] | tuple[str, ...]) -> list[str]:
    """The fields of `obj` that have Vietnamese but no English (for the trainers' report)."""
    return [
        field
        for field in fields
        if not is_blank(_read(obj, field)) and is_blank(_read(obj, field + EN_SUFFIX))
    ]


def excerpt(value: Any, length: int = 90) -> str:
    """The start of a text (rich text without its tags), on one line: to recognise it."""
    text = strip_tags(str(getattr(value, "source", value) or ""))
    return Truncator(" ".join(text.split())).chars(length)


def translatable_fields(model) -> list[str]:
    """The fields `x` of a Django model that have an `x_en` sibling, in declaration order
    (StreamFields excluded: their blocks hold both languages, see portal.blocks)."""
    names = {field.name for field in model._meta.get_fields()}
    return [
        field.name
        for field in model._meta.get_fields()
        if field.name + EN_SUFFIX in names
        and not field.name.endswith(EN_SUFFIX)
        and not isinstance(field, StreamField)
    ]


def language_of(user) -> str:
    """The language `user` last chose in the portal (Vietnamese when unknown)."""
    profile = getattr(user, "profile", None)
    return getattr(profile, "language", None) or "vi"


def emails_by_language(rows) -> dict[str, list[str]]:
    """Groups (e-mail, language) pairs so that each person gets an e-mail in the language
    they read the portal in: {"vi": [...], "en": [...]}."""
    groups: dict[str, list[str]] = {}
    for email, language in rows:
        if email:
            groups.setdefault(language or "vi", []).append(email)
    return groups
