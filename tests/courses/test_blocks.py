"""courses/blocks.py: what the lesson body's blocks accept, as the admin's form would
check it (a link goes to a page or an address, one of the two, never a script; a quiz
question has a right answer)."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from courses.blocks import LessonBodyBlock, LinkBlock, QuizQuestionBlock, validate_link_url


@pytest.mark.parametrize(
    "url",
    ["/onboarding/", "/onboarding/?step=notify-website", "https://online.gov.vn/", "http://x.vn"],
)
def test_an_address_on_the_site_or_on_the_web_is_accepted(url):
    validate_link_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "//evil.example/",  # another site, though it starts with a slash
        "ftp://files.example/a.pdf",
        "data:text/html,<script>alert(1)</script>",
        "onboarding/",
        "",
    ],
)
def test_scripts_other_schemes_and_other_sites_in_disguise_are_refused(url):
    with pytest.raises(ValidationError):
        validate_link_url(url)


def _link(**value):
    block = LinkBlock()
    return block, block.to_python({"page": None, "url": "", "text": "Đi tiếp", **value})


def test_a_link_to_an_address_is_clean():
    block, value = _link(url="/onboarding/?step=a%3Ab")
    assert block.clean(value)["url"] == "/onboarding/?step=a%3Ab"


def test_a_link_needs_a_page_or_an_address():
    block, value = _link()
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    assert "url" in caught.value.block_errors


@pytest.mark.django_db
def test_a_link_takes_a_page_or_an_address_not_both(home_page):
    block, value = _link(page=home_page.pk, url="https://x.vn/")
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    assert "url" in caught.value.block_errors
    block, value = _link(page=home_page.pk)
    assert block.clean(value)["page"].pk == home_page.pk


def _question(*correct: bool):
    block = QuizQuestionBlock()
    choices = [{"text": f"Lựa chọn {i}", "correct": c} for i, c in enumerate(correct)]
    return block, block.to_python({"text": "Câu hỏi?", "choices": choices})


def test_a_question_without_a_right_choice_is_refused():
    block, value = _question(False, False, False)
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    assert "choices" in caught.value.block_errors


@pytest.mark.parametrize("correct", [(True, False), (False, True, True)])
def test_one_or_several_right_choices_are_accepted(correct):
    block, value = _question(*correct)
    cleaned = block.clean(value)
    assert [choice["correct"] for choice in cleaned["choices"]] == list(correct)


def test_a_lesson_body_refuses_a_quiz_with_an_unanswerable_question():
    body = LessonBodyBlock()
    quiz = {
        "title": "Kiểm tra",
        "questions": [
            {"text": "Đúng?", "choices": [{"text": "Có", "correct": True}, {"text": "Không"}]},
            {"text": "Sai?", "choices": [{"text": "Có"}, {"text": "Không"}]},
        ],
    }
    value = body.to_python([{"type": "quiz", "value": quiz}])
    with pytest.raises(StreamBlockValidationError):
        body.clean(value)
    quiz["questions"].pop()
    body.clean(body.to_python([{"type": "quiz", "value": quiz}]))
