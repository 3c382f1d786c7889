"""A learner's lesson, course page and /learning/ from the private page cache
(portal/privatecache.py): served again only while nothing they see has changed, and
never to anyone else."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from courses import services
from courses.models import Assignment, CoursePage
from portal import privatecache
from portal.models import Notification
from tests.courses.builders import RIGHT, WRONG, add_course, lessons_of, quiz_form

pytestmark = pytest.mark.django_db


def _state(response):
    return response.headers.get(privatecache.HEADER)


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    client.get("/learning/")  # as a browser: the CSRF cookie of the first page's forms
    return client


def _cached(client, url):
    """Requests `url` until it is stored; returns the next answer (a hit)."""
    first = client.get(url)
    assert first.status_code == 200 and _state(first) == "miss", url
    return client.get(url)


@pytest.fixture
def enrolled(course, learner):
    services.enrolment_create(user=learner, course=course)
    return learner


def test_a_learners_pages_come_from_the_cache_without_a_query(
    private_cache, course, enrolled, django_assert_max_num_queries
):
    client = _signed_in(enrolled)
    lesson = lessons_of(course)[0]
    for url in (lesson.url, course.url, "/learning/"):
        again = _cached(client, url)
        assert _state(again) == "hit", url
        assert again["Cache-Control"] == "private"
        assert again.content == client.get(url).content
        with django_assert_max_num_queries(1):  # the session (from the cache in production)
            client.get(url)


def test_query_counts_of_a_hit_do_not_grow_with_courses(
    private_cache, section_hcm, enrolled, course, django_assert_max_num_queries
):
    for i in range(5):
        services.enrolment_create(user=enrolled, course=add_course(section_hcm, slug=f"k-{i}"))
    client = _signed_in(enrolled)
    _cached(client, "/learning/")
    with django_assert_max_num_queries(1):
        assert _state(client.get("/learning/")) == "hit"


def test_a_lesson_done_shows_at_once_on_every_page(
    private_cache, course, enrolled, django_capture_on_commit_callbacks
):
    client = _signed_in(enrolled)
    first, second = lessons_of(course)[:2]
    for url in (first.url, course.url, "/learning/"):
        _cached(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/learning/lessons/{first.pk}/done/")
    assert response.status_code == 302
    page = client.get(course.url)
    assert _state(page) == "miss"
    assert page.context["done_ids"] == {first.pk}
    learning = client.get("/learning/")
    assert _state(learning) == "miss"
    assert learning.context["in_progress"][0].current_lesson_id == second.pk
    assert _state(client.get(first.url)) == "miss"


def test_a_quiz_attempt_shows_at_once(
    private_cache, course, enrolled, django_capture_on_commit_callbacks
):
    client = _signed_in(enrolled)
    lesson = lessons_of(course)[-1]
    _cached(client, lesson.url)
    block = lesson.specific.quiz_blocks()[0]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/learning/lessons/{lesson.pk}/quiz/{block.id}/", quiz_form(enrolled, lesson, WRONG)
        )
    page = client.get(lesson.url)  # with the message of the attempt: rendered, not kept
    assert _state(page) is None
    assert page.context["items"][-1].quiz.attempt_number == 2
    assert "not yet passed" in page.content.decode() or "chưa đạt" in page.content.decode()
    again = client.get(lesson.url)  # the message was shown once
    assert _state(again) == "miss"
    assert again.content.decode().count("message-warning") == 0
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/learning/lessons/{lesson.pk}/quiz/{block.id}/", quiz_form(enrolled, lesson, RIGHT)
        )
    client.get(lesson.url)
    assert client.get(lesson.url).context["items"][-1].quiz.passed is True


def test_a_quiz_counting_down_to_its_next_attempt_is_not_kept(
    private_cache, section_hcm, learner, django_capture_on_commit_callbacks
):
    course = add_course(section_hcm, slug="cho-doi", quiz_cooldown_minutes=10)
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[-1]
    client = _signed_in(learner)
    block = lesson.specific.quiz_blocks()[0]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/learning/lessons/{lesson.pk}/quiz/{block.id}/", quiz_form(learner, lesson, WRONG)
        )
    client.get(lesson.url)  # the attempt's message
    for _ in range(2):
        page = client.get(lesson.url)
        assert _state(page) is None and page.context["quiz_waiting"]


def test_no_learner_is_served_anothers_page(private_cache, course, enrolled, other_learner):
    mine = _signed_in(enrolled)
    theirs = _signed_in(other_learner)
    lesson = lessons_of(course)[0]
    for url in (lesson.url, course.url, "/learning/"):
        _cached(mine, url)
        page = theirs.get(url)
        assert _state(page) in ("miss", None), url
        assert "Trần Văn Bình" in page.content.decode()
        assert "Nguyễn Thị Thu Hà" not in page.content.decode()
    # Their session cookie with my CSRF cookie (or the reverse) reaches no entry of mine.
    theirs.cookies["csrftoken"] = mine.cookies["csrftoken"].value
    assert _state(theirs.get("/learning/")) != "hit"


def test_a_new_session_renders_again(private_cache, course, enrolled):
    client = _signed_in(enrolled)
    _cached(client, course.url)
    client.logout()
    client.force_login(enrolled)
    client.get("/learning/")
    assert _state(client.get(course.url)) == "miss"


def test_notifications_change_the_header_at_once(
    private_cache, course, enrolled, django_capture_on_commit_callbacks
):
    from portal import services as portal_services

    client = _signed_in(enrolled)
    _cached(client, course.url)
    with django_capture_on_commit_callbacks(execute=True):
        notification = Notification.objects.create(
            user=enrolled, kind="step_approved", title="Bước đã duyệt"
        )
    page = client.get(course.url)
    assert _state(page) == "miss" and "notifications-count" in page.content.decode()
    assert _state(client.get(course.url)) == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        portal_services.notification_read(user=enrolled, notification_id=notification.pk)
    page = client.get(course.url)
    assert _state(page) == "miss" and "notifications-count" not in page.content.decode()


def test_publishing_and_assignments_renew_everyones_pages(
    private_cache, course, enrolled, official, staff_hcm, django_capture_on_commit_callbacks
):
    client = _signed_in(enrolled)
    _cached(client, course.url)
    page = CoursePage.objects.get(pk=course.pk)
    page.summary = "Tóm tắt mới"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert "Tóm tắt mới" in client.get(course.url).content.decode()

    theirs = _signed_in(official)
    _cached(theirs, "/learning/")
    with django_capture_on_commit_callbacks(execute=True):
        Assignment.objects.create(
            course=course,
            province=official.profile.province,
            due_on=timezone.localdate() + timedelta(days=7),
            assigned_by=staff_hcm,
        )
    learning = theirs.get("/learning/")
    assert _state(learning) == "miss" and len(learning.context["assigned"]) == 1


def test_a_role_given_changes_the_menu_at_once(
    private_cache, course, enrolled, hcm, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group

    from portal import roles

    client = _signed_in(enrolled)
    _cached(client, course.url)
    group, _new = Group.objects.get_or_create(name=roles.group_name(roles.STAFF, hcm))
    with django_capture_on_commit_callbacks(execute=True):
        enrolled.groups.add(group)
    assert "/onboarding/staff/" in client.get(course.url).content.decode()


def test_anonymous_visitors_never_use_it(private_cache, course, client):
    assert _state(client.get(course.url)) is None
    assert _state(client.get(course.url)) is None
