"""The one place where user-written text is cleaned of HTML (bleach)."""

import html
import re

import bleach

# A character reference with its semicolon (&amp; &#39; &#x1F600;): HTML's legacy forms
# without one ("&copy" inside "R&copyright") are left as typed.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str) -> str:
    """``text`` with its HTML character references turned back into characters."""
    return _ENTITY.sub(lambda match: html.unescape(match.group(0)), text)


def clean_text(value: str) -> str:
    """Plain text: every tag removed, characters kept as typed ("A & B", not
    "A &amp; B"). Stored like this, it is escaped where it is shown: by templates in
    pages, not at all in plain-text e-mails, CSV and PDF."""
    return unescape_entities(bleach.clean(value or "", tags=[], attributes={}, strip=True))
