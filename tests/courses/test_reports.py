import pytest
from django.test import Client

from courses import services
from portal import roles
from tests.courses.builders import RIGHT, WRONG, add_course, lessons_of

pytestmark = pytest.mark.django_db


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


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
        user=learner, lesson=quiz, block_id=block, data=WRONG, attempt_number=1
    )
    services.quiz_attempt_submit(
        user=learner, lesson=quiz, block_id=block, data=RIGHT, attempt_number=2
    )
    return hcm_course, hanoi_course


def test_trainer_sees_own_province_report_with_stats(trainer_hcm, activity):
    hcm_course, hanoi_course = activity
    client = logged_in(trainer_hcm)
    index = client.get("/admin/course-reports/")
    assert index.status_code == 200
    assert "Khoá HCM" in index.text and "Khoá Hà Nội" not in index.text
    assert "50%" in index.text  # 1 of 2 completed; average quiz score 50%
    detail = client.get(f"/admin/course-reports/{hcm_course.pk}/")
    assert detail.status_code == 200 and 'class="cr-bars"' in detail.text
    assert client.get(f"/admin/course-reports/{hanoi_course.pk}/").status_code == 404
    assert client.get(f"/admin/course-reports/{hanoi_course.pk}/csv/").status_code == 404


def test_csv_export(trainer_hcm, activity, learner):
    hcm_course, _ = activity
    response = logged_in(trainer_hcm).get(f"/admin/course-reports/{hcm_course.pk}/csv/")
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    assert learner.email in text and "100" in text
    assert len(text.strip().splitlines()) == 3


def test_dropoff_counts(activity):
    from courses.selectors import course_dropoff

    rows = course_dropoff(course=activity[0])
    assert [r["done"] for r in rows] == [2, 1, 1]
    assert [r["stopped"] for r in rows] == [0, 1, 0]


def test_national_admin_sees_all(national_admin, activity, national_section):
    index = logged_in(national_admin).get("/admin/course-reports/")
    assert "Khoá HCM" in index.text and "Khoá Hà Nội" in index.text


def test_learner_cannot_open_reports(learner, activity):
    response = logged_in(learner).get("/admin/course-reports/")
    assert response.status_code in (302, 403)


def test_officials_report_scoped_and_csv(
    staff_hcm, staff_hanoi, official, make_user, hanoi, activity
):
    make_user(
        "official.hn@example.com",
        province=hanoi,
        learner_type="official",
        official_status="approved",
        full_name="Cán bộ Hà Nội",
    )
    services.enrolment_create(user=official, course=activity[0])
    page = logged_in(staff_hcm).get("/learning/officials/")
    assert page.status_code == 200
    assert official.profile.full_name in page.text and "Cán bộ Hà Nội" not in page.text
    csv_text = (
        logged_in(staff_hcm).get("/learning/officials/?format=csv").content.decode("utf-8-sig")
    )
    assert official.email in csv_text and "official.hn@example.com" not in csv_text
    hanoi_page = logged_in(staff_hanoi).get("/learning/officials/")
    assert "Cán bộ Hà Nội" in hanoi_page.text and official.email not in hanoi_page.text


def test_officials_report_404_for_learners(learner):
    assert logged_in(learner).get("/learning/officials/").status_code == 404


def test_reports_menu_shown_to_trainers(trainer_hcm, sections):
    assert roles.has_role(trainer_hcm, roles.TRAINERS)
    response = logged_in(trainer_hcm).get("/admin/")
    assert "/admin/course-reports/" in response.text


def test_course_edit_page_links_to_its_report(trainer_hcm, activity):
    hcm_course, _ = activity
    response = logged_in(trainer_hcm).get(f"/admin/pages/{hcm_course.pk}/edit/")
    assert f"/admin/course-reports/{hcm_course.pk}/" in response.text


def test_reviewer_sees_own_province_reports(make_user, hanoi, activity):
    reviewer = make_user("reviewer.hn@example.com", province=hanoi, role_names=[roles.REVIEWERS])
    index = logged_in(reviewer).get("/admin/course-reports/")
    assert "Khoá Hà Nội" in index.text and "Khoá HCM" not in index.text


def test_report_chart_readable_in_english_and_vietnamese(trainer_hcm, activity):
    """Titles in the reader's language, a legend in words, HTML bars that reflow on a phone
    (a scaled-down SVG made the labels unreadable there), the table as text alternative."""
    hcm_course, _ = activity
    hcm_course.title_en = "The HCM course"
    hcm_course.save_revision().publish()
    first = lessons_of(hcm_course)[0].specific
    first.title_en = "Lesson one in English"
    first.save_revision().publish()
    client = logged_in(trainer_hcm)
    en = client.get(f"/admin/course-reports/{hcm_course.pk}/?lang=en").text
    assert "dropoff-title" not in en  # the old SVG chart
    assert en.count("Lesson one in English") == 2  # chart label and table row
    assert "<title>The HCM course" in en
    assert '<span class="cr-key cr-done"></span>Finished' in en
    assert '<span class="cr-key cr-stopped"></span>Stopped here' in en
    assert 'class="cr-bar cr-done" style="width: 100%"' in en  # 2 of 2 finished lesson 1
    vi = client.get(f"/admin/course-reports/{hcm_course.pk}/?lang=vi").text
    assert vi.count(f"1. {first.title}") == 2 and "<title>Khoá HCM" in vi
    assert '<span class="cr-key cr-done"></span>Đã học xong' in vi
    index = client.get("/admin/course-reports/?lang=en").text
    assert "The HCM course" in index and 'class="cr-scroll"' in index


def test_officials_report_charts_coverage_in_both_languages(
    staff_hcm, official, make_user, hcm, activity, django_assert_max_num_queries
):
    from courses.models import Enrolment

    hcm_course, _ = activity
    Enrolment.objects.create(user=official, course=hcm_course, status="completed", progress=100)
    for i in range(3):
        other = make_user(
            f"can.bo{i}@example.com",
            province=hcm,
            learner_type="official",
            official_status="approved",
        )
        if i == 0:
            services.enrolment_create(user=other, course=hcm_course)
    client = logged_in(staff_hcm)
    en = client.get("/learning/officials/?lang=en").text
    assert "4 approved officials" in en
    assert "Completed at least one course: <strong>1</strong> (25%)" in en
    assert "Enrolled, nothing completed yet: <strong>1</strong> (25%)" in en
    assert "Not started: <strong>2</strong> (50%)" in en
    assert 'class="seg-completed" style="width: 25%"' in en
    vi = client.get("/learning/officials/?lang=vi").text
    assert "4 cán bộ đã được duyệt" in vi and "Chưa bắt đầu: <strong>2</strong>" in vi
    for i in range(20):  # the page costs the same with more officials
        make_user(
            f"them{i}@example.com",
            province=hcm,
            learner_type="official",
            official_status="approved",
        )
    with django_assert_max_num_queries(12):
        assert client.get("/learning/officials/").status_code == 200
