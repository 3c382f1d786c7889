from unittest import mock

import pytest
from django.contrib.auth import get_user_model

from courses import demo
from courses.models import CoursePage, CourseSectionPage, Enrolment, LessonPage
from portal.models import Province
from tests.courses.builders import QUIZ

pytestmark = pytest.mark.django_db

QUIZ_BLOCK = {"type": "quiz", "title_en": "", **QUIZ}


def course_data(slug, section, *, lessons, **fields) -> dict:
    """A course as courses.content_files.read_courses returns it."""
    return {
        "slug": slug,
        "section": section,
        "title": fields.pop("title", "Kỹ năng thương mại điện tử"),
        "title_en": "E-commerce skills",
        "summary": "Tóm tắt",
        "summary_en": "Summary",
        "description": "<p>Mô tả <strong>khoá học</strong></p>",
        "description_en": "<p>About the <strong>course</strong></p>",
        "cover": {
            "file": "covers/thuong-mai-dien-tu-co-ban.png",
            "alt": "Ảnh",
            "alt_en": "A picture",
        },
        "track": "ecommerce_skills",
        "platforms": [],
        "audience": "business",
        "officials_only": False,
        "level": "beginner",
        "estimated_minutes": 60,
        "outcomes": ["Biết bán hàng"],
        "outcomes_en": ["Know how to sell"],
        "prerequisites": [],
        "pass_mark": 70,
        "certificate": {"template": section},
        "lessons": [
            {
                "slug": lesson_slug,
                "title": title,
                "title_en": "",
                "estimated_minutes": 10,
                "body": body,
            }
            for lesson_slug, title, body in lessons
        ],
        **fields,
    }


FIXTURE = [
    course_data(
        "ky-nang-tmdt",
        "national",
        lessons=[
            (
                "bai-1",
                "Bài 1",
                [
                    {"type": "heading", "text": "Mở đầu", "text_en": "Introduction"},
                    {"type": "text", "text": "<p>Xin chào</p>", "text_en": ""},
                    {
                        "type": "callout",
                        "kind": "legal",
                        "title": "Luật",
                        "title_en": "",
                        "text": "Nội dung",
                        "text_en": "",
                        "legal_basis": "NĐ 52",
                    },
                    {
                        "type": "checklist",
                        "title": "Việc cần làm",
                        "title_en": "",
                        "items": [{"text": "Một", "text_en": ""}, {"text": "Hai", "text_en": ""}],
                    },
                    {
                        "type": "link",
                        "page": "journey:notify-website",
                        "text": "Thông báo",
                        "text_en": "",
                    },
                ],
            ),
            ("bai-2", "Bài 2", [QUIZ_BLOCK]),
        ],
    ),
    course_data(
        "ban-tren-shopee",
        79,
        title="Bán trên Shopee",
        track="platform",
        platforms=["shopee"],
        level="intermediate",
        pass_mark=80,
        prerequisites=["ky-nang-tmdt"],
        lessons=[
            ("bai-1", "Mở shop", [{"type": "text", "text": "<p>a</p>", "text_en": ""}]),
            ("bai-2", "Đăng sản phẩm", [QUIZ_BLOCK]),
        ],
    ),
]


def test_demo_builds_tree_and_learner_progress_idempotently(
    reference_data, django_capture_on_commit_callbacks
):
    from home.demo import load_accounts, load_home_page

    load_accounts()
    load_home_page()
    with (
        mock.patch("certification.services.certificate_issue") as issue,
        django_capture_on_commit_callbacks(execute=True),
    ):
        demo.load(courses=FIXTURE)
        counts = (CoursePage.objects.count(), LessonPage.objects.count(), Enrolment.objects.count())
        demo.load(courses=FIXTURE)
    assert (
        CoursePage.objects.count(),
        LessonPage.objects.count(),
        Enrolment.objects.count(),
    ) == counts
    assert CourseSectionPage.objects.count() == Province.objects.current().count() + 1
    assert counts[:2] == (2, 4)
    # learner@demo: 2; the other demo learners: HCM ones who completed the national
    # course (its prerequisite) take both, the others and Hà Nội ones the national
    # course only.
    assert counts[2] == 2 + (2 + 2 + 1 + 1) + 2 * 1
    for email in ("hocvien3@demo.example", "hocvien4@demo.example"):
        assert not Enrolment.objects.filter(user__email=email, course__slug="ban-tren-shopee")
    completed = Enrolment.objects.get(user__email="learner@demo.example", status="completed")
    assert completed.course.slug == "ky-nang-tmdt"
    in_progress = Enrolment.objects.get(user__email="learner@demo.example", status="active")
    assert in_progress.progress == 50
    # One certificate call per completion, none repeated by the second load.
    assert issue.call_count == Enrolment.objects.filter(status="completed").count()
    shopee = CoursePage.objects.get(slug="ban-tren-shopee")
    assert shopee.province.code == 79
    assert shopee.url == "/courses/ho-chi-minh/ban-tren-shopee/"
    assert [p.slug for p in shopee.prerequisites.all()] == ["ky-nang-tmdt"]

    trainer = get_user_model().objects.get(email="trainer@demo.example")
    lesson = LessonPage.objects.child_of(shopee).first()
    assert lesson.permissions_for_user(trainer).can_edit()
    hanoi = CourseSectionPage.objects.get(province__code=1, province__is_current=True)
    assert not hanoi.permissions_for_user(trainer).can_add_subpage()
    assert not hanoi.permissions_for_user(trainer).can_edit()


def test_demo_official_is_halfway_through_the_officials_course(reference_data):
    """So the officials' report shows something; loading twice changes nothing."""
    from home.demo import load_accounts, load_home_page

    officials_course = {
        **FIXTURE[0],
        "slug": "quan-ly-nha-nuoc",
        "officials_only": True,
        "audience": "official",
        "lessons": FIXTURE[0]["lessons"] * 1 + [{**FIXTURE[0]["lessons"][0], "slug": "bai-3"}],
    }
    load_accounts()
    load_home_page()
    with mock.patch("certification.services.certificate_issue"):
        demo.load(courses=[FIXTURE[0], officials_course])
        demo.load(courses=[FIXTURE[0], officials_course])
    enrolment = Enrolment.objects.get(
        user__email="official@demo.example", course__slug="quan-ly-nha-nuoc"
    )
    assert enrolment.status == "active" and enrolment.progress == 67  # 2 of 3 lessons
    assert enrolment.attempts.filter(passed=True).exists()
    # Mandatory training in Hồ Chí Minh, once however often the demo loads.
    from courses.models import Assignment

    assignment = Assignment.objects.get()
    assert assignment.course_id == enrolment.course_id and assignment.province.code == 79
