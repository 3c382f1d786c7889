"""The courses app's reads (courses/selectors.py)."""

import pytest
from django.http import QueryDict
from django.utils import translation

from courses import selectors

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "shared"),
    [
        ("", True),
        ("level=beginner&audience=business&province=national&page=3", True),
        ("province=79", True),
        ("province=abcd", False),
        ("q=", False),
        ("page=-1", False),
        ("fbclid=1", False),
    ],
)
def test_catalog_query_is_shared(query, shared):
    assert selectors.catalog_query_is_shared(params=QueryDict(query)) is shared


def test_dropoff_counts(activity):
    rows = selectors.course_dropoff(course=activity[0])
    assert [r.done for r in rows] == [2, 1, 1]
    assert [r.stopped for r in rows] == [0, 1, 0]


def test_lists_every_text_without_english_where_it_is(courses_in_two_provinces):
    course, _ = courses_in_two_provinces
    with translation.override("en"):  # block and field labels in the reader's language
        rows = selectors.course_untranslated(course=course)
    found = {(type(r.page).__name__, r.where, r.field, r.text) for r in rows}
    assert found == {
        ("CoursePage", (), "learning outcomes", "Biết bán"),
        ("LessonPage", ("Text 2",), "text", "Đoạn một"),
        ("LessonPage", ("Quiz 4", "Question 1", "Choice 2"), "text", "Sai"),
        ("LessonPage", ("Quiz 4", "Question 1"), "explanation", "Vì thế."),
    }
    # In order: the course first, then its lessons' blocks top to bottom.
    assert [r.where for r in rows][:2] == [(), ("Text 2",)]
    assert selectors.course_untranslated_counts(courses=[course]) == {course.pk: 4}
