"""courses/models.py: the pages' rules (where each page type may be made, what a course
and a section accept), routing to a course's lessons, and the models' own properties."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation

from courses import services
from courses.models import (
    CatalogPage,
    CoursePage,
    CourseSectionPage,
    LegalBasis,
    LessonPage,
    platform_labels,
)
from portal.models import Province
from tests.courses.builders import add_course, lessons_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("field", ["title", "title_en"])
def test_a_course_title_printed_on_certificates_refuses_hidden_characters(course, field):
    setattr(course, field, "Bán hàng\u200b trên Shopee")
    with pytest.raises(ValidationError) as exc:
        course.full_clean()
    assert field in exc.value.message_dict


def test_quiz_settings_are_validated(section_hcm):
    course = add_course(section_hcm, lessons=0)
    course.quiz_cooldown_minutes = 8 * 24 * 60
    course.quiz_feedback = "never"
    with pytest.raises(ValidationError) as caught:
        course.full_clean()
    assert {"quiz_cooldown_minutes", "quiz_feedback"} <= set(caught.value.message_dict)


def test_page_types_only_where_they_belong(catalog, section_hcm, home_page):
    assert CourseSectionPage.can_create_at(catalog)
    assert not CourseSectionPage.can_create_at(home_page)
    assert CoursePage.can_create_at(section_hcm) and not CoursePage.can_create_at(catalog)
    assert not LessonPage.can_create_at(section_hcm)
    assert not CatalogPage.can_create_at(home_page)  # one catalog only


def test_a_section_keeps_its_province(section_hcm, hanoi, hcm):
    """Trainers may edit their section page, but moving it to another province would
    carry their groups' permissions and the workflow there."""
    section = CourseSectionPage.objects.get(pk=section_hcm.pk)
    section.intro = "Giới thiệu mới"
    section.full_clean()  # other edits are fine
    elsewhere = Province.objects.current().exclude(pk__in=[hcm.pk, hanoi.pk]).first()
    section.province = elsewhere
    with pytest.raises(ValidationError) as caught:
        section.full_clean()
    assert "province" in caught.value.message_dict
    section.province = None
    with pytest.raises(ValidationError):
        section.full_clean()


def test_routing_by_type_still_answers_404_for_what_is_not_live_or_not_there(course, learner):
    client = Client()
    client.force_login(learner)
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    assert client.get(lesson.url).status_code == 200
    assert client.get(course.url + "khong-co/").status_code == 404
    assert client.get(course.url.replace(course.slug, "khong-co")).status_code == 404
    LessonPage.objects.get(pk=lesson.pk).unpublish()
    assert client.get(lesson.url).status_code == 404


def test_a_course_takes_the_province_of_the_section_it_is_saved_in(
    section_hanoi, national_section, hanoi
):
    assert add_course(section_hanoi, lessons=0).province_id == hanoi.pk
    national = add_course(national_section, slug="toan-quoc", lessons=0)
    assert national.province_id is None


def test_there_is_one_national_section(catalog, national_section):
    national_section.intro = "Các khoá học toàn quốc"
    national_section.full_clean()  # the national section itself may be edited
    second = CourseSectionPage(title="Toàn quốc 2", slug="toan-quoc-2", province=None)
    with pytest.raises(ValidationError):
        second.clean()  # what the admin's form runs before adding it


def test_a_section_is_a_folder_that_leads_to_the_catalog_filtered(
    client, section_hcm, national_section, hcm
):
    response = client.get(section_hcm.url)
    assert response.status_code == 302
    assert response["Location"] == f"/courses/?province={hcm.code}"
    assert client.get(national_section.url)["Location"] == "/courses/?province=national"


def test_marketplaces_are_named_in_the_order_given_and_unknown_ones_left_out(section_hcm):
    assert platform_labels(["tiki", "facebook", "amazon", "shopee"]) == [
        "Tiki",
        "Amazon Global Selling",
        "Shopee",
    ]
    assert platform_labels(None) == [] and platform_labels([""]) == []
    course = add_course(section_hcm, lessons=0, platforms=["lazada", "sendo"])
    assert course.platform_names() == "Lazada, Sendo"


def test_outcomes_one_a_line_in_the_readers_language(section_hcm):
    course = add_course(
        section_hcm, lessons=0, outcomes="Mở gian hàng\n\n  Đăng sản phẩm  \n", outcomes_en=""
    )
    with translation.override("vi"):
        assert [str(o) for o in course.outcome_list] == ["Mở gian hàng", "Đăng sản phẩm"]
    with translation.override("en"):
        outcomes = course.outcome_list
    assert [str(o) for o in outcomes] == ["Mở gian hàng", "Đăng sản phẩm"]
    assert all(o.is_fallback for o in outcomes)  # marked as not yet translated
    course.outcomes_en = "Open a store\nList products"
    with translation.override("en"):
        outcomes = course.outcome_list
    assert [str(o) for o in outcomes] == ["Open a store", "List products"]
    assert not any(o.is_fallback for o in outcomes)


def test_officials_courses_and_their_lessons_are_visible_to_approved_officials(
    learner, official, officials_course, course
):
    lesson = lessons_of(officials_course)[0].specific
    assert officials_course.is_visible_to(official) and lesson.is_visible_to(official)
    assert not officials_course.is_visible_to(learner) and not lesson.is_visible_to(learner)
    assert course.is_visible_to(learner)
    course.unpublish()
    assert not lessons_of(course)[0].specific.is_visible_to(learner)  # the lesson stays live


def test_a_legal_basis_ends_after_it_starts():
    basis = LegalBasis(key="law-1", title="Luật 1", valid_from=date(2026, 7, 1))
    basis.valid_to = date(2026, 6, 30)
    with pytest.raises(ValidationError) as caught:
        basis.full_clean()
    assert "valid_to" in caught.value.message_dict
    basis.valid_to = date(2026, 7, 1)
    basis.full_clean()
    assert str(basis) == "Luật 1"
