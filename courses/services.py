"""Writes of the courses app: enrolment, progress, quiz attempts, completion, sections.

A completed course is announced once, after the transaction that completed it commits:
``enrolment_completed_announce`` issues the course's certificate and sends
``course_completed``, the one signal the apps above listen to (onboarding approves the
journey steps the course completes). Nothing here knows who listens.
"""

from __future__ import annotations

import logging
from functools import partial

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from certification import services as certificates
from courses import quizzes
from courses.models import (
    Assignment,
    CatalogPage,
    CoursePage,
    CourseSectionPage,
    Enrolment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
)
from courses.selectors import prerequisites_missing
from portal import media, roles
from portal.i18n import translated
from portal.models import Profile
from portal.services import notify

logger = logging.getLogger(__name__)

course_completed = Signal()
"""Sent once per enrolment when a learner completes a course, after the completing
transaction commits and the course's certificate is issued; ``sender`` is CoursePage,
with the keyword arguments ``enrolment`` (Enrolment), ``user`` and ``course``
(CoursePage). Receivers run in their own transactions and are idempotent (completions
are announced at most once, but a receiver may also be called for past completions);
an exception in one is logged and reaches neither the learner nor the other receivers."""


class CourseError(Exception):
    """A learner's request that cannot be done; the message is translated and shown."""


class QuizAnswersInvalid(CourseError):
    """The posted answers do not fit the quiz (a question left out, an unknown choice)."""


class QuizClosed(CourseError):
    """No attempt now: the course's limit is reached or its cool-down is running."""


class PrerequisitesMissing(CourseError):
    """Enrolment refused: the learner has not completed these prerequisite courses."""

    def __init__(self, courses: list[CoursePage]):
        self.courses = courses
        titles = ", ".join(str(translated(course, "title")) for course in courses)
        super().__init__(_("Complete these courses first: {courses}.").format(courses=titles))


def _lessons(course: CoursePage, *, with_body: bool = False) -> list[LessonPage]:
    qs = LessonPage.objects.child_of(course).live().order_by("path")
    if not with_body:
        qs = qs.defer_streamfields()
    return list(qs)


def _enrolment_for_update(*, user, lesson: LessonPage) -> Enrolment:
    enrolment = (
        Enrolment.objects.select_for_update()
        .filter(user=user, course__path=lesson.path[: -lesson.steplen])
        .first()
    )
    if enrolment is None:
        raise CourseError(_("Enrol in this course first."))
    return enrolment


def _quizzes_passed(*, enrolment: Enrolment, lesson: LessonPage) -> bool:
    """Whether every quiz block of `lesson` has a passed attempt in `enrolment`."""
    passed = set(
        enrolment.attempts.filter(lesson=lesson, passed=True).values_list("block_id", flat=True)
    )
    return all(block.id in passed for block in lesson.quiz_blocks())


@transaction.atomic
def enrolment_create(*, user, course: CoursePage) -> Enrolment:
    """Enrols `user` in `course` and points them at its first lesson. Idempotent: an
    existing enrolment is returned unchanged. Raises CourseError when the course is not
    open to the user (officials-only courses) or not live, and PrerequisitesMissing
    (nothing created) while the user has not completed its live prerequisite courses;
    national admins are learners like everyone here."""
    if not user.is_authenticated:
        raise CourseError(_("Sign in to enrol."))
    if not course.live or not course.is_visible_to(user):
        raise CourseError(_("This course is not open to you."))
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is not None:
        return enrolment
    missing = prerequisites_missing(user=user, course=course)
    if missing:
        raise PrerequisitesMissing(missing)
    first = LessonPage.objects.child_of(course).live().order_by("path").first()
    try:
        with transaction.atomic():
            return Enrolment.objects.create(user=user, course=course, current_lesson=first)
    except IntegrityError:  # enrolled by a concurrent request
        return Enrolment.objects.get(user=user, course=course)


@transaction.atomic
def lesson_mark_done(*, user, lesson: LessonPage) -> Enrolment:
    """Marks `lesson` done for `user` (idempotent), moves them on to the next lesson after
    it that is not yet done (lessons skipped before it stay to do, and come back once the
    end is reached), and completes the course when everything is done. Raises CourseError
    when the user is not enrolled or the lesson's quizzes are not yet passed."""
    enrolment = _enrolment_for_update(user=user, lesson=lesson)
    if not _quizzes_passed(enrolment=enrolment, lesson=lesson):
        raise CourseError(_("Pass the quiz of this lesson first."))
    LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    return _refresh(enrolment, after=lesson)


@transaction.atomic
def quiz_attempt_submit(
    *, user, lesson: LessonPage, block_id: str, data, attempt_number: int
) -> QuizAttempt:
    """Grades an attempt at the quiz block `block_id` of `lesson` and keeps it. `data` is
    the posted form, whose choice values must be the ones rendered for this attempt
    (quizzes.parse_answers); `attempt_number` the number the form was rendered for, so the
    same form posted twice is refused instead of counted twice. Passing every quiz of the
    lesson marks it done (and may complete the course). Raises QuizClosed past the
    course's attempt limit or during its cool-down, QuizAnswersInvalid on answers that do
    not fit this attempt, CourseError on other bad input; then nothing changes."""
    enrolment = _enrolment_for_update(user=user, lesson=lesson)
    quiz = next((b for b in lesson.quiz_blocks() if b.id == block_id), None)
    if quiz is None:
        raise CourseError(_("This quiz does not exist."))
    earlier = list(enrolment.attempts.filter(block_id=block_id).order_by("number"))
    expected = len(earlier) + 1
    if not 1 <= attempt_number <= expected:  # a tampered or truncated form
        raise CourseError(_("This quiz form is out of date: reload the page and answer again."))
    if attempt_number != expected:
        raise CourseError(_("This attempt was already submitted; your answers were kept once."))
    course = enrolment.course
    state = quizzes.state(course.quiz_rules, earlier, now=timezone.now())
    if not state.can_attempt:
        raise QuizClosed(state.closed_reason())
    key = quizzes.attempt_key(
        enrolment_id=enrolment.pk, lesson_id=lesson.pk, block_id=block_id, number=expected
    )
    try:
        answers = quizzes.parse_answers(quiz.value, data, key=key)
    except quizzes.QuizInputError as exc:
        raise QuizAnswersInvalid(str(exc)) from exc
    result = quizzes.grade(quiz.value, answers, pass_mark=course.pass_mark)
    attempt = QuizAttempt.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        block_id=block_id,
        number=expected,
        answers=answers,
        results=result.results,
        score=result.score,
        passed=result.passed,
    )
    if result.passed and _quizzes_passed(enrolment=enrolment, lesson=lesson):
        LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
        _refresh(enrolment, after=lesson)
    return attempt


def _refresh(enrolment: Enrolment, *, after: LessonPage | None = None) -> Enrolment:
    """Recomputes progress and the current lesson (the first lesson not done after
    `after`, the one just done, in course order; else the first not done at all; else the
    last); completes the enrolment (once) when every lesson is done and every quiz
    passed."""
    course = enrolment.course
    lessons = _lessons(course, with_body=True)
    done = set(enrolment.lessons.values_list("lesson_id", flat=True))
    passed = set(enrolment.attempts.filter(passed=True).values_list("lesson_id", "block_id"))
    quizzes_needed = {(lesson.pk, b.id) for lesson in lessons for b in lesson.quiz_blocks()}
    done_count = sum(1 for lesson in lessons if lesson.pk in done)
    enrolment.progress = round(100 * done_count / len(lessons)) if lessons else 0
    position = next((i for i, le in enumerate(lessons) if after and le.pk == after.pk), -1)
    ahead = (le for le in lessons[position + 1 :] if le.pk not in done)
    enrolment.current_lesson = (
        next(ahead, None)
        or next((le for le in lessons if le.pk not in done), None)
        or (lessons[-1] if lessons else None)
    )
    complete = bool(lessons) and done_count == len(lessons) and quizzes_needed <= passed
    newly_completed = complete and enrolment.completed_at is None
    if newly_completed:
        enrolment.status = Enrolment.Status.COMPLETED
        enrolment.completed_at = timezone.now()
        enrolment.progress = 100
    enrolment.save(update_fields=["progress", "current_lesson", "status", "completed_at"])
    enrolment.just_completed = newly_completed  # for the view's message
    if newly_completed:
        # robust: a failure after the commit is logged; the learner's completion stands.
        transaction.on_commit(
            partial(enrolment_completed_announce, enrolment_id=enrolment.pk), robust=True
        )
    return enrolment


def enrolment_completed_announce(*, enrolment_id: int) -> None:
    """What follows a completed course, run once after the completing transaction
    commits: issues the course's certificate to the learner (certification's service, in
    its own transaction; idempotent itself), then sends ``course_completed``. Failing
    receivers are logged, not raised."""
    enrolment = Enrolment.objects.select_related("user").get(pk=enrolment_id)
    course = CoursePage.objects.select_related("province", "certificate_template").get(
        pk=enrolment.course_id
    )
    certificates.certificate_issue(recipient=enrolment.user, subject=course)
    results = course_completed.send_robust(
        sender=CoursePage, enrolment=enrolment, user=enrolment.user, course=course
    )
    for receiver, result in results:
        if isinstance(result, Exception):
            logger.error(
                "course_completed receiver %r failed for enrolment %s",
                receiver,
                enrolment_id,
                exc_info=result,
            )


# --- sections, groups and the moderation workflow -----------------------------------

TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page"]
REVIEWER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
NATIONAL_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


@transaction.atomic
def section_create(
    *, province, catalog: CatalogPage | None = None, title: str = ""
) -> CourseSectionPage:
    """The course section of `province` (None: the national section) under `catalog`,
    with its "Trainers: <province>" and "Reviewers: <province>" groups (admin access and
    page permissions on the section only) and its moderation workflow: trainers submit,
    the province's reviewers or national admins approve. Idempotent."""
    catalog = catalog or CatalogPage.objects.get()
    section = CourseSectionPage.objects.filter(province=province).first()
    if section is None:
        name = province.name if province else "Toàn quốc"
        slug = province.codename.replace("_", "-") if province else "toan-quoc"
        section = CourseSectionPage(title=title or name, slug=slug, province=province)
        catalog.add_child(instance=section)
        section.save_revision().publish()
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    page_ct = Permission.objects.filter(
        content_type__app_label="wagtailcore", content_type__model="page"
    )
    if province is None:
        # National admins run the whole catalog, the national section included.
        national, _created = Group.objects.get_or_create(name=roles.NATIONAL_ADMINS)
        national.permissions.add(access)
        _page_permissions_grant(
            group=national,
            page_id=catalog.pk,
            permissions=page_ct,
            codenames=NATIONAL_PAGE_PERMISSIONS,
        )
        media.media_permissions_grant_national(group=national)
        return section
    plan = [
        (roles.TRAINERS, TRAINER_PAGE_PERMISSIONS),
        (roles.REVIEWERS, REVIEWER_PAGE_PERMISSIONS),
    ]
    groups = {}
    for role, codenames in plan:
        group, _created = Group.objects.get_or_create(name=roles.group_name(role, province))
        group.permissions.add(access)
        _page_permissions_grant(
            group=group, page_id=section.pk, permissions=page_ct, codenames=codenames
        )
        media.media_permissions_grant(group=group, province=province)
        groups[role] = group
    _workflow_for_section(section=section, province=province, reviewers=groups[roles.REVIEWERS])
    return section


def _page_permissions_grant(*, group, page_id, permissions, codenames) -> None:
    """Gives `group` the page permissions `codenames` on the page it lacks, in one insert."""
    held = set(
        GroupPagePermission.objects.filter(group=group, page_id=page_id).values_list(
            "permission_id", flat=True
        )
    )
    wanted = permissions.filter(codename__in=codenames).values_list("pk", flat=True)
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page_id=page_id, permission_id=pk)
            for pk in sorted(set(wanted) - held)
        ],
        ignore_conflicts=True,  # the same grant made at the same moment elsewhere
    )


def _workflow_for_section(*, section, province, reviewers) -> None:
    name = f"Kiểm duyệt: {province.name}"
    workflow, _created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
    national, _created = Group.objects.get_or_create(name=roles.NATIONAL_ADMINS)
    task.groups.add(reviewers, national)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page_id=section.pk, defaults={"workflow": workflow})


# --- mandatory training: assignments ---------------------------------------------------

# Reminder stages by days left before the due date: a week, the day before (or the day),
# and once overdue. Each is sent once per official, assignment and due date.
REMINDER_STAGES = ((7, "week"), (1, "day"))
OVERDUE_REMINDER_FOR_DAYS = 30  # after this long overdue, beat stops reminding


class AssignmentError(CourseError):
    """An assignment that cannot be made as asked; the message is shown."""


def reminder_stage(days_left: int) -> str:
    """'overdue', 'day', 'week' or '' (nothing to remind yet) for `days_left`."""
    if days_left < 0:
        return "overdue"
    return next((stage for days, stage in reversed(REMINDER_STAGES) if days_left <= days), "")


@transaction.atomic
def assignment_set(*, course: CoursePage, province, due_on, by) -> Assignment:
    """Assigns `course` to the approved state officials of `province`, to be completed by
    `due_on`; assigning it again changes the due date (reminders then start over). `by`
    must be a national admin or onboarding staff of `province`; the course must be live
    and national or of `province`, the date not past. Tells the officials (a task queued
    on commit). Raises AssignmentError (nothing changed) otherwise."""
    if not roles.provinces_for(by, roles.STAFF).filter(pk=province.pk).exists():
        raise AssignmentError(_("You cannot assign courses to officials of this province."))
    if not course.live:
        raise AssignmentError(_("This course is not published."))
    if course.province_id not in (None, province.pk):
        raise AssignmentError(_("Choose a national course or a course of this province."))
    if due_on < timezone.localdate():
        raise AssignmentError(_("The due date has already passed."))
    assignment, _created = Assignment.objects.update_or_create(
        course=course, province=province, defaults={"due_on": due_on, "assigned_by": by}
    )
    from courses import tasks  # cycle: courses.tasks imports this module

    tasks.send_assignment_notices.delay_on_commit(assignment.pk)
    return assignment


@transaction.atomic
def assignment_delete(*, assignment: Assignment, by) -> None:
    """Withdraws an assignment (officials' enrolments and progress stay). `by` must hold
    the staff role in its province (the caller scoped it already; checked again)."""
    if not roles.provinces_for(by, roles.STAFF).filter(pk=assignment.province_id).exists():
        raise AssignmentError(_("You cannot assign courses to officials of this province."))
    assignment.delete()


def assignment_officials_to_remind(assignment: Assignment):
    """The active approved officials of the assignment's province who have not completed
    its course."""
    completed = Enrolment.objects.filter(
        course_id=assignment.course_id, status=Enrolment.Status.COMPLETED
    ).values("user_id")
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            profile__province_id=assignment.province_id,
            profile__learner_type=Profile.LearnerType.OFFICIAL,
            profile__official_status=Profile.OfficialStatus.APPROVED,
        )
        .exclude(pk__in=completed)
        .select_related("profile")
    )


def assignment_notify(*, assignment_id: int, today=None) -> int:
    """Tells each official of the assignment who has not completed its course what is
    due now: that it was assigned (once per due date), then a week before, the day
    before and once overdue (each once; portal.services.notify is idempotent by key).
    Returns how many notifications were made. Nothing for a vanished assignment."""
    assignment = (
        Assignment.objects.select_related("course", "province").filter(pk=assignment_id).first()
    )
    if assignment is None or not assignment.course.live:
        return 0
    today = today or timezone.localdate()
    days_left = (assignment.due_on - today).days
    stage = reminder_stage(days_left)
    base = f"assignment:{assignment.pk}:{assignment.due_on.isoformat()}"
    context = {
        "course": assignment.course,
        "due_on": assignment.due_on,
        "days_left": days_left,
        "province": assignment.province.name,
    }
    sent = 0
    for user in assignment_officials_to_remind(assignment).iterator(chunk_size=500):
        url = assignment.course.url or "/learning/"
        made = notify(
            user=user,
            kind="course_assigned",
            template="courses/notifications/assigned",
            context=context,
            url=url,
            key=f"{base}:assigned",
        )
        sent += made is not None
        if stage and days_left >= -OVERDUE_REMINDER_FOR_DAYS:
            made = notify(
                user=user,
                kind="course_due",
                template="courses/notifications/due",
                context=context,
                url=url,
                key=f"{base}:{stage}",
            )
            sent += made is not None
    return sent
