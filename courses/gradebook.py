"""Reads for a trainer's gradebook of one course: each learner's progress and last
activity (who is stuck, who is inactive), and per question of every quiz how many
answered it right and which wrong choice was chosen most.

Scoping is the caller's: reports._course_or_404 gives only courses in the trainer's
provinces. Each read costs a fixed number of queries whatever the number of learners.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.db.models import Count, DateTimeField, Exists, Max, OuterRef, Q, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Enrolment, LessonPage, QuizAttempt
from portal.i18n import Translated, translated

GRADEBOOK_PAGE_SIZE = 50
# Nothing done for this long: inactive (a learner with a course in progress).
INACTIVE_AFTER = timedelta(days=30)
# Failed the same quiz this often without passing it: stuck.
STUCK_AFTER_FAILED_ATTEMPTS = 2

STATUS_COMPLETED = "completed"
STATUS_STUCK = "stuck"
STATUS_INACTIVE = "inactive"
STATUS_ACTIVE = "active"
STATUS_LABELS = {
    STATUS_COMPLETED: _("Completed"),
    STATUS_STUCK: _("Stuck"),
    STATUS_INACTIVE: _("Inactive"),
    STATUS_ACTIVE: _("Learning"),
}


def gradebook_enrolments(*, course: CoursePage, status: str = "", now=None):
    """The enrolments of `course`, each with `last_activity` (enrolled, a lesson done or
    a quiz attempt, whichever came last), `lessons_done`, `best_score` and `failing_quiz`
    (a quiz failed STUCK_AFTER_FAILED_ATTEMPTS times and not passed), with learners'
    names and current lessons joined; the most recent activity first. `status`: one of
    STATUS_LABELS to keep only those."""
    now = now or timezone.now()
    failing = (
        QuizAttempt.objects.filter(enrolment=OuterRef("pk"), passed=False)
        .exclude(
            block_id__in=QuizAttempt.objects.filter(
                enrolment=OuterRef(OuterRef("pk")), passed=True
            ).values("block_id")
        )
        .values("block_id")
        .annotate(failed=Count("pk"))
        .filter(failed__gte=STUCK_AFTER_FAILED_ATTEMPTS)
    )
    epoch = Value(datetime(2000, 1, 1, tzinfo=UTC), DateTimeField())
    qs = (
        Enrolment.objects.filter(course=course)
        .select_related("user__profile__province", "current_lesson")
        .defer("current_lesson__body")
        .annotate(
            lessons_done=Count("lessons", distinct=True),
            best_score=Max("attempts__score"),
            last_activity=Greatest(
                "enrolled_at",
                Coalesce(Max("lessons__done_at"), epoch),
                Coalesce(Max("attempts__created_at"), epoch),
            ),
            failing_quiz=Exists(failing),
        )
    )
    active = Q(status=Enrolment.Status.ACTIVE)
    inactive = active & Q(last_activity__lt=now - INACTIVE_AFTER)
    stuck = active & Q(failing_quiz=True) & ~Q(last_activity__lt=now - INACTIVE_AFTER)
    if status == STATUS_COMPLETED:
        qs = qs.filter(status=Enrolment.Status.COMPLETED)
    elif status == STATUS_INACTIVE:
        qs = qs.filter(inactive)
    elif status == STATUS_STUCK:
        qs = qs.filter(stuck)
    elif status == STATUS_ACTIVE:
        qs = qs.filter(active & ~Q(failing_quiz=True) & Q(last_activity__gte=now - INACTIVE_AFTER))
    return qs.order_by("-last_activity", "pk")


def enrolment_status(enrolment, *, now=None) -> str:
    """The gradebook status of an enrolment of gradebook_enrolments()."""
    now = now or timezone.now()
    if enrolment.is_completed:
        return STATUS_COMPLETED
    if enrolment.last_activity < now - INACTIVE_AFTER:
        return STATUS_INACTIVE
    if enrolment.failing_quiz:
        return STATUS_STUCK
    return STATUS_ACTIVE


def gradebook_counts(*, course: CoursePage, now=None) -> dict[str, int]:
    """{status: how many learners} over the whole course (one query)."""
    now = now or timezone.now()
    qs = gradebook_enrolments(course=course, now=now).order_by()
    cutoff = now - INACTIVE_AFTER
    counts = dict.fromkeys(STATUS_LABELS, 0)
    # Small rows, counted here: a status derived from aggregates does not group in SQL.
    for row in qs.values("status", "last_activity", "failing_quiz").iterator(chunk_size=2000):
        if row["status"] == Enrolment.Status.COMPLETED:
            counts[STATUS_COMPLETED] += 1
        elif row["last_activity"] < cutoff:
            counts[STATUS_INACTIVE] += 1
        elif row["failing_quiz"]:
            counts[STATUS_STUCK] += 1
        else:
            counts[STATUS_ACTIVE] += 1
    return counts


@dataclass
class QuestionStats:
    """One question of one quiz: attempts that answered it, how many right, and the wrong
    choice chosen most (None when nobody chose a wrong one)."""

    lesson: LessonPage
    quiz_title: Translated
    number: int  # 1-based within its quiz
    text: Translated
    answered: int = 0
    right: int = 0
    wrong_choices: Counter = field(default_factory=Counter)
    choice_texts: list = field(default_factory=list)

    @property
    def right_pct(self) -> int:
        return round(100 * self.right / self.answered) if self.answered else 0

    @property
    def top_wrong(self) -> tuple[Translated, int] | None:
        if not self.wrong_choices:
            return None
        index, count = self.wrong_choices.most_common(1)[0]
        return self.choice_texts[index], count


def question_analysis(*, course: CoursePage) -> list[QuestionStats]:
    """Every question of every quiz of `course` (live lessons, in order) over all the
    attempts learners made (two queries: the lessons with their bodies, the attempts).
    Answers recorded before a question was edited away are ignored."""
    lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
    stats: dict[tuple[int, str], list[QuestionStats]] = {}
    questions_of: dict[tuple[int, str], list] = {}
    out: list[QuestionStats] = []
    for lesson in lessons:
        for block in lesson.quiz_blocks():
            questions = list(block.value["questions"])
            questions_of[(lesson.pk, block.id)] = questions
            rows = [
                QuestionStats(
                    lesson=lesson,
                    quiz_title=translated(block.value, "title"),
                    number=i + 1,
                    text=translated(question, "text"),
                    choice_texts=[translated(c, "text") for c in question["choices"]],
                )
                for i, question in enumerate(questions)
            ]
            stats[(lesson.pk, block.id)] = rows
            out.extend(rows)
    if not stats:
        return out
    attempts = QuizAttempt.objects.filter(
        enrolment__course=course, lesson_id__in=[le.pk for le in lessons]
    ).values_list("lesson_id", "block_id", "answers", "results")
    for lesson_id, block_id, answers, results in attempts.iterator(chunk_size=2000):
        rows = stats.get((lesson_id, block_id))
        if rows is None:
            continue
        questions = questions_of[(lesson_id, block_id)]
        for i, row in enumerate(rows):
            chosen = (answers or {}).get(str(i))
            if chosen is None or i >= len(results):
                continue
            row.answered += 1
            if results[i]:
                row.right += 1
                continue
            choices = questions[i]["choices"]
            for j in chosen:
                if isinstance(j, int) and 0 <= j < len(choices) and not choices[j]["correct"]:
                    row.wrong_choices[j] += 1
    return out
