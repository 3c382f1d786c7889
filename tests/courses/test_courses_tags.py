"""courses/templatetags/courses_tags.py: `get_item` reads a dictionary by a variable key;
`legal_basis` finds the LegalBasis a callout cites by key, or keeps its free text."""

import pytest
from django.template import Context, Template

from courses.models import LegalBasis


def render(source: str, **context) -> str:
    return Template("{% load courses_tags %}" + source).render(Context(context))


def test_get_item_reads_the_key_held_in_a_variable():
    statuses = {7: "completed", 8: "active"}
    assert render("{{ statuses|get_item:pk }}", statuses=statuses, pk=7) == "completed"
    assert render("{{ statuses|get_item:pk }}", statuses=statuses, pk=8) == "active"


def test_get_item_of_a_missing_key_or_no_mapping_is_nothing():
    template = "{% with s=statuses|get_item:pk %}{% if s %}yes{% else %}no{% endif %}{% endwith %}"
    assert render(template, statuses={7: "completed"}, pk=9) == "no"
    assert render(template, statuses=None, pk=7) == "no"
    assert render(template, pk=7) == "no"  # the learner has no enrolments at all


@pytest.mark.django_db
def test_legal_basis_finds_the_record_cited_by_its_key():
    LegalBasis.objects.create(key="decree-146-2025", title="Nghị định 146/2025/NĐ-CP")
    LegalBasis.objects.create(key="law-122-2025", title="Luật 122/2025/QH15")
    source = "{% legal_basis key as basis %}{{ basis.key }}|{{ basis.title }}"
    assert render(source, key="law-122-2025") == "law-122-2025|Luật 122/2025/QH15"
    assert render(source, key="decree-146-2025") == "decree-146-2025|Nghị định 146/2025/NĐ-CP"


@pytest.mark.django_db
def test_legal_basis_keeps_free_text_and_unknown_keys_as_written(django_assert_num_queries):
    LegalBasis.objects.create(key="law-122-2025", title="Luật 122/2025/QH15")
    source = (
        "{% legal_basis key as basis %}{% if basis.key %}record{% else %}{{ basis }}{% endif %}"
    )
    with django_assert_num_queries(0):  # a document's name is not looked up
        assert render(source, key="Nghị định 52/2013/NĐ-CP") == "Nghị định 52/2013/NĐ-CP"
        assert render(source, key="") == ""
    assert render(source, key="law-999-2030") == "law-999-2030"  # shaped like a key, none
