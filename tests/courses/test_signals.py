"""courses/signals.py: a moved course takes its new section's province; a learner's rows
renew their cached pages, an assignment everyone's."""

import pytest
from django.core.cache import cache
from django.utils import timezone

from courses import services
from courses.models import Assignment
from portal import privatecache
from tests.courses.builders import lessons_of

pytestmark = pytest.mark.django_db


def test_a_moved_course_takes_its_new_sections_province(sections, hanoi, trainer_hcm):
    """Scoping (reports), the catalog filter and certificates read course.province."""
    from wagtail.actions.move_page import MovePageAction

    from courses.models import CoursePage
    from courses.selectors import course_list_for_trainer
    from tests.courses.builders import add_course

    course = add_course(sections["hcm"], slug="se-chuyen")
    MovePageAction(course, sections["hanoi"], pos="last-child", user=None).execute(
        skip_permission_checks=True
    )
    assert CoursePage.objects.get(pk=course.pk).province_id == hanoi.pk
    assert not course_list_for_trainer(user=trainer_hcm).filter(pk=course.pk).exists()


def _token(key: str):
    return cache.get(key)


def test_a_learners_rows_renew_their_own_cached_pages_only(
    private_cache, learner, other_learner, course
):
    mine, theirs = f"privatecache:user:{learner.pk}", f"privatecache:user:{other_learner.pk}"
    services.enrolment_create(user=other_learner, course=course)
    before = _token(theirs)
    seen = {_token(mine)}
    services.enrolment_create(user=learner, course=course)  # an enrolment
    seen.add(_token(mine))
    services.lesson_mark_done(user=learner, lesson=lessons_of(course)[0])  # a lesson done
    seen.add(_token(mine))
    assert len(seen) == 3  # a new token at each write
    assert _token(theirs) == before


def test_an_assignment_renews_everyones_pages(private_cache, officials_course, hcm):
    before = _token(privatecache.SITE_TOKEN_KEY)
    assignment = Assignment.objects.create(
        course=officials_course, province=hcm, due_on=timezone.localdate()
    )
    made = _token(privatecache.SITE_TOKEN_KEY)
    assert made is not None and made != before
    assignment.delete()
    assert _token(privatecache.SITE_TOKEN_KEY) != made


def test_without_the_private_cache_nothing_is_written(learner, course):
    services.enrolment_create(user=learner, course=course)
    assert _token(f"privatecache:user:{learner.pk}") is None
