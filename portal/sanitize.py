"""The one place where user-written HTML is cleaned (bleach, explicit allowlist)."""

import html
import re

import bleach

ALLOWED_TAGS = ["p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a", "blockquote"]
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"]}
ALLOWED_PROTOCOLS = ["http", "https", "mailto"]
# A character reference with its semicolon (&amp; &#39; &#x1F600;): HTML's legacy forms
# without one ("&copy" inside "R&copyright") are left as typed.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def clean_html(value: str) -> str:
    """Keeps simple formatting and links; drops scripts, styles and event handlers."""
    cleaned = bleach.clean(
        value or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
    )
    return bleach.linkify(cleaned, callbacks=[bleach.callbacks.nofollow])


def unescape_entities(text: str) -> str:
    """``text`` with its HTML character references turned back into characters."""
    return _ENTITY.sub(lambda match: html.unescape(match.group(0)), text)


def clean_text(value: str) -> str:
    """Plain text: every tag removed, characters kept as typed ("A & B", not
    "A &amp; B"). Stored like this, it is escaped where it is shown: by templates in
    pages, not at all in plain-text e-mails, CSV and PDF."""
    return unescape_entities(bleach.clean(value or "", tags=[], attributes={}, strip=True))
