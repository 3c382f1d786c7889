"""Template tags of the onboarding app, for its pages and for the pages above it (the
home page shows what needs a business member with `{% onboarding_needs_you %}`)."""

from django import template
from django.core.exceptions import FieldDoesNotExist

from onboarding import selectors
from onboarding.models import Business

register = template.Library()


@register.inclusion_tag("onboarding/includes/needs_you.html", takes_context=True)
def onboarding_needs_you(context):
    """The steps where staff requested changes of the signed-in member's businesses
    (nothing for anyone else). One query."""
    return {"needs_you": selectors.steps_needing_member(user=context.get("user"))}


@register.filter
def business_field_label(name: str) -> str:
    """The translated label of a Business field named in a registration event."""
    try:
        return str(Business._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name
