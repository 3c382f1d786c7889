"""onboarding/templatetags/onboarding_tags.py: what needs a business member, and the labels
of the business fields a registration event names."""

from django.template import Context, Template
from django.urls import reverse


def test_the_home_page_include_shows_change_requests_to_the_member_only(
    rf, learner, other_learner, changes_requested
):
    tpl = Template("{% load onboarding_tags %}{% onboarding_needs_you %}")
    mine = tpl.render(Context({"user": learner}))
    assert "Chụp cả chân trang." in mine
    assert reverse("onboarding:step", args=[changes_requested.pk]) in mine
    assert tpl.render(Context({"user": other_learner})).strip() == ""


def test_a_corrected_field_is_named_by_its_label_in_the_readers_language():
    from django.utils import translation

    tpl = Template("{% load onboarding_tags %}{{ name|business_field_label }}")
    with translation.override("vi"):
        assert tpl.render(Context({"name": "tax_code"})) == "mã số thuế"
    with translation.override("en"):
        assert tpl.render(Context({"name": "former_province"})) == "former province"
        # A field removed since the event was recorded is shown by its name, not an error.
        assert tpl.render(Context({"name": "fax_number"})) == "fax_number"
