"""Search text without Vietnamese diacritics: people often type "xuat khau" for "xuất khẩu",
and neither SQLite's tokenizer (it keeps stacked marks such as "ấ") nor PostgreSQL's
default configuration folds them."""

import unicodedata

from django.utils.html import strip_tags


def fold(text: str) -> str:
    """Lower case, without combining marks; đ/Đ become d (they are letters, not marks)."""
    text = unicodedata.normalize("NFD", text or "").replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def folded(*parts: str) -> str:
    """The parts (plain text or rich text HTML) joined and folded, for a search field."""
    return fold(" ".join(strip_tags(part or "") for part in parts))
