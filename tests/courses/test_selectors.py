"""The courses app's reads (courses/selectors.py)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict
from django.utils import translation

from courses import selectors, services
from courses.models import CoursePage, Enrolment
from tests.courses.builders import add_course, lessons_of

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


def test_the_catalog_lists_courses_with_the_learners_enrolments(section_hcm, learner):
    shop = add_course(section_hcm, slug="shop", lessons=1, quiz=False)
    add_course(section_hcm, slug="ocop", lessons=1, quiz=False, track=CoursePage.Track.OCOP)
    services.enrolment_create(user=learner, course=shop)

    everything = selectors.catalog_get(user=learner, params=QueryDict("page=1"))
    assert [c.slug for c in everything.courses] == ["shop", "ocop"]
    assert everything.enrolled == {shop.pk: Enrolment.Status.ACTIVE}
    assert everything.filter_query == ""  # the page number is left out
    assert [p.pk for p in everything.provinces] == [section_hcm.province_id]

    platform = selectors.catalog_get(user=AnonymousUser(), params=QueryDict("track=platform"))
    assert [c.slug for c in platform.courses] == ["shop"]
    assert platform.filters == {"track": "platform"} and platform.enrolled == {}


def test_a_course_page_knows_what_the_learner_did_skipped_and_resumes(section_hcm, learner):
    course = add_course(section_hcm, lessons=3, quiz=False)
    first, second, _third = lessons_of(course)
    assert selectors.course_view_get(course=course, user=learner).enrolment is None
    services.enrolment_create(user=learner, course=course)
    services.lesson_mark_done(user=learner, lesson=second.specific)

    view = selectors.course_view_get(course=course, user=learner)
    assert view.done_ids == {second.pk}
    assert [le.pk for le in view.skipped] == [first.pk] and view.skipped_ids == {first.pk}
    assert view.resume_lesson is not None and view.resume_lesson.pk in {
        le.pk for le in view.lessons
    }
    assert view.prerequisite_list == [] and view.missing_prerequisites == []


def test_a_lesson_shows_its_quiz_only_to_enrolled_learners_without_answers(section_hcm, learner):
    course = add_course(section_hcm, lessons=1, quiz=True)
    lesson = lessons_of(course)[0].specific
    locked = selectors.lesson_view_get(lesson=lesson, user=learner)
    assert locked.items == [] and locked.enrolment is None and not locked.quizzes_pending

    services.enrolment_create(user=learner, course=course)
    view = selectors.lesson_view_get(lesson=lesson, user=learner)
    quizzes = [item.quiz for item in view.items if item.quiz]
    assert len(quizzes) == 1 and len(view.items) == len(lesson.body)
    quiz = quizzes[0]
    assert (quiz.attempt_number, quiz.latest, quiz.passed, quiz.feedback) == (1, None, False, None)
    assert view.quizzes_pending and not view.quiz_waiting
    assert all("correct" not in choice for q in quiz.questions for choice in q["choices"])


def test_my_learning_splits_courses_in_progress_and_completed(activity, learner, other_learner):
    hcm_course, _hanoi_course = activity
    mine = selectors.learning_dashboard(user=learner)
    assert mine.in_progress == []
    assert [row.enrolment.course_id for row in mine.completed] == [hcm_course.pk]
    assert mine.completed[0].certificate_code is None  # the course issues no certificate
    theirs = selectors.learning_dashboard(user=other_learner)
    assert [e.course_id for e in theirs.in_progress] == [hcm_course.pk] and theirs.completed == []


def test_the_officials_summary_gives_whole_percentages_of_its_totals():
    assignments = selectors.AssignmentsSummary(total=4, done=1, overdue=1)
    summary = selectors.OfficialsSummary(total=3, completed=1, enrolled=1, assignments=assignments)
    assert (summary.none, summary.completed_pct, summary.enrolled_pct, summary.none_pct) == (
        1,
        33,
        33,
        33,
    )
    assert (assignments.pending, assignments.done_pct, assignments.pending_pct) == (2, 25, 50)
    nobody = selectors.OfficialsSummary(
        total=0, completed=0, enrolled=0, assignments=selectors.AssignmentsSummary(0, 0, 0)
    )
    assert (nobody.completed_pct, nobody.assignments.overdue_pct) == (0, 0)


def test_an_assignment_counts_overdue_officials_only_once_its_date_passed():
    late = selectors.AssignmentFollowUp(assignment=None, assigned=4, done=1, days_left=-2)
    assert (late.overdue, late.days_overdue, late.done_pct, late.overdue_pct) == (3, 2, 25, 75)
    due = selectors.AssignmentFollowUp(assignment=None, assigned=4, done=1, days_left=5)
    assert (due.overdue, due.overdue_pct) == (0, 0)
    nobody = selectors.AssignmentFollowUp(assignment=None, assigned=0, done=0, days_left=-1)
    assert (nobody.overdue, nobody.done_pct) == (0, 0)
