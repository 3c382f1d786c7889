"""The one bilingual mechanism (portal.i18n): the accessor and the `{% tr %}` tag."""

from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.utils import translation
from wagtail.rich_text import RichText

from portal.blocks import HeadingBlock, ParagraphBlock
from portal.i18n import Translated, is_blank, missing_english, translated

MARK = '<small class="untranslated-mark">(not yet translated)</small>'


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


def render(source: str, language: str, **context) -> str:
    with translation.override(language):
        return Template("{% load portal_tags %}" + source).render(Context(context))


@pytest.mark.parametrize("language", ["vi", "en"])
def test_tag_shows_the_reader_language_without_mark(language):
    page = SimpleNamespace(title="Bán <hàng>", title_en="Selling <online>")
    html = render('{% tr page "title" %}', language, page=page)
    assert html == ("Bán &lt;hàng&gt;" if language == "vi" else "Selling &lt;online&gt;")


def test_tag_marks_a_fallback_in_english_only():
    page = SimpleNamespace(title="Bán <hàng>", title_en="")
    assert render('{% tr page "title" %}', "vi", page=page) == "Bán &lt;hàng&gt;"
    html = render('{% tr page "title" %}', "en", page=page)
    assert html == '<span lang="vi" class="untranslated">Bán &lt;hàng&gt;</span> ' + MARK


def test_tag_plain_for_attributes():
    page = SimpleNamespace(title="Bán <hàng>", title_en="")
    html = render('<img alt="{% tr page "title" plain=True %}">', "en", page=page)
    assert html == '<img alt="Bán &lt;hàng&gt;">'


def test_tag_rich_text_block_level_mark():
    value = ParagraphBlock().to_python({"text": "<p>Nội dung</p>", "text_en": ""})
    html = render('{% tr value "text" rich=True %}', "en", value=value)
    assert html == (
        '<div lang="vi" class="untranslated"><p>Nội dung</p></div>'
        '<p class="untranslated-mark">(not yet translated)</p>'
    )
    assert render('{% tr value "text" rich=True %}', "vi", value=value) == "<p>Nội dung</p>"


def test_tag_paragraphs_and_truncate():
    step = SimpleNamespace(guidance="Một\nhai\n\nBa", guidance_en="")
    html = render('{% tr step "guidance" paragraphs=True %}', "vi", step=step)
    assert html == "<p>Một<br>hai</p>\n\n<p>Ba</p>"
    text = SimpleNamespace(description="a b c d", description_en="one two three four")
    assert render('{% tr t "description" truncate=2 %}', "en", t=text) == "one two…"


def test_tag_renders_a_translated_value_and_the_mark_label_is_translated():
    html = render("{% tr value %}", "en", value=Translated("Câu hỏi", "vi", is_fallback=True))
    assert 'lang="vi"' in html and "Câu hỏi" in html
    # The label itself is a translatable string (the vi catalogue has it).
    with translation.override("vi"):
        from django.utils.translation import gettext

        assert gettext("not yet translated") != "not yet translated"


def test_shared_heading_block_renders_in_the_reader_language():
    block = HeadingBlock()
    value = block.to_python({"text": "Mở đầu", "text_en": "Introduction", "level": "h3"})
    with translation.override("en"):
        assert block.render(value).strip() == "<h3>Introduction</h3>"
    with translation.override("vi"):
        assert block.render(value).strip() == "<h3>Mở đầu</h3>"
    value = block.to_python({"text": "Mở đầu", "text_en": ""})
    with translation.override("en"):
        assert block.render(value).strip().startswith('<h2><span lang="vi"')


def test_tag_quiet_keeps_the_language_without_the_mark():
    value = Translated("Có", "vi", is_fallback=True)
    html = render("{% tr value quiet=True %}", "en", value=value)
    assert html == '<span lang="vi" class="untranslated">Có</span>'


def test_one_mark_for_a_list_whose_items_all_lack_english():
    items = [{"text": "Một", "text_en": ""}, {"text": "Hai", "text_en": ""}]
    source = (
        '{% with quiet=items|all_untranslated:"text" %}{% for i in items %}'
        '{% tr i "text" quiet=quiet %};{% endfor %}{% if quiet %}{% untranslated_mark block=True %}'
        "{% endif %}{% endwith %}"
    )
    html = render(source, "en", items=items)
    assert html == (
        '<span lang="vi" class="untranslated">Một</span>;'
        '<span lang="vi" class="untranslated">Hai</span>;'
        '<p class="untranslated-mark">(not yet translated)</p>'
    )
    assert render(source, "vi", items=items) == "Một;Hai;"
    items[1]["text_en"] = "Two"  # one translated: each untranslated item gets its own mark
    html = render(source, "en", items=items)
    assert html == '<span lang="vi" class="untranslated">Một</span> ' + MARK + ";Two;"
