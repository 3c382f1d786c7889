"""Signed-in pages are private to the browser, and the parts every learner shares are
rendered once: a lesson's blocks per published revision and language."""

import pytest
from django.core.cache import cache
from django.test import Client

from courses import services
from tests.courses.builders import add_course, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(learner, section_hcm):
    cache.clear()
    course = add_course(section_hcm, lessons=2)
    services.enrolment_create(user=learner, course=course)
    client = Client()
    client.force_login(learner)
    yield client, lessons_of(course)[0]
    cache.clear()


def _edit_text(lesson, text: str) -> None:
    """Changes the lesson's text block in place (same block id), without a new revision."""
    raw = list(lesson.body.raw_data)
    for block in raw:
        if block["type"] == "text":
            block["value"] = {**block["value"], "text": f"<p>{text}</p>"}
    lesson.body = raw
    lesson.save()


def test_a_lesson_body_is_rendered_once_per_published_revision_and_language(enrolled):
    client, lesson = enrolled
    assert "Nội dung bài học" in client.get(lesson.url).text
    _edit_text(lesson, "Nội dung đã sửa")
    # The same published revision: its blocks come from the cache.
    assert "Nội dung bài học" in client.get(lesson.url).text
    # Another language is rendered on its own (the English is missing: marked).
    english = client.get(lesson.url + "?lang=en").text
    assert "Nội dung đã sửa" in english and "not yet translated" in english
    client.get(lesson.url + "?lang=vi")
    lesson.refresh_from_db()
    lesson.save_revision().publish()
    assert "Nội dung đã sửa" in client.get(lesson.url).text


def test_signed_in_pages_are_private_and_anonymous_ones_are_not(enrolled, client, home_page):
    learner_client, lesson = enrolled
    for url in ("/learning/", "/", lesson.url):
        assert "private" in learner_client.get(url)["Cache-Control"], url
    assert "private" not in client.get("/").get("Cache-Control", "")
