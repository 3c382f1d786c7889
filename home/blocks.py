"""Blocks shared across the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    level = blocks.ChoiceBlock(label=_("level"), choices=[("h2", "H2"), ("h3", "H3")], default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")


class FeatureBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.TextBlock(label=_("text"))
    link_url = blocks.CharBlock(label=_("link"), required=False)
    link_text = blocks.CharBlock(label=_("link text"), required=False)

    class Meta:
        icon = "pick"
        template = "blocks/feature_block.html"
        label = _("Feature")


class FeatureGridBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    features = blocks.ListBlock(FeatureBlock(), label=_("features"))

    class Meta:
        icon = "grip"
        template = "blocks/feature_grid_block.html"
        label = _("Feature grid")


class HomeBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"], label=_("Paragraph")
    )
    features = FeatureGridBlock()
