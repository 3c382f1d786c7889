import pytest

from courses import quizzes
from tests.courses.builders import QUIZ


def test_grade_all_right_passes():
    grade = quizzes.grade(QUIZ, {"0": [0], "1": [0, 2]}, pass_mark=70)
    assert grade.score == 100 and grade.passed and grade.results == [True, True]


def test_multiple_answer_question_needs_every_correct_choice():
    grade = quizzes.grade(QUIZ, {"0": [0], "1": [0]}, pass_mark=70)
    assert grade.score == 50 and not grade.passed and grade.results == [True, False]


def test_parse_answers_refuses_unknown_choice():
    with pytest.raises(quizzes.QuizInputError):
        quizzes.parse_answers(QUIZ, {"q-0": ["7"], "q-1": ["0"]})
    with pytest.raises(quizzes.QuizInputError):
        quizzes.parse_answers(QUIZ, {"q-0": ["x"], "q-1": ["0"]})


def test_parse_answers_refuses_missing_answer_and_two_on_single_answer():
    with pytest.raises(quizzes.QuizInputError):
        quizzes.parse_answers(QUIZ, {"q-0": ["0"]})
    with pytest.raises(quizzes.QuizInputError):
        quizzes.parse_answers(QUIZ, {"q-0": ["0", "1"], "q-1": ["0"]})


def test_public_questions_never_carry_answers_or_explanations():
    public = quizzes.public_questions(QUIZ)
    text = repr(public)
    assert "correct" not in text and "GIAI-THICH" not in text
    assert public[1]["multiple"] is True and public[0]["multiple"] is False
