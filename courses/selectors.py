"""Reads of the courses app: the catalog, course and lesson pages, My learning, reports.

Each page costs a fixed number of queries whatever the number of courses or lessons:
lists come from one query each, without StreamField bodies unless they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page, Paginator
from django.db.models import Avg, Count, Exists, IntegerField, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certification.selectors import certificate_list_for_user
from courses import quizzes
from courses.filters import CatalogFilter
from courses.learning import LearningSection, learning_sections
from courses.models import (
    Assignment,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
)
from courses.search import search_terms
from portal import roles
from portal.blocks import missing_english_in_stream
from portal.i18n import Translated, excerpt, missing_english, translatable_fields, translated
from portal.models import Profile, Province

CATALOG_PAGE_SIZE = 24
QUIZ_DRAFT_KEY = "courses_quiz_draft"  # session: a refused quiz attempt, shown once


def can_see_officials_courses(*, user) -> bool:
    """Approved state officials (and national admins, who run the courses) only."""
    if not user.is_authenticated:
        return False
    if roles.is_national_admin(user):
        return True
    profile = getattr(user, "profile", None)
    return bool(profile and profile.is_approved_official)


def course_list_visible(*, user):
    """Live courses `user` may see, without StreamFields (courses have none), with their
    cover image and its renditions (cards show them)."""
    qs = (
        CoursePage.objects.live()
        .select_related("province", "cover_image")
        .prefetch_related("cover_image__renditions")
    )
    if not can_see_officials_courses(user=user):
        qs = qs.filter(officials_only=False)
    return qs


def catalog_filters(*, params) -> dict:
    """Valid filters from the query string; unknown values are ignored."""
    return CatalogFilter(params).values


CATALOG_FILTER_KEYS = frozenset({"track", "audience", "level", "province"})


def catalog_query_is_shared(*, params) -> bool:
    """Whether the catalog for this query string is worth caching for every anonymous
    visitor: only the filters and page numbers (a bounded set of pages), each given once
    and valid; not searches or unknown parameters, which anyone could vary endlessly."""
    filters = catalog_filters(params=params)
    for key in params:
        values = params.getlist(key)
        if len(values) != 1:
            return False
        if key == "page":
            if not (values[0].isdigit() and len(values[0]) <= 3):
                return False
        elif key not in CATALOG_FILTER_KEYS or filters.get(key) != values[0]:
            return False
    return True


@dataclass(frozen=True, slots=True)
class Catalog:
    """The catalog page for one visitor and one query string."""

    courses: Page  # of CoursePage
    enrolled: dict[int, str]  # {course id: the user's enrolment status}, on this page
    filters: dict[str, str]  # the valid filters asked for (catalog_filters)
    filter_query: str  # the query string without its page number
    officials_locked: list[CoursePage]  # officials-only courses asked for, not open yet
    provinces: list[Province]
    tracks: list[tuple[str, str]]
    audiences: list[tuple[str, str]]
    levels: list[tuple[str, str]]


def catalog_get(*, user, params) -> Catalog:
    """The catalog for `user` and the query string `params`: filtered, searched, paginated
    courses with the user's enrolments."""
    catalog_filter = CatalogFilter(params, queryset=course_list_visible(user=user))
    filters = catalog_filter.values
    qs = catalog_filter.qs
    terms = search_terms(filters.get("q", ""))
    if terms:
        # Folded like the index's search_text_folded: with or without diacritics.
        results = qs.search(terms, operator="and")
    else:
        results = qs.order_by("path")
    paginator = Paginator(results, CATALOG_PAGE_SIZE)
    page = paginator.get_page(params.get("page"))
    enrolled = {}
    if user.is_authenticated:
        ids = [course.pk for course in page.object_list]
        enrolled = dict(
            Enrolment.objects.filter(user=user, course_id__in=ids).values_list(
                "course_id", "status"
            )
        )
    query = params.copy()
    query.pop("page", None)
    officials_asked = (
        filters.get("audience") == CoursePage.Audience.OFFICIAL
        or filters.get("track") == CoursePage.Track.STATE_MANAGEMENT
    )
    return Catalog(
        officials_locked=officials_courses_locked(user=user) if officials_asked else [],
        courses=page,
        enrolled=enrolled,
        filters=filters,
        filter_query=query.urlencode(),
        # Only provinces with courses to show (and the one chosen, if any): a list of all
        # 34 mostly led to "no course".
        provinces=list(
            Province.objects.current()
            .filter(
                Q(pk__in=course_list_visible(user=user).values("province_id"))
                | Q(code=int(filters["province"]) if filters.get("province", "").isdigit() else -1)
            )
            .only("code", "name")
        ),
        tracks=CoursePage.Track.choices,
        audiences=CoursePage.Audience.choices,
        levels=CoursePage.Level.choices,
    )


def course_lessons(*, course: CoursePage) -> list[LessonPage]:
    """The live lessons of `course`, in order, without bodies (one query)."""
    return list(LessonPage.objects.child_of(course).live().defer_streamfields().order_by("path"))


def skipped_lessons(*, lessons: list[LessonPage], done: set[int]) -> list[LessonPage]:
    """The lessons not done that come before a lesson done: the learner moved past them."""
    last_done = max((i for i, le in enumerate(lessons) if le.pk in done), default=-1)
    return [le for le in lessons[:last_done] if le.pk not in done]


def enrolment_get(*, user, course_id: int) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course_id=course_id).first()


def _prerequisites(course: CoursePage, *, user):
    """The live prerequisite courses of `course` that `user` may see, as saved (not the
    page's in-memory cluster relation, which a freshly built page holds unsaved). An
    officials-only prerequisite is neither listed to others (its link would 404) nor
    required of them (they could never take it), like an unpublished one."""
    qs = CoursePage.objects.live().filter(required_by__pk=course.pk)
    if not can_see_officials_courses(user=user):
        qs = qs.filter(officials_only=False)
    return qs.only("title", "title_en", "url_path").order_by("path")


def prerequisites_missing(*, user, course: CoursePage) -> list[CoursePage]:
    """The live prerequisite courses of `course` visible to `user` that they have not
    completed, in tree order (one query; all of them for anonymous visitors)."""
    qs = _prerequisites(course, user=user)
    if user.is_authenticated:
        completed = Enrolment.objects.filter(user=user, status=Enrolment.Status.COMPLETED)
        qs = qs.exclude(pk__in=completed.values("course_id"))
    return list(qs)


@dataclass(frozen=True, slots=True)
class CourseView:
    """A course page for one visitor: its lessons and the visitor's progress through them."""

    lessons: list[LessonPage]
    enrolment: Enrolment | None
    done_ids: frozenset[int]  # lessons done
    skipped: list[LessonPage]  # not done, before a lesson done
    skipped_ids: frozenset[int]
    resume_lesson: LessonPage | None  # where "continue" leads, for an enrolled visitor
    prerequisite_list: list[CoursePage]
    missing_prerequisites: list[CoursePage]  # of those, not completed yet
    missing_prerequisite_ids: frozenset[int]


def course_view_get(*, course: CoursePage, user) -> CourseView:
    """What the page of `course` shows `user`: its live lessons, their enrolment (if any),
    the lessons done and skipped, where to resume, and the prerequisites (those missing)."""
    lessons = course_lessons(course=course)
    enrolment = enrolment_get(user=user, course_id=course.pk)
    done = set()
    if enrolment:
        done = set(enrolment.lessons.values_list("lesson_id", flat=True))
    resume = None
    if enrolment:
        resume = next((le for le in lessons if le.pk == enrolment.current_lesson_id), None)
        resume = resume or (lessons[0] if lessons else None)
    prerequisites = list(_prerequisites(course, user=user))
    missing = []
    if prerequisites:
        missing = prerequisites_missing(user=user, course=course)
    skipped = skipped_lessons(lessons=lessons, done=done) if enrolment else []
    return CourseView(
        lessons=lessons,
        enrolment=enrolment,
        done_ids=frozenset(done),
        skipped=skipped,
        skipped_ids=frozenset(le.pk for le in skipped),
        resume_lesson=resume,
        prerequisite_list=prerequisites,
        missing_prerequisites=missing,
        missing_prerequisite_ids=frozenset(p.pk for p in missing),
    )


def _draft_choices(draft: dict | None, block_id: str) -> dict[int, set[str]]:
    """{question index: choice values} of a refused attempt at `block_id`, to tick again
    (values of the same attempt render the same, so they match the form's)."""
    if not draft or draft.get("block") != block_id:
        return {}
    chosen = {}
    for key, values in (draft.get("answers") or {}).items():
        try:
            chosen[int(key[2:])] = {str(v) for v in values}
        except ValueError:
            continue
    return chosen


@dataclass(frozen=True, slots=True)
class QuizView:
    """A quiz block as its learner sees it: public questions (no answers; opaque choice
    values made for the next attempt, `checked` those of a refused attempt), the state of
    their attempts, and feedback only once the course's rules allow it."""

    id: str  # the block's id
    title: Translated  # in the request's language
    questions: list[dict]  # quizzes.public_questions, each with `checked`
    error: str  # why the last post was refused, if it was
    attempt_number: int  # of the next attempt
    latest: QuizAttempt | None
    passed: bool
    rules: quizzes.Rules
    state: quizzes.State
    feedback: list | None  # quizzes.feedback of the latest attempt, when it may be shown


@dataclass(frozen=True, slots=True)
class LessonItem:
    """A block of a lesson's body; `quiz` when it is a quiz."""

    block: object  # a StreamValue child
    quiz: QuizView | None = None


@dataclass(frozen=True, slots=True)
class LessonView:
    """A lesson page for one visitor. Without an enrolment (and outside an editor's
    preview) `items` is empty: the page asks them to enrol."""

    course: CoursePage
    lessons: list[LessonPage]
    lesson_number: int
    previous_lesson: LessonPage | None
    next_lesson: LessonPage | None
    enrolment: Enrolment | None
    preview: bool
    items: list[LessonItem] = field(default_factory=list)
    done_ids: frozenset[int] = frozenset()
    skipped: list[LessonPage] = field(default_factory=list)
    skipped_ids: frozenset[int] = frozenset()
    # The end of the course reached with lessons still to do: they are listed.
    still_to_do: list[LessonPage] = field(default_factory=list)
    quizzes_pending: bool = False  # a quiz of this lesson not passed yet
    quiz_waiting: bool = False  # a quiz counting down to its next attempt


def lesson_view_get(
    *, lesson: LessonPage, user, preview: bool = False, draft: dict | None = None
) -> LessonView:
    """Everything the lesson page shows. Quiz blocks are passed as public questions (no
    answers, opaque choice values made for the learner's next attempt), with the state of
    the learner's attempts (attempts left, cool-down); per-question feedback and
    explanations only when the course's feedback setting allows. Editors' previews show
    the content without an enrolment. `draft`: a refused attempt (its error and the
    choices posted), shown in its quiz so nothing is lost."""
    course = lesson.course
    lessons = course_lessons(course=course)
    index = next((i for i, le in enumerate(lessons) if le.pk == lesson.pk), 0)
    enrolment = enrolment_get(user=user, course_id=course.pk)
    view = LessonView(
        course=course,
        lessons=lessons,
        lesson_number=index + 1,
        previous_lesson=lessons[index - 1] if index > 0 else None,
        next_lesson=lessons[index + 1] if index + 1 < len(lessons) else None,
        enrolment=enrolment,
        preview=preview,
    )
    if enrolment is None and not preview:
        return view
    attempts = {}
    progress = {}
    if enrolment is not None:
        done = set(enrolment.lessons.values_list("lesson_id", flat=True))
        skipped = skipped_lessons(lessons=lessons, done=done)
        progress = {
            "done_ids": frozenset(done),
            "skipped": skipped,
            "skipped_ids": frozenset(le.pk for le in skipped),
            "still_to_do": [le for le in lessons if le.pk not in done]
            if lesson.pk in done and all(le.pk in done for le in lessons[index + 1 :])
            else [],
        }
        for attempt in enrolment.attempts.filter(lesson=lesson).order_by("number"):
            attempts.setdefault(attempt.block_id, []).append(attempt)
    items = []
    rules = course.quiz_rules
    now = timezone.now()
    for block in lesson.body:
        if block.block_type != "quiz":
            items.append(LessonItem(block=block))
            continue
        tries = attempts.get(block.id, [])
        latest = tries[-1] if tries else None
        state = quizzes.state(rules, tries, now=now)
        key = quizzes.attempt_key(
            enrolment_id=enrolment.pk if enrolment else "preview",
            lesson_id=lesson.pk,
            block_id=block.id,
            number=len(tries) + 1,
        )
        questions = quizzes.public_questions(block.value, key=key)
        chosen = _draft_choices(draft, block.id)
        for question in questions:
            question["checked"] = chosen.get(question["index"], set())
        quiz = QuizView(
            id=block.id,
            title=translated(block.value, "title"),
            questions=questions,
            error=draft["error"] if draft and draft.get("block") == block.id else "",
            attempt_number=len(tries) + 1,
            latest=latest,
            passed=state.passed,
            rules=rules,
            state=state,
            # Right/wrong and explanations never reach the page before they may.
            feedback=quizzes.feedback(block.value, latest.answers, latest.results)
            if latest and state.show_feedback
            else None,
        )
        items.append(LessonItem(block=block, quiz=quiz))
    quizzes_shown = [item.quiz for item in items if item.quiz]
    return replace(
        view,
        **progress,
        items=items,
        quizzes_pending=any(not quiz.passed for quiz in quizzes_shown),
        quiz_waiting=any(quiz.state.next_attempt_at for quiz in quizzes_shown),
    )


def enrolment_to_resume(*, user) -> Enrolment | None:
    """The course in progress that `user` moved on in last (a lesson done, else enrolled),
    with its next lesson: "continue where you left off" (one query)."""
    if not user.is_authenticated:
        return None
    return (
        Enrolment.objects.filter(user=user, status=Enrolment.Status.ACTIVE, course__live=True)
        .select_related("course", "current_lesson")
        .defer("current_lesson__body")
        .annotate(last_moved=Coalesce(Max("lessons__done_at"), "enrolled_at"))
        .order_by("-last_moved", "-pk")
        .first()
    )


def officials_courses_locked(*, user) -> list[CoursePage]:
    """The live officials-only courses, for someone who may not take them yet: they
    see that these exist and how to get approved (titles and summaries, no links)."""
    if can_see_officials_courses(user=user):
        return []
    return list(
        CoursePage.objects.live()
        .filter(officials_only=True)
        .select_related("province")
        .only("title", "title_en", "summary", "summary_en", "province__name", "path")
        .order_by("path")
    )


@dataclass(frozen=True, slots=True)
class CompletedCourse:
    """A course `user` completed and the code of its current certificate, if any."""

    enrolment: Enrolment
    certificate_code: str | None


@dataclass(frozen=True, slots=True)
class LearningDashboard:
    """My learning."""

    assigned: list[AssignedCourse]
    in_progress: list[Enrolment]
    completed: list[CompletedCourse]
    sections: list[LearningSection]  # what the apps above add (events: "Upcoming"), first


def learning_dashboard(*, user) -> LearningDashboard:
    """My learning: the user's enrolments, in progress first, with their next lesson."""
    enrolments = list(
        Enrolment.objects.filter(user=user, course__live=True)
        .select_related("course", "current_lesson")
        .defer("current_lesson__body")
        .order_by("-enrolled_at")
    )
    completed = [e for e in enrolments if e.is_completed]
    codes = certificate_codes(user=user, course_ids=[e.course_id for e in completed])
    return LearningDashboard(
        assigned=assignments_for_official(user=user),
        in_progress=[e for e in enrolments if not e.is_completed],
        completed=[CompletedCourse(e, codes.get(e.course_id)) for e in completed],
        sections=learning_sections(user=user),
    )


def certificate_codes(*, user, course_ids: list[int]) -> dict[int, str]:
    """{course id: verification code} of the user's current certificates for those
    courses (one query; read through certification's own selector)."""
    if not course_ids:
        return {}

    ct = ContentType.objects.get_for_model(CoursePage)
    rows = (
        certificate_list_for_user(user=user)
        .filter(
            subject_type=ct,
            subject_id__in=[str(pk) for pk in course_ids],
            superseded_at__isnull=True,
            revoked_at__isnull=True,
        )
        .values_list("subject_id", "code")
    )
    return {int(subject_id): code for subject_id, code in rows}


# --- reports --------------------------------------------------------------------------


def course_list_for_trainer(*, user):
    """Courses in the user's trainer (or reviewer) provinces; national admins see all,
    including the national section."""
    qs = CoursePage.objects.select_related("province").order_by("path")
    as_trainer = roles.scope_queryset(qs, user, role=roles.TRAINERS, field="province")
    as_reviewer = roles.scope_queryset(qs, user, role=roles.REVIEWERS, field="province")
    return as_trainer | as_reviewer


def _grouped(qs, field: str, aggregate) -> dict:
    """{value of `field`: `aggregate` over its rows} for `qs`, in one query."""
    return dict(qs.values(field).annotate(value=aggregate).values_list(field, "value"))


@dataclass(frozen=True, slots=True)
class CourseReportRow:
    """A course's figures in the trainers' report."""

    course: CoursePage
    enrolled: int
    completed: int
    rate: int  # completed, whole percent of enrolled
    avg_score: int | None  # of all quiz attempts; None without any


def course_report_rows(*, courses) -> list[CourseReportRow]:
    """Enrolments, completions, completion rate and average quiz score per course."""
    ids = [course.pk for course in courses]
    counts = {
        row["course_id"]: row
        for row in Enrolment.objects.filter(course_id__in=ids)
        .values("course_id")
        .annotate(
            enrolled=Count("pk"),
            completed=Count("pk", filter=Q(status=Enrolment.Status.COMPLETED)),
        )
    }
    scores = _grouped(
        QuizAttempt.objects.filter(enrolment__course_id__in=ids),
        "enrolment__course_id",
        Avg("score"),
    )
    rows = []
    for course in courses:
        row = counts.get(course.pk, {})
        enrolled, completed = row.get("enrolled", 0), row.get("completed", 0)
        avg = scores.get(course.pk)
        rows.append(
            CourseReportRow(
                course=course,
                enrolled=enrolled,
                completed=completed,
                rate=round(100 * completed / enrolled) if enrolled else 0,
                avg_score=round(avg) if avg is not None else None,
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class LessonDropoff:
    """A lesson in a course's drop-off chart: learners who finished it, learners who
    stopped there, and both as whole percentages of the chart's longest bar."""

    lesson: LessonPage
    done: int
    stopped: int
    done_pct: int
    stopped_pct: int


def course_dropoff(*, course: CoursePage) -> list[LessonDropoff]:
    """Lesson by lesson: how many learners finished it and how many stopped there (their
    current lesson, not completed)."""
    lessons = course_lessons(course=course)
    done = _grouped(
        LessonProgress.objects.filter(enrolment__course=course), "lesson_id", Count("pk")
    )
    stopped = _grouped(
        Enrolment.objects.filter(course=course, status=Enrolment.Status.ACTIVE),
        "current_lesson_id",
        Count("pk"),
    )
    counts = [(lesson, done.get(lesson.pk, 0), stopped.get(lesson.pk, 0)) for lesson in lessons]
    top = max([n for _lesson, d, s in counts for n in (d, s)] + [1])
    return [
        LessonDropoff(
            lesson=lesson,
            done=d,
            stopped=s,
            done_pct=round(100 * d / top),
            stopped_pct=round(100 * s / top),
        )
        for lesson, d, s in counts
    ]


# --- translations -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Untranslated:
    """A field of a course, a lesson or a lesson's block with Vietnamese and no English.
    `where` locates a block (("Quiz 8", "Question 2")), empty for a page's own field."""

    page: CoursePage | LessonPage
    where: tuple[str, ...]
    field: str
    text: str


def _page_untranslated(page) -> list[Untranslated]:
    model = type(page)
    rows = [
        Untranslated(
            page, (), str(model._meta.get_field(name).verbose_name), excerpt(getattr(page, name))
        )
        for name in missing_english(page, translatable_fields(model))
    ]
    if isinstance(page, LessonPage):
        rows += [
            Untranslated(page, item.where, item.field, item.text)
            for item in missing_english_in_stream(page.body)
        ]
    return rows


def _lessons_with_bodies(courses) -> dict[str, list[LessonPage]]:
    """{course path: its live lessons, bodies included}, in one query for all `courses`."""
    if not courses:
        return {}
    steplen = LessonPage.steplen
    lessons = (
        LessonPage.objects.live()
        .filter(reduce(or_, (Q(path__startswith=c.path, depth=c.depth + 1) for c in courses)))
        .order_by("path")
    )
    grouped: dict[str, list[LessonPage]] = {}
    for lesson in lessons:
        grouped.setdefault(lesson.path[:-steplen], []).append(lesson)
    return grouped


def course_untranslated(*, course: CoursePage) -> list[Untranslated]:
    """What learners reading English still see in Vietnamese in `course` (its live
    version): the course's fields, then each lesson's fields and blocks, in order."""
    rows = _page_untranslated(course)
    for lesson in _lessons_with_bodies([course]).get(course.path, []):
        rows += _page_untranslated(lesson)
    return rows


def course_untranslated_counts(*, courses) -> dict[int, int]:
    """{course id: how many of its fields lack English} for `courses` (two queries in all:
    the courses given, and their lessons with bodies)."""
    lessons = _lessons_with_bodies(courses)
    return {
        course.pk: len(_page_untranslated(course))
        + sum(len(_page_untranslated(lesson)) for lesson in lessons.get(course.path, []))
        for course in courses
    }


OFFICIALS_PAGE_SIZE = 50


def _officials_in_scope(user):
    """Approved state officials of the user's provinces (staff scope; national admins: all)."""

    qs = get_user_model().objects.filter(
        profile__learner_type=Profile.LearnerType.OFFICIAL,
        profile__official_status=Profile.OfficialStatus.APPROVED,
    )
    return roles.scope_queryset(qs, user, role=roles.STAFF, field="profile__province")


def _assignment_counts(qs, *, today):
    """`qs` (officials) annotated with their assignments: `assigned` (live courses
    assigned to their province), `assigned_done` (of those, completed), `assigned_overdue`
    (not completed and past the due date)."""
    mine = Assignment.objects.filter(
        province_id=OuterRef("profile__province_id"), course__live=True
    ).order_by()
    completed = Enrolment.objects.filter(
        user_id=OuterRef(OuterRef("pk")),
        course_id=OuterRef("course_id"),
        status=Enrolment.Status.COMPLETED,
    )

    def counted(assignments):
        return Coalesce(
            Subquery(
                assignments.values("province_id").annotate(n=Count("pk")).values("n"),
                output_field=IntegerField(),
            ),
            0,
        )

    return qs.annotate(
        assigned=counted(mine),
        assigned_done=counted(mine.filter(Exists(completed))),
        assigned_overdue=counted(mine.filter(~Exists(completed), due_on__lt=today)),
    )


def officials_training(*, user, today=None):
    """Approved state officials of the user's provinces (staff scope; national admins: all)
    with their enrolment and completion counts and their assignments (assigned, done,
    overdue), ordered by province and name."""
    qs = (
        _officials_in_scope(user)
        .select_related("profile__province")
        .annotate(
            enrolled=Count("enrolments", distinct=True),
            completed=Count(
                "enrolments",
                filter=Q(enrolments__status=Enrolment.Status.COMPLETED),
                distinct=True,
            ),
        )
    )
    qs = _assignment_counts(qs, today=today or timezone.localdate())
    return qs.order_by("profile__province__name", "profile__full_name")


def _percent(value: int, total: int) -> int:
    return round(100 * value / total) if total else 0


@dataclass(frozen=True, slots=True)
class AssignmentsSummary:
    """Every course assigned to the officials of a scope, one per official: done,
    overdue, not yet due (`pending`); with whole percentages of `total`."""

    total: int
    done: int
    overdue: int

    @property
    def pending(self) -> int:
        return self.total - self.done - self.overdue

    @property
    def done_pct(self) -> int:
        return _percent(self.done, self.total)

    @property
    def overdue_pct(self) -> int:
        return _percent(self.overdue, self.total)

    @property
    def pending_pct(self) -> int:
        return _percent(self.pending, self.total)


@dataclass(frozen=True, slots=True)
class OfficialsSummary:
    """How far the officials of a scope got: completed a course, enrolled only, not
    started (`none`); with whole percentages of `total`, and their assignments."""

    total: int
    completed: int
    enrolled: int
    assignments: AssignmentsSummary

    @property
    def none(self) -> int:
        return self.total - self.completed - self.enrolled

    @property
    def completed_pct(self) -> int:
        return _percent(self.completed, self.total)

    @property
    def enrolled_pct(self) -> int:
        return _percent(self.enrolled, self.total)

    @property
    def none_pct(self) -> int:
        return _percent(self.none, self.total)


def officials_summary(*, user, today=None) -> OfficialsSummary:
    """How far all the officials of officials_training(user=user) got (the whole scope,
    not one page of the report): completed a course, enrolled only, not started; and over
    every course assigned to them: done, overdue, not yet due (for the report's charts).
    One query, summed here (a few small numbers per official): Django drops subquery
    annotations from aggregates."""
    mine = Enrolment.objects.filter(user=OuterRef("pk"))
    rows = (
        _assignment_counts(_officials_in_scope(user), today=today or timezone.localdate())
        .annotate(
            any_enrolment=Exists(mine),
            any_completed=Exists(mine.filter(status=Enrolment.Status.COMPLETED)),
        )
        .values_list(
            "any_enrolment", "any_completed", "assigned", "assigned_done", "assigned_overdue"
        )
    )
    total = completed = enrolled = assigned = done = overdue = 0
    for any_enrolment, any_completed, n_assigned, n_done, n_overdue in rows.iterator(
        chunk_size=2000
    ):
        total += 1
        completed += bool(any_completed)
        enrolled += bool(any_enrolment and not any_completed)
        assigned += n_assigned or 0
        done += n_done or 0
        overdue += n_overdue or 0
    return OfficialsSummary(
        total=total,
        completed=completed,
        enrolled=enrolled,
        assignments=AssignmentsSummary(total=assigned, done=done, overdue=overdue),
    )


STATUS_LABELS = {"active": _("In progress"), "completed": _("Completed")}


# --- mandatory training: assignments ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class AssignedCourse:
    """An assignment as its official sees it."""

    assignment: object
    enrolment: Enrolment | None
    days_left: int

    @property
    def course(self) -> CoursePage:
        return self.assignment.course

    @property
    def done(self) -> bool:
        return bool(self.enrolment and self.enrolment.is_completed)

    @property
    def overdue(self) -> bool:
        return not self.done and self.days_left < 0

    @property
    def days_overdue(self) -> int:
        return -self.days_left

    @property
    def progress(self) -> int:
        return self.enrolment.progress if self.enrolment else 0

    @property
    def next_lesson(self):
        return self.enrolment.current_lesson if self.enrolment else None


def assignments_for_official(*, user, today=None) -> list[AssignedCourse]:
    """The live courses assigned to the officials of `user`'s province, if `user` is an
    approved official: not done first, the nearest due date first (two queries)."""
    if not user.is_authenticated:
        return []
    profile = getattr(user, "profile", None)
    if not (profile and profile.is_approved_official and profile.province_id):
        return []
    today = today or timezone.localdate()
    assignments = list(
        Assignment.objects.filter(province_id=profile.province_id, course__live=True)
        .select_related("course")
        .order_by("due_on", "pk")
    )
    if not assignments:
        return []
    enrolments = {
        e.course_id: e
        for e in Enrolment.objects.filter(
            user=user, course_id__in=[a.course_id for a in assignments]
        )
        .select_related("current_lesson")
        .defer("current_lesson__body")
    }
    rows = [
        AssignedCourse(a, enrolments.get(a.course_id), (a.due_on - today).days) for a in assignments
    ]
    return sorted(rows, key=lambda row: row.done)  # stable: by due date within each


def _approved_officials():

    return get_user_model().objects.filter(
        is_active=True,
        profile__learner_type=Profile.LearnerType.OFFICIAL,
        profile__official_status=Profile.OfficialStatus.APPROVED,
    )


@dataclass(frozen=True, slots=True)
class AssignmentFollowUp:
    """An assignment as staff follow it: `assigned` (approved officials of its province),
    `done` (of them, completed the course), `overdue` (not done once the date passed),
    with whole percentages of `assigned`."""

    assignment: Assignment
    assigned: int
    done: int
    days_left: int

    @property
    def days_overdue(self) -> int:
        return -self.days_left

    @property
    def overdue(self) -> int:
        return self.assigned - self.done if self.days_left < 0 else 0

    @property
    def done_pct(self) -> int:
        return _percent(self.done, self.assigned)

    @property
    def overdue_pct(self) -> int:
        return _percent(self.overdue, self.assigned)


def assignment_list_for_staff(*, user, today=None) -> list[AssignmentFollowUp]:
    """Assignments in `user`'s staff provinces (national admins: all), soonest due first,
    each with how many of its officials completed the course and are overdue; one query."""
    today = today or timezone.localdate()
    officials = _approved_officials().filter(profile__province_id=OuterRef("province_id"))
    done = Enrolment.objects.filter(
        course_id=OuterRef("course_id"),
        status=Enrolment.Status.COMPLETED,
        user__in=_approved_officials().filter(
            profile__province_id=OuterRef(OuterRef("province_id"))
        ),
    )

    qs = roles.scope_queryset(
        Assignment.objects.select_related("course", "province", "assigned_by__profile"),
        user,
        role=roles.STAFF,
        field="province",
    ).annotate(
        assigned=Coalesce(
            Subquery(
                officials.order_by()
                .values("profile__province_id")
                .annotate(n=Count("pk"))
                .values("n"),
                output_field=IntegerField(),
            ),
            0,
        ),
        done=Coalesce(
            Subquery(
                done.order_by().values("course_id").annotate(n=Count("pk")).values("n"),
                output_field=IntegerField(),
            ),
            0,
        ),
    )
    return [
        AssignmentFollowUp(
            assignment=a, assigned=a.assigned, done=a.done, days_left=(a.due_on - today).days
        )
        for a in qs.order_by("due_on", "pk")
    ]
