"""home/blocks.py: the home page's feature cards, each text in the visitor's language with
the Vietnamese where no English was written, and a link named by its text or its address."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from home.blocks import FeatureBlock, HomeBodyBlock

CARD = {
    "title": "Doanh nghiệp",
    "title_en": "Businesses",
    "text": "Học bán hàng trực tuyến.",
    "text_en": "",
    "link_url": "/courses/",
    "link_text": "Xem khoá học",
    "link_text_en": "See the courses",
}


def _render(value: list, language: str) -> str:
    block = HomeBodyBlock()
    with translation.override(language):
        return block.render(block.to_python(value))


def _grid(*features, heading="Cổng dành cho ai?", heading_en="Who is the portal for?"):
    return [
        {
            "type": "features",
            "value": {"heading": heading, "heading_en": heading_en, "features": list(features)},
        }
    ]


def test_a_card_speaks_the_visitors_language_and_falls_back_to_vietnamese():
    english = _render(_grid(CARD), "en")
    assert "<h2>Who is the portal for?</h2>" in english
    assert "<h3>Businesses</h3>" in english
    # No English written: the Vietnamese, marked as such.
    assert '<span lang="vi" class="untranslated">Học bán hàng trực tuyến.</span>' in english
    assert '<a href="/courses/">See the courses</a>' in english
    vietnamese = _render(_grid(CARD), "vi")
    assert "<h2>Cổng dành cho ai?</h2>" in vietnamese and "<h3>Doanh nghiệp</h3>" in vietnamese
    assert '<a href="/courses/">Xem khoá học</a>' in vietnamese


def test_a_link_without_text_shows_its_address_and_no_link_shows_nothing():
    unnamed = dict(CARD, link_text="", link_text_en="")
    html = _render(_grid(unnamed), "vi")
    assert '<a href="/courses/">/courses/</a>' in html
    html = _render(_grid(dict(CARD, link_url=""), heading="", heading_en=""), "vi")
    assert "<a " not in html and "<h2>" not in html


def test_the_card_text_is_escaped():
    html = _render(_grid(dict(CARD, title="<script>alert(1)</script>")), "vi")
    assert "<script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("missing", ["title", "text"])
def test_a_card_needs_its_vietnamese_title_and_text(missing):
    block = FeatureBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python(dict(CARD, **{missing: ""})))
    block.clean(block.to_python(dict(CARD, title_en="", text_en="", link_url="")))
