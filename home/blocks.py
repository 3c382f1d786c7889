"""Blocks of the home page. Bilingual like every content field (`x` Vietnamese, `x_en`
English); the heading and text blocks are the shared ones of portal.blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.blocks import HeadingBlock, ParagraphBlock


class FeatureBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    title_en = blocks.CharBlock(label=_("title (English)"), required=False)
    text = blocks.TextBlock(label=_("text"))
    text_en = blocks.TextBlock(label=_("text (English)"), required=False)
    link_url = blocks.CharBlock(label=_("link"), required=False)
    link_text = blocks.CharBlock(label=_("link text"), required=False)
    link_text_en = blocks.CharBlock(label=_("link text (English)"), required=False)

    class Meta:
        icon = "pick"
        template = "blocks/feature_block.html"
        label = _("Feature")


class FeatureGridBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    heading_en = blocks.CharBlock(label=_("heading (English)"), required=False)
    features = blocks.ListBlock(FeatureBlock(), label=_("features"))

    class Meta:
        icon = "grip"
        template = "blocks/feature_grid_block.html"
        label = _("Feature grid")


class HomeBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    features = FeatureGridBlock()
