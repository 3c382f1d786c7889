"""Builders for the course tree, shared by unit and browser tests: pages are added with
add_child and published."""

from courses.models import CatalogPage, CoursePage, LessonPage

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
RIGHT = {"q-0": ["0"], "q-1": ["0", "2"]}
WRONG = {"q-0": ["1"], "q-1": ["0"]}


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
    section.add_child(instance=course)
    course.save_revision().publish()
    for i in range(lessons):
        body = [
            ("heading", {"text": f"Phần {i + 1}", "text_en": f"Part {i + 1}"}),
            ("text", {"text": "<p>Nội dung bài học</p>", "text_en": ""}),
        ]
        if quiz and i == lessons - 1:
            body.append(("quiz", QUIZ))
        lesson = LessonPage(title=f"Bài {i + 1}", slug=f"bai-{i + 1}", body=body)
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def lessons_of(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def first_lessons(sections: dict, **course_fields) -> dict:
    """{key: the first lesson (specific) of a new course in sections[key]}."""
    return {
        key: lessons_of(add_course(section, slug=f"khoa-{key}", **course_fields))[0].specific
        for key, section in sections.items()
    }
