from unittest import mock

import pytest
from django.contrib.auth import get_user_model

from courses import demo
from courses.models import CoursePage, CourseSectionPage, Enrolment, LessonPage
from portal.models import Province
from tests.courses.builders import QUIZ

pytestmark = pytest.mark.django_db

FIXTURE = [
    {
        "slug": "ky-nang-tmdt",
        "section": "national",
        "title": "Kỹ năng thương mại điện tử",
        "title_en": "E-commerce skills",
        "summary": "Tóm tắt",
        "summary_en": "Summary",
        "description_html": "<p>Mô tả <strong>khoá học</strong></p>",
        "track": "ecommerce_skills",
        "platforms": [],
        "audience": "business",
        "officials_only": False,
        "level": "beginner",
        "estimated_minutes": 60,
        "outcomes": ["Biết bán hàng"],
        "prerequisites": [],
        "pass_mark": 70,
        "lessons": [
            {
                "slug": "bai-1",
                "title": "Bài 1",
                "estimated_minutes": 10,
                "body": [
                    ("heading", {"text": "Mở đầu", "text_en": "Introduction"}),
                    ("text", {"text": "<p>Xin chào</p>", "text_en": ""}),
                    (
                        "callout",
                        {
                            "kind": "legal",
                            "title": "Luật",
                            "text": "Nội dung",
                            "legal_basis": "NĐ 52",
                        },
                    ),
                    (
                        "checklist",
                        {"title": "Việc cần làm", "items": [{"text": "Một"}, {"text": "Hai"}]},
                    ),
                    ("link", {"url": "/onboarding/?step=notify-website", "text": "Thông báo"}),
                ],
            },
            {"slug": "bai-2", "title": "Bài 2", "estimated_minutes": 10, "body": [("quiz", QUIZ)]},
        ],
    },
    {
        "slug": "ban-tren-shopee",
        "section": 79,
        "title": "Bán trên Shopee",
        "title_en": "Selling on Shopee",
        "summary": "Tóm tắt",
        "summary_en": "",
        "description_html": "<p>Mô tả</p>",
        "track": "platform",
        "platforms": ["shopee"],
        "audience": "business",
        "officials_only": False,
        "level": "intermediate",
        "estimated_minutes": 90,
        "outcomes": [],
        "prerequisites": ["ky-nang-tmdt"],
        "pass_mark": 80,
        "lessons": [
            {
                "slug": "bai-1",
                "title": "Mở shop",
                "estimated_minutes": 10,
                "body": [("text", {"text": "<p>a</p>"})],
            },
            {
                "slug": "bai-2",
                "title": "Đăng sản phẩm",
                "estimated_minutes": 10,
                "body": [("quiz", QUIZ)],
            },
        ],
    },
]


def test_demo_builds_tree_and_learner_progress_idempotently(reference_data):
    from home.demo import load_accounts, load_home_page

    load_accounts()
    load_home_page()
    with mock.patch("certification.services.certificate_issue") as issue:
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


def test_demo_content_module_fits_the_contract():
    content = demo.demo_courses()
    assert len(content) >= 6
    from courses.blocks import LessonBodyBlock

    block = LessonBodyBlock()
    slugs = {c["slug"] for c in content}
    for course in content:
        assert course["track"] in CoursePage.Track.values
        assert set(course["prerequisites"]) <= slugs
        for lesson in course["lessons"]:
            value = block.normalize(lesson["body"])
            block.clean(value)


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
