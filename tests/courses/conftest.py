"""Fixtures for the course tree (the builders themselves are in builders.py; the catalog and
its sections, which the portal's media tests use too, are in tests/conftest.py)."""

import pytest

from courses import services
from courses.models import CoursePage, CourseSectionPage
from portal.models import Profile
from tests.courses.builders import RIGHT, WRONG, add_course, lessons_of, quiz_form


@pytest.fixture
def course(section_hcm):
    return add_course(section_hcm)


@pytest.fixture
def officials_course(section_hcm):
    return add_course(
        section_hcm, slug="quan-ly-nha-nuoc", officials_only=True, title="Khoá cán bộ mẫu"
    )


@pytest.fixture
def sections(section_hcm, section_hanoi):
    return {"hcm": section_hcm, "hanoi": section_hanoi}


# A course with activity and one without, in two provinces (the trainers' reports).
@pytest.fixture
def activity(sections, learner, other_learner):
    hcm_course = add_course(sections["hcm"], slug="khoa-hcm", title="Khoá HCM")
    hanoi_course = add_course(sections["hanoi"], slug="khoa-hn", title="Khoá Hà Nội")
    lessons = lessons_of(hcm_course)
    for user in (learner, other_learner):
        services.enrolment_create(user=user, course=hcm_course)
        services.lesson_mark_done(user=user, lesson=lessons[0])
    services.lesson_mark_done(user=learner, lesson=lessons[1])
    quiz = lessons[2].specific
    block = quiz.quiz_blocks()[0].id
    services.quiz_attempt_submit(
        user=learner,
        lesson=quiz,
        block_id=block,
        data=quiz_form(learner, quiz, WRONG, number=1),
        attempt_number=1,
    )
    services.quiz_attempt_submit(
        user=learner,
        lesson=quiz,
        block_id=block,
        data=quiz_form(learner, quiz, RIGHT, number=2),
        attempt_number=2,
    )
    return hcm_course, hanoi_course


# Texts with and without English in every kind of field and block (the translations report).
QUIZ = {
    "title": "Kiểm tra",
    "title_en": "Check",
    "questions": [
        {
            "text": "Câu một?",
            "text_en": "Question one?",
            "choices": [
                {"text": "Đúng", "text_en": "Right", "correct": True},
                {"text": "Sai", "text_en": "", "correct": False},
            ],
            "explanation": "Vì thế.",
            "explanation_en": "",
        }
    ],
}


@pytest.fixture
def courses_in_two_provinces(sections):
    hcm = add_course(
        sections["hcm"],
        slug="khoa-hcm",
        title="Khoá HCM",
        title_en="HCM course",
        summary="Tóm tắt",
        summary_en="Summary",
        outcomes="Biết bán",
        lessons=1,
        quiz=False,
    )
    lesson = lessons_of(hcm)[0].specific
    lesson.title_en = "Lesson one"
    lesson.body = [
        ("heading", {"text": "Mở đầu", "text_en": "Introduction"}),
        ("text", {"text": "<p>Đoạn <b>một</b></p>", "text_en": "<p></p>"}),
        ("checklist", {"title": "", "items": [{"text": "Việc A", "text_en": "Task A"}]}),
        ("quiz", QUIZ),
    ]
    lesson.save_revision().publish()
    hanoi = add_course(sections["hanoi"], slug="khoa-hn", title="Khoá Hà Nội", lessons=1)
    return CoursePage.objects.get(pk=hcm.pk), hanoi


@pytest.fixture
def approved(make_user, hcm):
    """approved(email, province=None): an approved state official (of Hồ Chí Minh)."""

    def make(email, province=None):
        return make_user(
            email,
            province=province or hcm,
            learner_type=Profile.LearnerType.OFFICIAL,
            official_status=Profile.OfficialStatus.APPROVED,
        )

    return make


__all__ = ["CourseSectionPage"]
