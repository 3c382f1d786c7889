"""The trainers' report of texts without English (issue #11): per course, the course's
fields, its lessons' fields and every block's texts, scoped to the trainer's province."""

import pytest
from django.test import Client

from courses import selectors
from courses.models import LessonPage
from tests.courses.builders import add_course, lessons_of

pytestmark = pytest.mark.django_db


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_trainer_sees_only_their_province(trainer_hcm, courses_in_two_provinces):
    course, hanoi = courses_in_two_provinces
    client = logged_in(trainer_hcm)
    index = client.get("/admin/course-reports/translations/")
    assert index.status_code == 200
    assert "Khoá HCM" in index.text and "Khoá Hà Nội" not in index.text
    detail = client.get(f"/admin/course-reports/{course.pk}/translations/")
    assert detail.status_code == 200
    # Where each text is, in the admin's language (Vietnamese here).
    assert "Bài kiểm tra 4 › Câu hỏi 1 › Phương án 2" in detail.text
    assert "Biết bán" in detail.text
    assert f"/admin/pages/{lessons_of(course)[0].pk}/edit/" in detail.text
    assert client.get(f"/admin/course-reports/{hanoi.pk}/translations/").status_code == 404


def test_national_admin_sees_every_course(national_admin, courses_in_two_provinces):
    index = logged_in(national_admin).get("/admin/course-reports/translations/")
    assert "Khoá HCM" in index.text and "Khoá Hà Nội" in index.text


def test_learners_cannot_open_it(learner, courses_in_two_provinces):
    course, _ = courses_in_two_provinces
    client = logged_in(learner)
    assert client.get("/admin/course-reports/translations/").status_code in (302, 403)
    response = client.get(f"/admin/course-reports/{course.pk}/translations/")
    assert response.status_code in (302, 403)


def test_a_fully_translated_course_says_so(trainer_hcm, section_hcm):
    course = add_course(section_hcm, slug="du", summary_en="Summary", lessons=1, quiz=False)
    lesson = lessons_of(course)[0].specific
    lesson.title_en = "Lesson"
    lesson.body = [("heading", {"text": "Mở đầu", "text_en": "Introduction"})]
    lesson.save_revision().publish()
    assert selectors.course_untranslated(course=course) == []
    html = logged_in(trainer_hcm).get(f"/admin/course-reports/{course.pk}/translations/").text
    assert "Mọi nội dung của khoá học này đã có tiếng Anh." in html  # the admin reads vi


def test_index_costs_the_same_queries_for_more_courses(
    trainer_hcm, section_hcm, django_assert_max_num_queries
):
    client = logged_in(trainer_hcm)
    add_course(section_hcm, slug="k0", lessons=2)
    client.get("/admin/course-reports/translations/")  # warm caches (site, permissions)
    with django_assert_max_num_queries(14) as first:
        client.get("/admin/course-reports/translations/")
    for i in range(1, 5):
        add_course(section_hcm, slug=f"k{i}", lessons=3)
    with django_assert_max_num_queries(len(first.captured_queries)):
        response = client.get("/admin/course-reports/translations/")
    assert response.text.count('/translations/"') >= 5
    assert LessonPage.objects.count() == 14
