"""courses/filters.py: the catalog's filters keep valid values and ignore the rest."""

from django.http import QueryDict

from courses.filters import CatalogFilter


def _values(query):
    return CatalogFilter(QueryDict(query)).values


def test_valid_filters_are_kept():
    assert _values("track=ocop&audience=business&level=beginner&province=79") == {
        "track": "ocop",
        "audience": "business",
        "level": "beginner",
        "province": "79",
    }
    assert _values("province=national") == {"province": "national"}


def test_unknown_values_are_ignored_as_if_absent():
    assert _values("track=junk&audience=&level=expert&province=abcd&province_x=1") == {}


def test_the_search_text_is_stripped_and_cut_at_200_characters():
    assert _values("q=%20shopee%20") == {"q": "shopee"}
    assert len(_values("q=" + "a" * 300)["q"]) == 200
