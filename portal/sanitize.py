"""The one place where user-written HTML is cleaned (bleach, explicit allowlist)."""

import bleach

ALLOWED_TAGS = ["p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a", "blockquote"]
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"]}
ALLOWED_PROTOCOLS = ["http", "https", "mailto"]


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


def clean_text(value: str) -> str:
    """Plain text: every tag removed."""
    return bleach.clean(value or "", tags=[], attributes={}, strip=True)
