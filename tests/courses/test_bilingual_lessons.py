"""Lessons read in English: the English where there is some, the Vietnamese visibly marked
where there is none; one quiz for both languages, graded the same."""

import pytest

from courses.models import CoursePage, LessonPage, QuizAttempt
from tests.courses.builders import enrolled_client, quiz_form, quiz_url

pytestmark = pytest.mark.django_db

MARKED = '<span lang="vi" class="untranslated">{}</span> <small class="untranslated-mark">'
BLOCK_MARK = '<p class="untranslated-mark">(not yet translated)</p>'

QUIZ = {
    "title": "Kiểm tra nhanh",
    "title_en": "Quick check",
    "questions": [
        {
            "text": "Sàn nào là của Việt Nam?",
            "text_en": "Which marketplace is Vietnamese?",
            "choices": [
                {"text": "Tiki", "text_en": "Tiki", "correct": True},
                {"text": "Một sàn khác", "text_en": "", "correct": False},
            ],
            "explanation": "Tiki thành lập ở Việt Nam.",
            "explanation_en": "Tiki was founded in Vietnam.",
        },
        {
            "text": "Câu chưa dịch?",
            "text_en": "",
            "choices": [
                {"text": "Có", "text_en": "Yes", "correct": True},
                {"text": "Không", "text_en": "No", "correct": False},
            ],
            "explanation": "Giải thích chưa dịch.",
            "explanation_en": "",
        },
    ],
}


@pytest.fixture
def bilingual_course(section_hcm):
    course = CoursePage(
        slug="song-ngu",
        title="Khoá song ngữ",
        title_en="A bilingual course",
        summary="Tóm tắt",
        summary_en="",
        outcomes="Biết bán hàng\nBiết giao hàng",
        outcomes_en="",
        description="<p>Mô tả</p>",
        description_en="<p>About</p>",
        track=CoursePage.Track.PLATFORM,
        level=CoursePage.Level.BEGINNER,
        pass_mark=100,
    )
    section_hcm.add_child(instance=course)
    course.save_revision().publish()
    body = [
        ("heading", {"text": "Mở đầu", "text_en": "Introduction"}),
        ("heading", {"text": "Phần hai", "text_en": ""}),
        ("text", {"text": "<p>Đoạn văn</p>", "text_en": "<p>A paragraph</p>"}),
        ("text", {"text": "<p>Chỉ tiếng Việt</p>", "text_en": ""}),
        (
            "callout",
            {"kind": "unverified", "title": "Lưu ý", "title_en": "Note", "text": "Dòng 1\nDòng 2"},
        ),
        ("checklist", {"title": "Việc", "title_en": "To do", "items": [{"text": "Một"}]}),
        ("link", {"url": "/onboarding/?step=a%3Ab", "text": "Đi tiếp", "text_en": "Go on"}),
        ("quiz", QUIZ),
    ]
    lesson = LessonPage(title="Bài một", title_en="Lesson one", slug="bai-mot", body=body)
    course.add_child(instance=lesson)
    lesson.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def test_lesson_in_english_with_marks_where_english_is_missing(learner, bilingual_course):
    client = enrolled_client(learner, bilingual_course)
    lesson = LessonPage.objects.child_of(bilingual_course).get()
    html = client.get(lesson.url + "?lang=en").text
    assert "<h1>Lesson one</h1>" in html and "<h2>Introduction</h2>" in html
    assert "<h2>" + MARKED.format("Phần hai") in html
    assert "<p>A paragraph</p>" in html and "Đoạn văn" not in html
    assert '<div lang="vi" class="untranslated"><p>Chỉ tiếng Việt</p></div>' in html
    assert "<strong>Note</strong>" in html
    assert MARKED.format("Dòng 1<br>Dòng 2") in html  # the callout's text has no English
    assert "callout-unverified" in html and "Not verified" in html
    # A list whose items all lack English: each item in Vietnamese, one mark after it.
    assert "<h3>To do</h3>" in html
    assert '<li><span lang="vi" class="untranslated">Một</span></li></ul>' + BLOCK_MARK in html
    assert 'href="/onboarding/?step=a%3Ab">Go on</a>' in html
    # The quiz: English texts, the Vietnamese ones marked, never the answers.
    assert "Quick check" in html and "Which marketplace is Vietnamese?" in html
    assert MARKED.format("Câu chưa dịch?") in html and MARKED.format("Một sàn khác") in html
    assert "Tiki was founded" not in html
    assert "(not yet translated)" in html


def test_lesson_in_vietnamese_has_no_mark(learner, bilingual_course):
    client = enrolled_client(learner, bilingual_course)
    lesson = LessonPage.objects.child_of(bilingual_course).get()
    html = client.get(lesson.url + "?lang=vi").text
    assert "<h2>Mở đầu</h2>" in html and "<h2>Phần hai</h2>" in html
    assert "Sàn nào là của Việt Nam?" in html and "Introduction" not in html
    assert 'class="untranslated' not in html


def test_course_page_outcomes_and_description_in_english(client, bilingual_course):
    html = client.get(bilingual_course.url + "?lang=en").text
    assert "<h1>A bilingual course</h1>" in html and "<p>About</p>" in html
    # Outcomes not translated yet: one mark for the list.
    assert (
        '<li><span lang="vi" class="untranslated">Biết bán hàng</span></li>'
        '<li><span lang="vi" class="untranslated">Biết giao hàng</span></li></ul>' + BLOCK_MARK
    ) in html
    assert MARKED.format("Tóm tắt") in html
    assert "<title>A bilingual course ·" in html


def test_one_quiz_graded_the_same_in_both_languages(learner, bilingual_course):
    client = enrolled_client(learner, bilingual_course)
    lesson = LessonPage.objects.child_of(bilingual_course).get()
    answers = quiz_form(learner, lesson, {"0": [0], "1": [0]})
    client.post(quiz_url(lesson) + "?lang=en", answers)
    attempt = QuizAttempt.objects.get()
    assert attempt.passed and attempt.score == 100
    html = client.get(lesson.url + "?lang=en").text
    # Feedback after the attempt, in English where there is English.
    assert "Tiki was founded in Vietnam." in html
    assert MARKED.format("Giải thích chưa dịch.") in html
    html = client.get(lesson.url + "?lang=vi").text
    assert "Tiki thành lập ở Việt Nam." in html


def test_catalog_intro_in_the_reader_language(client, catalog):
    catalog.intro, catalog.intro_en = "Khoá học tự học", ""
    catalog.save_revision().publish()
    html = client.get(catalog.url + "?lang=en").text
    assert '<p class="lead"><span lang="vi" class="untranslated">Khoá học tự học</span>' in html
    catalog.intro_en = "Self-paced courses"
    catalog.save_revision().publish()
    assert '<p class="lead">Self-paced courses</p>' in client.get(catalog.url + "?lang=en").text
    assert '<p class="lead">Khoá học tự học</p>' in client.get(catalog.url + "?lang=vi").text
