"""Blocks shared by the apps' StreamFields (the lowest layer that needs them: the home
page and lesson bodies both use them). Bilingual like every content field: a child
`text` holds the Vietnamese, its sibling `text_en` the English (portal.i18n)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    text_en = blocks.CharBlock(label=_("text (English)"), required=False)
    level = blocks.ChoiceBlock(
        label=_("level"), choices=[("h2", "H2"), ("h3", "H3")], default="h2", required=False
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")


class ParagraphBlock(blocks.StructBlock):
    """Rich text in both languages."""

    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("text"))
    text_en = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("text (English)"), required=False
    )

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Text")
