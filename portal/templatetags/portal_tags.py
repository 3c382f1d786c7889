"""`{% tr %}`: content fields in the reader's language, with untranslated text marked.

    {% tr course "title" %}                  plain text
    {% tr course "description" rich=True %}  rich text (a RichTextField or RichTextBlock)
    {% tr value "text" linebreaks=True %}    plain text whose line breaks are kept
    {% tr step "guidance" paragraphs=True %} plain text, a <p> per blank-line paragraph
    {% tr template "description" truncate=30 %}  the first 30 words
    {% tr question.text %}                   a Translated value computed in Python
    {% tr lesson "title" plain=True %}       the bare text, for attributes and <title>

In English, a field without its English shows the Vietnamese inside an element with
lang="vi" and class "untranslated", followed by a small "(not yet translated)" mark
(portal.i18n.as_html).
"""

from django import template

from portal.i18n import Translated, as_html, translated

register = template.Library()


@register.simple_tag
def tr(obj, field=None, *, rich=False, paragraphs=False, linebreaks=False, truncate=0, plain=False):
    """`field` of `obj` in the active language (see the module docstring)."""
    if obj is None:
        return ""
    result = obj if isinstance(obj, Translated) else translated(obj, field)
    if plain:
        return str(result)
    return as_html(
        result, rich=rich, paragraphs=paragraphs, linebreaks=linebreaks, truncate=truncate
    )
