"""The one bilingual mechanism (portal.i18n): the accessor and what it calls blank (the
`{% tr %}` tag built on it: test_portal_tags.py)."""

from types import SimpleNamespace

from django.utils import translation
from wagtail.rich_text import RichText

from portal.blocks import ParagraphBlock
from portal.i18n import Translated, is_blank, missing_english, translated


def test_english_when_there_is_english():
    page = SimpleNamespace(title="Bán hàng", title_en="Selling")
    assert translated(page, "title", "en") == Translated("Selling", "en", is_fallback=False)
    assert translated(page, "title", "vi") == Translated("Bán hàng", "vi", is_fallback=False)


def test_vietnamese_marked_as_fallback_when_english_is_missing():
    page = SimpleNamespace(title="Bán hàng", title_en="  ")
    result = translated(page, "title", "en")
    assert result == Translated("Bán hàng", "vi", is_fallback=True)
    assert str(result) == "Bán hàng"


def test_nothing_to_mark_when_both_are_empty():
    result = translated({"caption": "", "caption_en": ""}, "caption", "en")
    assert result.is_fallback is False and not result


def test_active_language_by_default_and_variants_of_english():
    obj = {"text": "Xin chào", "text_en": "Hello"}
    with translation.override("en"):
        assert translated(obj, "text").value == "Hello"
    with translation.override("vi"):
        assert translated(obj, "text").value == "Xin chào"
    assert translated(obj, "text", "en-gb").value == "Hello"


def test_struct_values_and_rich_text():
    block = ParagraphBlock()
    value = block.to_python({"text": "<p>Nội dung</p>", "text_en": "<p></p>"})
    result = translated(value, "text", "en")
    assert result.is_fallback and isinstance(result.value, RichText)
    value = block.to_python({"text": "<p>Nội dung</p>", "text_en": "<p>Content</p>"})
    assert translated(value, "text", "en").value.source == "<p>Content</p>"


def test_blank_rich_text_is_blank():
    assert is_blank(RichText("<p><br/></p>")) and is_blank("<p>&nbsp;</p>") and is_blank(None)
    assert not is_blank(RichText("<p>x</p>")) and not is_blank(0)


def test_missing_english_lists_fields_with_vietnamese_only():
    obj = {"title": "Tiêu đề", "title_en": "", "text": "", "text_en": "", "alt": "a"}
    assert missing_english(obj, ["title", "text", "alt"]) == ["title", "alt"]
