import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses import services
from courses.models import Enrolment
from portal import roles
from portal.models import Profile
from tests.courses.builders import lessons_of
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


def test_officials_csv_writes_formulas_inert(staff_hcm, make_user, hcm):
    for i, payload in enumerate(FORMULAS):
        user = make_user(
            f"cb-f{i}@example.com",
            province=hcm,
            learner_type="official",
            official_status="approved",
            full_name=payload,
        )
        Profile.objects.filter(user=user).update(organisation=payload)
    text = csv_of(logged_in(staff_hcm).get("/learning/officials/?format=csv"))
    rows = {row[1]: row for row in csv.reader(io.StringIO(text, newline=""))}
    for i, payload in enumerate(FORMULAS):
        row = rows[f"cb-f{i}@example.com"]
        assert row[0] == row[3] == "'" + payload
        assert row[4:] == ["0", "0", "0", "0", "0"]


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
    csv_text = csv_of(logged_in(staff_hcm).get("/learning/officials/?format=csv"))
    assert official.email in csv_text and "official.hn@example.com" not in csv_text
    hanoi_page = logged_in(staff_hanoi).get("/learning/officials/")
    assert "Cán bộ Hà Nội" in hanoi_page.text and official.email not in hanoi_page.text


def csv_of(response) -> str:
    assert response.streaming and response["Content-Type"].startswith("text/csv")
    return b"".join(response.streaming_content).decode("utf-8-sig")


def bulk_officials(province, n, start=0):
    """Cheap approved officials (no password hashing), named so they sort by number."""
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"cb{i:03}@example.com", email=f"cb{i:03}@example.com")
        for i in range(start, start + n)
    )
    Profile.objects.bulk_create(
        Profile(
            user=user,
            full_name=f"Cán bộ {start + i:03}",
            province=province,
            learner_type=Profile.LearnerType.OFFICIAL,
            official_status=Profile.OfficialStatus.APPROVED,
        )
        for i, user in enumerate(users)
    )


def officials_queries(client, url="/learning/officials/"):
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_officials_report_paginated_in_constant_queries(staff_hcm, hcm, hanoi, activity):
    """50 a page; the same queries for 5 or 120 officials; the chart counts them all; the
    CSV exports them all; junk or out-of-range ?page= shows the first or last page."""
    client = logged_in(staff_hcm)
    bulk_officials(hcm, 5)
    few = officials_queries(client)
    few_page2 = officials_queries(client, "/learning/officials/?page=2")  # out of range
    bulk_officials(hcm, 115, start=5)
    bulk_officials(hanoi, 3, start=500)  # out of scope
    first = get_user_model().objects.get(email="cb000@example.com")
    services.enrolment_create(user=first, course=activity[0])
    assert Enrolment.objects.filter(user=first).exists()
    assert officials_queries(client) == few
    assert officials_queries(client, "/learning/officials/?page=2") == few_page2 == few
    assert few <= 13  # one of them: the header's unread notifications

    page1 = client.get("/learning/officials/").text
    assert "Cán bộ 000" in page1 and "Cán bộ 049" in page1 and "Cán bộ 050" not in page1
    page2 = client.get("/learning/officials/?page=2&lang=en").text
    assert "Cán bộ 050" in page2  # the 51st official
    assert "Cán bộ 049" not in page2 and "Cán bộ 100" not in page2
    assert "Page 2 of 3" in page2
    assert 'aria-label="Previous page, page 1 of 3"' in page2
    assert 'aria-label="Next page, page 3 of 3"' in page2
    assert "120 approved officials" in page2  # the chart: the whole province
    assert "Enrolled, nothing completed yet: <strong>1</strong>" in page2
    assert "Not started: <strong>119</strong>" in page2
    vi = client.get("/learning/officials/?page=2&lang=vi").text
    assert "Trang 2 / 3" in vi and "Trang trước, trang 1 / 3" in vi
    last = client.get("/learning/officials/?page=99").text
    assert "Cán bộ 119" in last and "Cán bộ 000" not in last
    junk = client.get("/learning/officials/?page=abc").text
    assert "Cán bộ 000" in junk and "Cán bộ 119" not in junk
    assert "Cán bộ 500" not in junk

    rows = csv_of(client.get("/learning/officials/?format=csv")).strip().splitlines()
    assert len(rows) == 1 + 120  # the header and every official of the province
    assert rows[0].startswith("Họ và tên") or rows[0].startswith("Full name")
    assert "cb119@example.com" in rows[-1]
    assert not any("cb500@" in r for r in rows)


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
    with django_assert_max_num_queries(13):  # one: the header's unread notifications
        assert client.get("/learning/officials/").status_code == 200


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
