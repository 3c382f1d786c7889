import re

from django import template

from courses.models import LegalBasis

register = template.Library()

# A callout's legal basis is the key of a LegalBasis, or free text (a document's name).
KEY_SHAPED = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.simple_tag
def legal_basis(value: str):
    """The LegalBasis a callout cites by key (its titles, dates and link), or the free
    text itself when it is not the key of one."""
    if value and KEY_SHAPED.match(value):
        return LegalBasis.objects.filter(key=value).first() or value
    return value
