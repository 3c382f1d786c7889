"""Builders for the course tree, shared by unit and browser tests: pages are added live
with add_child, as published pages without a revision history (publishing a revision
of each page was a fifth of the course tests' time). Tests of editing, moderation and
publishing make their own revisions. And the clients and forms of a signed-in learner."""

from django.test import Client
from django.utils import timezone

from courses import quizzes
from courses.models import CatalogPage, CoursePage, Enrolment, LessonPage

QUIZ = {
    "title": "Kiểm tra nhanh",
    "questions": [
        {
            "text": "Sàn nào là của Việt Nam?",
            "choices": [{"text": "Tiki", "correct": True}, {"text": "Amazon", "correct": False}],
            "explanation": "GIAI-THICH-BI-MAT: Tiki là sàn Việt Nam.",
        },
        {
            "text": "Chọn các việc cần làm",
            "choices": [
                {"text": "Thông báo website", "correct": True},
                {"text": "Bỏ qua", "correct": False},
                {"text": "Đăng ký sàn", "correct": True},
            ],
            "explanation": "Cả hai việc đều bắt buộc.",
        },
    ],
}
# Answers by choice index; quiz_form() turns them into the form a learner posts.
RIGHT = {"0": [0], "1": [0, 2]}
WRONG = {"0": [1], "1": [0]}


def catalog_for(home_page) -> CatalogPage:
    """The catalog under `home_page` (created and published once)."""
    existing = CatalogPage.objects.first()
    if existing:
        return existing
    page = CatalogPage(title="Khoá học", slug="courses")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_course(section, *, slug="ban-hang-tren-san", lessons=3, quiz=True, **fields):
    defaults = {
        "title": "Khoá bán hàng mẫu",
        "title_en": "Selling on marketplaces",
        "summary": "Mở gian hàng và bán hàng",
        "track": CoursePage.Track.PLATFORM,
        "level": CoursePage.Level.BEGINNER,
        "audience": CoursePage.Audience.BUSINESS,
        "pass_mark": 70,
    }
    defaults.update(fields)
    course = CoursePage(slug=slug, **defaults)
    section.add_child(instance=live(course))
    for i in range(lessons):
        body = [
            ("heading", {"text": f"Phần {i + 1}", "text_en": f"Part {i + 1}"}),
            ("text", {"text": "<p>Nội dung bài học</p>", "text_en": ""}),
        ]
        if quiz and i == lessons - 1:
            body.append(("quiz", QUIZ))
        lesson = LessonPage(title=f"Bài {i + 1}", slug=f"bai-{i + 1}", body=body)
        course.add_child(instance=live(lesson))
    return CoursePage.objects.get(pk=course.pk)


def live(page):
    """`page` as publishing would leave it (live, with its publication dates)."""
    page.live = True
    page.first_published_at = page.last_published_at = timezone.now()
    return page


def lessons_of(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def first_lessons(sections: dict, **course_fields) -> dict:
    """{key: the first lesson (specific) of a new course in sections[key]}."""
    return {
        key: lessons_of(add_course(section, slug=f"khoa-{key}", **course_fields))[0].specific
        for key, section in sections.items()
    }


def quiz_form(user, lesson, answers: dict, *, number: int | None = None, block=None) -> dict:
    """The POST a learner's browser sends for `answers` (choice indexes) at the first quiz
    of `lesson` (or `block`): the attempt number and the choice values rendered for that
    attempt (`number` defaults to the learner's next one)."""
    lesson = lesson.specific
    block = block or lesson.quiz_blocks()[0]
    enrolment = Enrolment.objects.get(user=user, course__path=lesson.path[: -lesson.steplen])
    if number is None:
        number = enrolment.attempts.filter(block_id=block.id).count() + 1
    key = quizzes.attempt_key(
        enrolment_id=enrolment.pk, lesson_id=lesson.pk, block_id=block.id, number=number
    )
    return {"attempt": str(number), **quizzes.form_data(block.value, answers, key=key)}


def quiz_url(lesson) -> str:
    """The POST address of the (first) quiz of `lesson`."""
    block_id = lesson.specific.quiz_blocks()[0].id
    return f"/learning/lessons/{lesson.pk}/quiz/{block_id}/"


def enrolled_client(user, course):
    client = client_for(user)
    client.post(f"/learning/enrol/{course.pk}/")
    return client


def client_for(user, csrf=False):
    client = Client(enforce_csrf_checks=csrf)
    client.force_login(user)
    return client


def csv_of(response) -> str:
    assert response.streaming and response["Content-Type"].startswith("text/csv")
    return b"".join(response.streaming_content).decode("utf-8-sig")
