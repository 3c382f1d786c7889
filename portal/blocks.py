"""Blocks shared by the apps' StreamFields (the lowest layer that needs them: the home
page and lesson bodies both use them). Bilingual like every content field: a child
`text` holds the Vietnamese, its sibling `text_en` the English (portal.i18n)."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.i18n import EN_SUFFIX, excerpt, is_blank

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


@dataclass(frozen=True)
class MissingEnglish:
    """A text of a StreamField that has Vietnamese but no English: where it is (block
    labels with their positions, e.g. ("Quiz 8", "Question 2", "Choice 1")), the label of
    the field and the start of its Vietnamese."""

    where: tuple[str, ...]
    field: str
    text: str


def missing_english_in_stream(stream) -> list[MissingEnglish]:
    """Every child `x` of every block of `stream` (a StreamValue) that has an `x_en`
    sibling and only its Vietnamese, however deep (quiz choices inside questions)."""
    return list(_walk(stream.stream_block, stream, ()))


def _walk(block, value, where: tuple[str, ...]) -> Iterator[MissingEnglish]:
    if value is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for position, child in enumerate(value, start=1):
            yield from _walk(child.block, child.value, (*where, f"{child.block.label} {position}"))
    elif isinstance(block, blocks.ListBlock):
        for position, item in enumerate(value, start=1):
            label = f"{block.child_block.label} {position}"
            yield from _walk(block.child_block, item, (*where, label))
    elif isinstance(block, blocks.StructBlock):
        children = block.child_blocks
        for name, child in children.items():
            if name.endswith(EN_SUFFIX):
                continue
            if name + EN_SUFFIX in children:
                if not is_blank(value.get(name)) and is_blank(value.get(name + EN_SUFFIX)):
                    yield MissingEnglish(where, str(child.label), excerpt(value.get(name)))
            else:
                yield from _walk(child, value.get(name), where)
