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


def test_choices_shuffled_per_quiz_the_same_at_every_visit():
    """Authors often write the right answer first: a learner who always picks the first
    choice must not pass for that."""
    from courses.quizzes import grade, public_questions

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
    shown = public_questions(quiz, seed="block-1")
    assert shown == public_questions(quiz, seed="block-1")  # stable between visits
    first_shown = {str(q["index"]): [q["choices"][0]["index"]] for q in shown}
    assert grade(quiz, first_shown, pass_mark=70).score < 70
    for question in shown:  # the same choices, each with its own index
        authored = quiz["questions"][question["index"]]["choices"]
        assert sorted(c["index"] for c in question["choices"]) == [0, 1, 2, 3]
        assert all(str(c["text"]) == authored[c["index"]]["text"] for c in question["choices"])
    # Unseeded (e.g. reports) keeps the authored order.
    assert [c["index"] for c in public_questions(quiz)[0]["choices"]] == [0, 1, 2, 3]
