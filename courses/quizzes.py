"""Quizzes: pure functions over a quiz block's value (no ORM, no requests).

A quiz value is {"title", "title_en", "questions": [{"text", "text_en", "choices":
[{"text", "text_en", "correct"}], "explanation", "explanation_en"}]} (a Wagtail StructValue
or a plain dict). Answers are {question index (str): [choice indexes]}; a question is right
when exactly its correct choices are chosen. Scores are whole percentages. The texts shown
follow the reader's language (portal.i18n.Translated); the grading never depends on it.

The browser never sees a choice's position: each rendered choice carries an opaque value,
an HMAC of the attempt (enrolment, lesson, quiz block, attempt number), the question and
the choice, keyed by SECRET_KEY. The server maps values back to choices; a value made for
another attempt, question or lesson maps to nothing and the attempt is refused. Choices are
shuffled per attempt too, so neither a value nor a position tells the answer.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.i18n import translated

# CoursePage.QuizFeedback's values (the model's TextChoices label them for authors).
FEEDBACK_AFTER_PASS_OR_LAST = "after_pass_or_last"
FEEDBACK_AFTER_EACH_ATTEMPT = "after_each_attempt"

_VALUE_SALT = "courses.quizzes.choice"
_VALUE_LENGTH = 24  # hex characters: 96 bits, not guessable


class QuizInputError(ValueError):
    """The submitted answers do not fit the quiz (unknown or missing choices)."""


@dataclass(frozen=True)
class Grade:
    score: int
    passed: bool
    results: list  # one bool per question: answered right


def is_multiple_answer(question) -> bool:
    return sum(1 for choice in question["choices"] if choice["correct"]) > 1


def attempt_key(*, enrolment_id, lesson_id: int, block_id: str, number: int) -> str:
    """What a rendered quiz form belongs to: one attempt of one learner at one quiz."""
    return f"{enrolment_id}:{lesson_id}:{block_id}:{number}"


def choice_value(key: str, question: int, choice: int) -> str:
    """The opaque form value of choice `choice` of question `question` in attempt `key`."""
    mac = salted_hmac(_VALUE_SALT, f"{key}:{question}:{choice}", algorithm="sha256")
    return mac.hexdigest()[:_VALUE_LENGTH]


def public_questions(quiz, *, key: str, language: str | None = None) -> list[dict]:
    """What the browser may see of an attempt: texts (in `language`, the active one by
    default) and opaque values, never `correct` flags, explanations or positions. Each
    question's choices come in an order shuffled by `key`: the same at every visit during
    an attempt and in both languages, another at the next attempt."""
    out = []
    for i, question in enumerate(quiz["questions"]):
        choices = [
            {"value": choice_value(key, i, j), "text": translated(c, "text", language)}
            for j, c in enumerate(question["choices"])
        ]
        random.Random(f"{key}:{i}").shuffle(choices)
        out.append(
            {
                "index": i,
                "text": translated(question, "text", language),
                "multiple": is_multiple_answer(question),
                "choices": choices,
            }
        )
    return out


def form_data(quiz, answers: dict[str, list[int]], *, key: str) -> dict[str, list[str]]:
    """The form a learner would post for `answers` (choice indexes) in attempt `key`: for
    demo data and tests, which answer through the same door as people."""
    return {
        f"q-{i}": [choice_value(key, i, j) for j in answers.get(str(i), [])]
        for i, _question in enumerate(quiz["questions"])
    }


def parse_answers(quiz, data, *, key: str) -> dict[str, list[int]]:
    """Reads answers from form data (a QueryDict or {"q-0": ["…"]}); field `q-<i>` holds
    the chosen choices' values for attempt `key`. Raises QuizInputError on a missing
    answer or a value not made for this attempt and question."""
    answers = {}
    for i, question in enumerate(quiz["questions"]):
        field = f"q-{i}"
        raw = data.getlist(field) if hasattr(data, "getlist") else list(data.get(field, []))
        if not raw:
            raise QuizInputError(_("Answer every question."))
        values = {choice_value(key, i, j): j for j in range(len(question["choices"]))}
        if any(value not in values for value in raw):
            raise QuizInputError(
                _(
                    "These answers do not belong to this attempt at the quiz (an older "
                    "or changed form). Choose your answers again and submit them."
                )
            )
        chosen = sorted({values[value] for value in raw})
        if len(chosen) > 1 and not is_multiple_answer(question):
            raise QuizInputError(_("Choose one answer for each single-answer question."))
        answers[str(i)] = chosen
    return answers


def grade(quiz, answers: dict[str, list[int]], *, pass_mark: int) -> Grade:
    """Grades parsed answers. Pure and deterministic."""
    questions = list(quiz["questions"])
    results = []
    for i, question in enumerate(questions):
        correct = {j for j, choice in enumerate(question["choices"]) if choice["correct"]}
        results.append(set(answers.get(str(i), [])) == correct)
    score = round(100 * sum(results) / len(questions)) if questions else 100
    return Grade(score=score, passed=score >= pass_mark, results=results)


def feedback(quiz, answers: dict, results: list, *, language: str | None = None) -> list[dict]:
    """After an attempt: each question with the learner's choices, right or wrong, and its
    explanation, in `language` (the active one by default)."""
    out = []
    for i, question in enumerate(quiz["questions"]):
        chosen = set(answers.get(str(i), []))
        out.append(
            {
                "text": translated(question, "text", language),
                "chosen": [
                    translated(c, "text", language)
                    for j, c in enumerate(question["choices"])
                    if j in chosen
                ],
                "right": bool(results[i]) if i < len(results) else False,
                "explanation": translated(question, "explanation", language),
            }
        )
    return out


# --- attempts: limits, cool-down, feedback --------------------------------------------


@dataclass(frozen=True)
class Rules:
    """A course's quiz settings: `max_attempts` 0 is unlimited."""

    max_attempts: int = 0
    cooldown_minutes: int = 0
    feedback: str = FEEDBACK_AFTER_PASS_OR_LAST


@dataclass(frozen=True)
class State:
    """Where a learner stands on one quiz, `now`."""

    attempts_used: int
    attempts_left: int | None  # None: unlimited
    passed: bool
    next_attempt_at: datetime | None  # set while a cool-down runs
    minutes_to_wait: int  # whole minutes, rounded up; 0 when none
    show_feedback: bool  # per-question right/wrong and the explanations

    @property
    def exhausted(self) -> bool:
        return self.attempts_left == 0

    @property
    def can_attempt(self) -> bool:
        return not self.exhausted and self.next_attempt_at is None

    def closed_reason(self) -> str:
        """Why no attempt can be made now (translated); "" when one can."""
        if self.exhausted:
            return ngettext(
                "You have used your %(count)s attempt at this quiz.",
                "You have used all %(count)s attempts at this quiz.",
                self.attempts_used,
            ) % {"count": self.attempts_used}
        if self.next_attempt_at is not None:
            return ngettext(
                "You can try this quiz again in %(count)s minute.",
                "You can try this quiz again in %(count)s minutes.",
                self.minutes_to_wait,
            ) % {"count": self.minutes_to_wait}
        return ""


def state(rules: Rules, attempts: list, *, now: datetime) -> State:
    """The state of a quiz after `attempts` (objects with `created_at` and `passed`, oldest
    first). Feedback shows after every attempt when the course says so, otherwise once the
    quiz is passed or the last allowed attempt is used."""
    used = len(attempts)
    left = max(rules.max_attempts - used, 0) if rules.max_attempts else None
    passed = any(a.passed for a in attempts)
    next_at = None
    wait = 0
    if attempts and rules.cooldown_minutes and left != 0:
        ends = attempts[-1].created_at + timedelta(minutes=rules.cooldown_minutes)
        if ends > now:
            next_at = ends
            wait = max(1, math.ceil((ends - now).total_seconds() / 60))
    show = bool(attempts) and (rules.feedback == FEEDBACK_AFTER_EACH_ATTEMPT or passed or left == 0)
    return State(
        attempts_used=used,
        attempts_left=left,
        passed=passed,
        next_attempt_at=next_at,
        minutes_to_wait=wait,
        show_feedback=show,
    )
