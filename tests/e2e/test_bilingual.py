"""A lesson read in English where part of it is not translated yet: the English where there
is some, the Vietnamese marked "(not yet translated)" (visible, lang="vi") where there is
none, on desktop and phone, without serious accessibility issues."""

import pytest

from courses.models import LessonPage
from courses.services import enrolment_create, section_create
from tests.conftest import PASSWORD
from tests.courses.builders import add_course, catalog_for, lessons_of
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

QUIZ = {
    "title": "Kiểm tra nhanh",
    "title_en": "Quick check",
    "questions": [
        {
            "text": "Sàn nào là của Việt Nam?",
            "text_en": "Which marketplace is Vietnamese?",
            "choices": [
                {"text": "Tiki", "text_en": "Tiki", "correct": True},
                {"text": "Một sàn nước ngoài", "text_en": "", "correct": False},
            ],
            "explanation": "Tiki thành lập ở Việt Nam.",
            "explanation_en": "Tiki was founded in Vietnam.",
        },
        {
            "text": "Câu hỏi chưa dịch?",
            "choices": [{"text": "Có", "correct": True}, {"text": "Không", "correct": False}],
            "explanation": "",
        },
    ],
}


@pytest.fixture
def lesson(home_page, hcm, make_user):
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    course = add_course(section, lessons=1, quiz=False, summary_en="")
    lesson = LessonPage.objects.get(pk=lessons_of(course)[0].pk)
    lesson.title_en = "Choosing a channel"
    lesson.body = [
        ("heading", {"text": "Mở đầu", "text_en": "Introduction"}),
        ("text", {"text": "<p>Đoạn văn chưa dịch.</p>", "text_en": ""}),
        (
            "callout",
            {"kind": "unverified", "title": "Lưu ý", "text": "Chưa rõ thời hạn.", "text_en": ""},
        ),
        (
            "checklist",
            {"title": "Việc cần làm", "title_en": "To do", "items": [{"text": "Một"}]},
        ),
        ("link", {"url": "/onboarding/", "text": "Bắt đầu hành trình", "text_en": ""}),
        ("quiz", QUIZ),
    ]
    lesson.save_revision().publish()
    learner = make_user("hoc.vien@example.com")
    enrolment_create(user=learner, course=course)
    return LessonPage.objects.get(pk=lesson.pk)


def test_partly_translated_lesson_in_english(live_server, page, phone_page, login, lesson):
    for browser_page, name in ((page, "desktop"), (phone_page, "phone")):
        login(browser_page, "hoc.vien@example.com", PASSWORD)
        browser_page.goto(f"{live_server.url}{lesson.url}?lang=en")
        assert browser_page.locator("h1").inner_text() == "Choosing a channel"
        untranslated = browser_page.locator('[lang="vi"].untranslated')
        texts = untranslated.all_inner_texts()
        assert "Đoạn văn chưa dịch." in texts and "Bắt đầu hành trình" in texts
        marks = browser_page.locator(".untranslated-mark")
        assert marks.first.is_visible() and "(not yet translated)" in marks.first.inner_text()
        # An untranslated question's choices carry no mark of their own (the question has it).
        question = browser_page.locator("fieldset").nth(1)
        assert question.locator(".untranslated-mark").count() == 1
        assert axe_violations(browser_page) == []
        if name == "phone":
            assert browser_page.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(browser_page, f"bilingual-lesson-en-{name}")
