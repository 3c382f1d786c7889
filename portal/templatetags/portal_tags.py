"""`{% tr %}`: content fields in the reader's language, with untranslated text marked.

    {% tr course "title" %}                  plain text
    {% tr course "description" rich=True %}  rich text (a RichTextField or RichTextBlock)
    {% tr value "text" linebreaks=True %}    plain text whose line breaks are kept
    {% tr step "guidance" paragraphs=True %} plain text, a <p> per blank-line paragraph
    {% tr template "description" truncate=30 %}  the first 30 words
    {% tr question.text %}                   a Translated value computed in Python
    {% tr lesson "title" plain=True %}       the bare text, for attributes and <title>
    {% tr choice.text quiet=True %}          no visible mark: an enclosing element has it
    {% untranslated_mark block=True %}       the mark alone, after a list of quiet items
    {{ items|all_untranslated:"text" }}      every item of a list falls back to Vietnamese

In English, a field without its English shows the Vietnamese inside an element with
lang="vi" and class "untranslated", followed by a small "(not yet translated)" mark
(portal.i18n.as_html).
"""

from django import template

from portal import i18n
from portal.i18n import Translated, as_html, translated

register = template.Library()


@register.simple_tag
def tr(
    obj,
    field=None,
    *,
    rich=False,
    paragraphs=False,
    linebreaks=False,
    truncate=0,
    plain=False,
    quiet=False,
):
    """`field` of `obj` in the active language (see the module docstring)."""
    if obj is None:
        return ""
    result = obj if isinstance(obj, Translated) else translated(obj, field)
    if plain:
        return str(result)
    return as_html(
        result,
        rich=rich,
        paragraphs=paragraphs,
        linebreaks=linebreaks,
        truncate=truncate,
        quiet=quiet,
    )


@register.simple_tag(name="untranslated_mark")
def untranslated_mark_tag(*, block=False):
    """The "(not yet translated)" mark alone, after a list shown with `quiet=True`."""
    return i18n.untranslated_mark(block=block)


@register.filter
def all_untranslated(items, field="text"):
    """{% if value.items|all_untranslated:"text" %}: every item falls back to Vietnamese."""
    if isinstance(items, (list, tuple)) and items and isinstance(items[0], Translated):
        return all(item.is_fallback for item in items)
    return i18n.all_fallbacks(list(items or []), field)
