"""portal/templatetags/portal_tags.py: `{% tr %}`, `{% untranslated_mark %}` and
`all_untranslated` show content fields in the reader's language, untranslated text marked."""

from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.utils import translation

from portal.blocks import ParagraphBlock
from portal.i18n import Translated

MARK = '<small class="untranslated-mark">(not yet translated)</small>'


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
