"""Lessons' English titles: shown in English when filled, the Vietnamese ones otherwise."""

import pytest

from tests.courses.builders import add_course, enrolled_client, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_en(section_hcm):
    course = add_course(section_hcm, lessons=3, quiz=False)
    for lesson, title_en in zip(lessons_of(course), ["Lesson one", "Lesson two", ""], strict=True):
        lesson.title_en = title_en
        lesson.save_revision().publish()
    return course


def test_english_lesson_titles_everywhere(learner, course_en):
    first, second, third = lessons_of(course_en)
    client = enrolled_client(learner, course_en)

    untranslated = (
        '<span lang="vi" class="untranslated">Bài 3</span> '
        '<small class="untranslated-mark">(not yet translated)</small>'
    )
    outline = client.get(course_en.url + "?lang=en").text
    assert "Lesson one" in outline and "Lesson two" in outline
    assert untranslated in outline  # no English title: the Vietnamese one, marked

    page = client.get(second.url + "?lang=en").text
    assert "<h1>Lesson two</h1>" in page
    assert "Previous: Lesson one" in page
    assert untranslated in page  # the lesson list names the third lesson, marked
    assert "<title>Lesson two" in page

    assert "Next lesson: Lesson one" in client.get("/learning/?lang=en").text

    page = client.get(second.url + "?lang=vi").text
    assert "<h1>Bài 2</h1>" in page and "Lesson two" not in page
    assert "untranslated" not in page  # Vietnamese is the original: nothing to mark
    assert "Bài 1" in client.get("/learning/?lang=vi").text
