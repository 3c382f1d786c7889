import csv
import io

import pytest
from django.test import Client

from courses import services
from portal import roles
from tests.courses.builders import csv_of, lessons_of
from tests.payloads import FORMULAS

pytestmark = pytest.mark.django_db


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


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
    text = csv_of(response)
    assert learner.email in text and "100" in text
    assert len(text.strip().splitlines()) == 3


def test_course_report_csv_writes_formulas_inert(trainer_hcm, activity, make_user):
    """Names typed as spreadsheet formulas come back as text (portal.exports' guard)."""
    hcm_course, _ = activity
    for i, payload in enumerate(FORMULAS):
        user = make_user(f"f{i}@example.com", full_name=payload)
        services.enrolment_create(user=user, course=hcm_course)
    response = logged_in(trainer_hcm).get(f"/admin/course-reports/{hcm_course.pk}/csv/")
    rows = list(csv.reader(io.StringIO(csv_of(response), newline="")))
    names = {row[1]: row[0] for row in rows[1:]}
    for i, payload in enumerate(FORMULAS):
        assert names[f"f{i}@example.com"] == "'" + payload
    assert rows[1][4] in {"0", "33", "66", "100"}  # progress stays a number


def test_national_admin_sees_all(national_admin, activity, national_section):
    index = logged_in(national_admin).get("/admin/course-reports/")
    assert "Khoá HCM" in index.text and "Khoá Hà Nội" in index.text


def test_learner_cannot_open_reports(learner, activity):
    response = logged_in(learner).get("/admin/course-reports/")
    assert response.status_code in (302, 403)


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


def test_csv_headers_are_vietnamese(trainer_hcm, activity):
    """Every column of the course report reads in Vietnamese, "E-mail" too (the events and
    site catalogues used to "translate" it as itself, overriding the courses one)."""
    hcm_course, _ = activity
    client = logged_in(trainer_hcm)
    response = client.get(f"/admin/course-reports/{hcm_course.pk}/csv/", HTTP_ACCEPT_LANGUAGE="vi")
    header = next(csv.reader(io.StringIO(csv_of(response), newline="")))
    assert header[:3] == ["Họ và tên", "Thư điện tử", "Tỉnh/thành phố"]


def test_every_export_header_has_vietnamese():
    from django.utils import translation

    from events import exports as event_exports
    from onboarding import exports as onboarding_exports

    headers = (
        onboarding_exports._header,
        event_exports._registration_header,
        event_exports._event_header,
    )
    with translation.override("en"):
        english = [h() for h in headers]
    with translation.override("vi"):
        vietnamese = [h() for h in headers]
    for en, vi in zip(english, vietnamese, strict=True):
        assert not [e for e, v in zip(en, vi, strict=True) if e == v], en
