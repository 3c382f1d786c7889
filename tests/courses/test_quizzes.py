from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from django.utils import translation

from courses import quizzes
from courses.content_files import read_courses
from tests.courses.builders import QUIZ, RIGHT


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


KEY = quizzes.attempt_key(enrolment_id=7, lesson_id=3, block_id="block-1", number=1)


def test_grade_all_right_passes():
    grade = quizzes.grade(QUIZ, {"0": [0], "1": [0, 2]}, pass_mark=70)
    assert grade.score == 100 and grade.passed and grade.results == [True, True]


def test_multiple_answer_question_needs_every_correct_choice():
    grade = quizzes.grade(QUIZ, {"0": [0], "1": [0]}, pass_mark=70)
    assert grade.score == 50 and not grade.passed and grade.results == [True, False]


def test_form_data_is_read_back_as_the_same_answers():
    data = quizzes.form_data(QUIZ, RIGHT, key=KEY)
    assert quizzes.parse_answers(QUIZ, data, key=KEY) == RIGHT


def test_parse_answers_refuses_positions_and_values_made_elsewhere():
    right = quizzes.form_data(QUIZ, RIGHT, key=KEY)
    other_attempt = quizzes.attempt_key(enrolment_id=7, lesson_id=3, block_id="block-1", number=2)
    other_lesson = quizzes.attempt_key(enrolment_id=7, lesson_id=4, block_id="block-1", number=1)
    other_learner = quizzes.attempt_key(enrolment_id=8, lesson_id=3, block_id="block-1", number=1)
    refused = [
        {"q-0": ["0"], "q-1": ["0", "2"]},  # authored positions: the old exploit
        {"q-0": ["x"], "q-1": right["q-1"]},
        {"q-0": right["q-0"], "q-1": right["q-0"]},  # another question's value
        {"q-0": right["q-0"], "q-1": [*right["q-1"], "7"]},
    ]
    for key in (other_attempt, other_lesson, other_learner):
        refused.append(quizzes.form_data(QUIZ, RIGHT, key=key))
    for data in refused:
        with pytest.raises(quizzes.QuizInputError, match="do not belong to this attempt"):
            quizzes.parse_answers(QUIZ, data, key=KEY)


def test_parse_answers_refuses_missing_answer_and_two_on_single_answer():
    both = quizzes.form_data(QUIZ, {"0": [0, 1], "1": [0]}, key=KEY)
    with pytest.raises(quizzes.QuizInputError, match="Answer every question"):
        quizzes.parse_answers(QUIZ, {"q-0": both["q-0"][:1]}, key=KEY)
    with pytest.raises(quizzes.QuizInputError, match="Choose one answer"):
        quizzes.parse_answers(QUIZ, both, key=KEY)


def test_public_questions_carry_neither_answers_nor_explanations_nor_positions():
    public = quizzes.public_questions(QUIZ, key=KEY)
    text = repr(public)
    assert "correct" not in text and "GIAI-THICH" not in text
    assert public[1]["multiple"] is True and public[0]["multiple"] is False
    for question in public:
        for choice in question["choices"]:
            assert set(choice) == {"value", "text"}
            assert len(choice["value"]) == 24 and not choice["value"].isdigit()


def test_choices_shuffled_per_attempt_the_same_at_every_visit():
    quiz = {
        "title": "",
        "questions": [
            {
                "text": f"Câu {i}",
                "choices": [{"text": f"Đúng {i}", "correct": True}]
                + [{"text": f"Sai {i}.{j}", "correct": False} for j in range(3)],
                "explanation": "",
            }
            for i in range(10)
        ],
    }
    shown = quizzes.public_questions(quiz, key=KEY)
    assert shown == quizzes.public_questions(quiz, key=KEY)  # stable between visits
    later = quizzes.attempt_key(enrolment_id=7, lesson_id=3, block_id="block-1", number=2)
    orders = [[str(c["text"]) for c in q["choices"]] for q in shown]
    assert orders != [
        [str(c["text"]) for c in q["choices"]] for q in quizzes.public_questions(quiz, key=later)
    ]
    for question, order in zip(quiz["questions"], orders, strict=True):
        assert sorted(order) == sorted(c["text"] for c in question["choices"])


def _demo_quizzes():
    """(course slug, pass mark, quiz) of every quiz in the course content files."""
    return [
        (course["slug"], course["pass_mark"], block)
        for course in read_courses()
        for lesson in course["lessons"]
        for block in lesson["body"]
        if block["type"] == "quiz"
    ]


def test_there_are_demo_quizzes_to_try():
    assert len(_demo_quizzes()) >= 6


@pytest.mark.parametrize("strategy", ["first", "same"])
def test_guessing_strategies_refused_on_every_demo_quiz(strategy):
    """Posting the first choice everywhere (the authored position 0, which passed most demo
    quizzes) or one value for every question is refused: nothing to grade."""
    for slug, _mark, quiz in _demo_quizzes():
        shown = quizzes.public_questions(quiz, key=KEY)
        if strategy == "first":
            data = {f"q-{q['index']}": ["0"] for q in shown}
        else:
            data = {f"q-{q['index']}": [shown[0]["choices"][0]["value"]] for q in shown}
        with pytest.raises(quizzes.QuizInputError):
            quizzes.parse_answers(quiz, data, key=KEY)
        assert slug


def test_the_first_choice_shown_passes_no_more_often_than_a_guess():
    """Choosing the first choice on the page, attempt after attempt: the order changes
    with every attempt, so position tells nothing (a guess passes a demo quiz a few times
    in a hundred; authors wrote the right answer first in most questions)."""
    for slug, mark, quiz in _demo_quizzes():
        passes = 0
        tries = 200
        for number in range(1, tries + 1):
            key = quizzes.attempt_key(enrolment_id=1, lesson_id=1, block_id="b", number=number)
            shown = quizzes.public_questions(quiz, key=key)
            data = {f"q-{q['index']}": [q["choices"][0]["value"]] for q in shown}
            answers = quizzes.parse_answers(quiz, data, key=key)
            passes += quizzes.grade(quiz, answers, pass_mark=mark).passed
        assert passes / tries < 0.15, slug


NOW = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def attempts(*minutes_ago_passed):
    return [
        SimpleNamespace(created_at=NOW - timedelta(minutes=m), passed=p)
        for m, p in minutes_ago_passed
    ]


def test_state_unlimited_without_cooldown():
    state = quizzes.state(quizzes.Rules(), attempts((5, False), (1, False)), now=NOW)
    assert state.can_attempt and state.attempts_left is None and state.attempts_used == 2
    assert not state.show_feedback and state.closed_reason() == ""


def test_state_attempt_limit():
    rules = quizzes.Rules(max_attempts=2)
    state = quizzes.state(rules, attempts((5, False)), now=NOW)
    assert state.can_attempt and state.attempts_left == 1 and not state.show_feedback
    state = quizzes.state(rules, attempts((5, False), (1, False)), now=NOW)
    assert not state.can_attempt and state.exhausted and state.show_feedback  # the last one
    assert "all 2 attempts" in state.closed_reason()


def test_state_cooldown_counts_whole_minutes_up():
    rules = quizzes.Rules(cooldown_minutes=10)
    state = quizzes.state(rules, attempts((20, False), (3, False)), now=NOW - timedelta(seconds=30))
    assert not state.can_attempt and state.minutes_to_wait == 8
    assert state.next_attempt_at == NOW + timedelta(minutes=7)
    assert "in 8 minutes" in state.closed_reason()
    assert quizzes.state(rules, attempts((10, False)), now=NOW).can_attempt
    # No cool-down to announce once no attempt is left.
    done = quizzes.state(
        quizzes.Rules(max_attempts=1, cooldown_minutes=10), attempts((1, False)), now=NOW
    )
    assert done.next_attempt_at is None and done.exhausted


def test_feedback_setting():
    each = quizzes.Rules(feedback=quizzes.FEEDBACK_AFTER_EACH_ATTEMPT)
    assert not quizzes.state(each, [], now=NOW).show_feedback
    assert quizzes.state(each, attempts((1, False)), now=NOW).show_feedback
    default = quizzes.Rules(max_attempts=3)
    assert not quizzes.state(default, attempts((1, False)), now=NOW).show_feedback
    assert quizzes.state(default, attempts((2, False), (1, True)), now=NOW).show_feedback
