"""Lessons' English titles: shown in English when filled, the Vietnamese ones otherwise."""

import copy
from unittest import mock

import pytest

from courses import demo
from courses.models import LessonPage
from tests.courses.builders import add_course, lessons_of
from tests.courses.test_demo import FIXTURE
from tests.courses.test_learner_flow import enrolled_client

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
    assert "Next: " + untranslated in page
    assert "<title>Lesson two" in page

    assert "Next lesson: Lesson one" in client.get("/learning/?lang=en").text

    page = client.get(second.url + "?lang=vi").text
    assert "<h1>Bài 2</h1>" in page and "Lesson two" not in page
    assert "untranslated" not in page  # Vietnamese is the original: nothing to mark
    assert "Bài 1" in client.get("/learning/?lang=vi").text


def test_demo_fills_english_lesson_titles_where_given(reference_data):
    from home.demo import load_accounts, load_home_page

    load_accounts()
    load_home_page()
    data = copy.deepcopy(FIXTURE)
    data[0]["lessons"][0]["title_en"] = "Introduction"
    with mock.patch("certification.services.certificate_issue"):
        demo.load(courses=data)
        titles = dict(LessonPage.objects.values_list("title", "title_en"))
        assert titles["Bài 1"] == "Introduction"
        assert titles["Bài 2"] == ""  # not given: left empty
        # Given later: an empty title_en is filled; an editor's is kept.
        LessonPage.objects.filter(title="Bài 1").update(title_en="Edited")
        data[0]["lessons"][1]["title_en"] = "The quiz"
        demo.load(courses=data)
    titles = dict(LessonPage.objects.values_list("title", "title_en"))
    assert titles["Bài 1"] == "Edited"
    assert titles["Bài 2"] == "The quiz"
