"""Course pages in the whole-page cache: the catalog (shared filters only), course and
lesson pages for anonymous visitors, purged when a course is unpublished or moved."""

import pytest
from django.test import Client
from wagtail.actions.move_page import MovePageAction

from portal import pagecache
from tests.courses.builders import add_course, lessons_of

pytestmark = pytest.mark.django_db


def _state(response):
    return response.headers.get(pagecache.HEADER)


def _twice(client, url):
    first = client.get(url)
    return first, client.get(url)


def test_only_shared_catalog_queries_are_cached(page_cache, course, client):
    for url in ("/courses/", "/courses/?track=platform", "/courses/?province=79&page=2"):
        first, second = _twice(client, url)
        assert (_state(first), _state(second)) == ("miss", "hit"), url
    # Searches, junk values and unknown or repeated parameters: rendered, never stored.
    for url in (
        "/courses/?q=shopee",
        "/courses/?track=junk",
        "/courses/?utm_source=zalo",
        "/courses/?track=ocop&track=platform",
        "/courses/?page=99999",
    ):
        first, second = _twice(client, url)
        assert first.status_code == 200 and _state(second) is None, url


def test_anonymous_course_and_lesson_pages_are_cached_and_learners_get_their_own(
    page_cache, course, learner
):
    from courses import services

    lesson = lessons_of(course)[0]
    anonymous = Client()
    for url in (course.url, lesson.url):
        first, second = _twice(anonymous, url)
        assert (_state(first), _state(second)) == ("miss", "hit")
        assert "private" not in second.get("Cache-Control", "")
    services.enrolment_create(user=learner, course=course)
    signed_in = Client()
    signed_in.force_login(learner)
    mine = signed_in.get(lesson.url)
    assert _state(mine) is None and mine["Cache-Control"] == "private"
    assert "Phần 1" in mine.content.decode()  # the lesson itself, for the enrolled
    assert "Phần 1" not in anonymous.get(lesson.url).content.decode()


def test_unpublishing_a_course_purges_the_catalog_and_its_page(
    page_cache, course, client, django_capture_on_commit_callbacks
):
    _twice(client, "/courses/")
    _twice(client, course.url)
    assert course.title in client.get("/courses/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        course.unpublish()
    assert client.get(course.url).status_code == 404
    assert course.title not in client.get("/courses/").content.decode()


def test_moving_a_course_purges_its_old_address(
    page_cache, section_hcm, section_hanoi, client, django_capture_on_commit_callbacks
):
    course = add_course(section_hcm, slug="se-chuyen")
    old = course.url
    _twice(client, old)
    assert _state(client.get(old)) == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        MovePageAction(course, section_hanoi, pos="last-child", user=None).execute(
            skip_permission_checks=True
        )
    moved = client.get(old)  # Wagtail's redirect to the new address, not the cached page
    assert moved.status_code == 301 and moved["Location"].endswith("/ha-noi/se-chuyen/")
