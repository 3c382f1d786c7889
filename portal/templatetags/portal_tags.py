from django import template
from django.utils.translation import get_language

from portal.i18n import in_language

register = template.Library()


@register.simple_tag
def localized(obj, field: str):
    """`field` of `obj` in the active language (its `<field>_en` twin in English)."""
    return in_language(obj, field, get_language() or "vi")
