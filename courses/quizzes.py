"""Quiz grading: pure functions over a quiz block's value (no ORM, no requests).

A quiz value is {"title", "title_en", "questions": [{"text", "text_en", "choices":
[{"text", "text_en", "correct"}], "explanation", "explanation_en"}]} (a Wagtail StructValue
or a plain dict). Answers are {question index (str): [choice indexes]}; a question is right
when exactly its correct choices are chosen. Scores are whole percentages. The texts shown
follow the reader's language (portal.i18n.Translated); the grading never depends on it.
"""

import random
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from portal.i18n import translated


class QuizInputError(ValueError):
    """The submitted answers do not fit the quiz (unknown or missing choices)."""


@dataclass(frozen=True)
class Grade:
    score: int
    passed: bool
    results: list  # one bool per question: answered right


def is_multiple_answer(question) -> bool:
    return sum(1 for choice in question["choices"] if choice["correct"]) > 1


def public_questions(quiz, *, seed: str = "", language: str | None = None) -> list[dict]:
    """What the browser may see before an attempt: texts only (in `language`, the active
    one by default), never `correct` flags or explanations. With a `seed` (the quiz block's
    id) each question's choices come in a shuffled order, the same at every visit and in
    both languages, so the right answer is not always where the author happened to write it
    (often first); each choice keeps its own index."""
    out = []
    for i, question in enumerate(quiz["questions"]):
        choices = [
            {"index": j, "text": translated(c, "text", language)}
            for j, c in enumerate(question["choices"])
        ]
        if seed:
            random.Random(f"{seed}:{i}").shuffle(choices)
        out.append(
            {
                "index": i,
                "text": translated(question, "text", language),
                "multiple": is_multiple_answer(question),
                "choices": choices,
            }
        )
    return out


def parse_answers(quiz, data) -> dict[str, list[int]]:
    """Reads answers from form data (a QueryDict or {"q-0": ["1"]}); field `q-<i>` holds
    the chosen choice indexes. Raises QuizInputError on unknown or missing choices."""
    answers = {}
    for i, question in enumerate(quiz["questions"]):
        key = f"q-{i}"
        raw = data.getlist(key) if hasattr(data, "getlist") else list(data.get(key, []))
        if not raw:
            raise QuizInputError(_("Answer every question."))
        try:
            chosen = sorted({int(value) for value in raw})
        except (TypeError, ValueError) as exc:
            raise QuizInputError(_("That choice is not part of this quiz.")) from exc
        if any(c < 0 or c >= len(question["choices"]) for c in chosen):
            raise QuizInputError(_("That choice is not part of this quiz."))
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
