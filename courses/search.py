"""Search text without Vietnamese diacritics: people often type "xuat khau" for "xuất khẩu",
and neither SQLite's tokenizer (it keeps stacked marks such as "ấ") nor PostgreSQL's
default configuration folds them."""

import re
import unicodedata

from django.utils.html import strip_tags


def fold(text: str) -> str:
    """Lower case, without combining marks; đ/Đ become d (they are letters, not marks)."""
    text = unicodedata.normalize("NFD", text or "").replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def folded(*parts: str) -> str:
    """The parts (plain text or rich text HTML) joined and folded, for a search field."""
    return fold(" ".join(strip_tags(part or "") for part in parts))


MAX_SEARCH_TERMS = 20
OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def search_terms(text: str) -> str:
    """The words of a visitor's query, folded, for the search backend: letters and digits
    only. Wagtail's SQLite backend puts each word between double quotes without escaping
    them (FTS5 syntax), so a `"` in the query would be a 500; NUL breaks PostgreSQL. Operators
    such as `*` or `-` are not offered: they go, and so do AND, OR, NOT, NEAR written in
    capitals (meant as syntax; in lower case they are words)."""
    words = [
        w
        for w in re.findall(r"\w+", unicodedata.normalize("NFC", text or "").replace("_", " "))
        if w not in OPERATORS
    ]
    return " ".join(fold(" ".join(words[:MAX_SEARCH_TERMS])).split())
