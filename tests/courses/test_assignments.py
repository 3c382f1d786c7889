"""Mandatory training: national admins and onboarding staff assign a course to the approved
officials of a province with a due date; officials see it with the time left; reminders go
before and after the due date; the officials' report counts assigned, done and overdue."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from courses import selectors, services
from courses.models import Assignment, Enrolment
from tests.courses.builders import add_course

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_staff_assign_a_course_and_officials_see_the_time_left(
    staff_hcm, official, officials_course, hcm
):
    client = logged_in(staff_hcm)
    page = client.get("/learning/assignments/")
    assert page.status_code == 200 and "Giao khoá học" in page.text
    due = TODAY + timedelta(days=10)
    response = client.post(
        "/learning/assignments/",
        {"course": officials_course.pk, "province": hcm.pk, "due_on": due.isoformat()},
    )
    assert response.status_code == 302
    assignment = Assignment.objects.get()
    assert (assignment.due_on, assignment.assigned_by) == (due, staff_hcm)

    learning = logged_in(official).get("/learning/").text
    assert "Đào tạo bắt buộc" in learning and "còn 10 ngày" in learning
    assert "Khoá cán bộ mẫu" in learning
    english = logged_in(official).get("/learning/?lang=en").text
    assert "10 days left" in english


def test_notification_texts_in_both_languages(official, officials_course, hcm):
    from django.template.loader import render_to_string
    from django.utils import translation

    context = {
        "course": officials_course,
        "due_on": TODAY,
        "days_left": -2,
        "province": hcm.name,
    }
    with translation.override("vi"):
        title = render_to_string("courses/notifications/due_title.txt", context)
    assert "Quá hạn: Khoá cán bộ mẫu" in title
    with translation.override("en"):
        title = render_to_string("courses/notifications/due_title.txt", {**context, "days_left": 3})
        body = render_to_string("courses/notifications/assigned.txt", context)
    assert "Due in 3 days" in title and "are to complete the course" in body


def test_officials_report_counts_assigned_done_and_overdue_with_a_chart(
    staff_hcm, approved, officials_course, section_hcm, hcm, django_assert_max_num_queries
):
    ana, binh = approved("ana@example.com"), approved("binh@example.com")
    other = add_course(section_hcm, slug="khoa-hai", title="Khoá hai")
    Assignment.objects.create(
        course=officials_course, province=hcm, due_on=TODAY - timedelta(days=2)
    )
    Assignment.objects.create(course=other, province=hcm, due_on=TODAY + timedelta(days=20))
    Enrolment.objects.create(user=binh, course=officials_course, status="completed")
    rows = {u.email: u for u in selectors.officials_training(user=staff_hcm)}
    assert (
        rows[ana.email].assigned,
        rows[ana.email].assigned_done,
        rows[ana.email].assigned_overdue,
    ) == (2, 0, 1)
    assert (
        rows[binh.email].assigned,
        rows[binh.email].assigned_done,
        rows[binh.email].assigned_overdue,
    ) == (2, 1, 0)
    summary = selectors.officials_summary(user=staff_hcm).assignments
    assert (summary.total, summary.done, summary.overdue, summary.pending) == (
        4,
        1,
        1,
        2,
    )
    client = logged_in(staff_hcm)
    client.get("/learning/officials/")
    with django_assert_max_num_queries(13):  # 12, and the header's unread notifications
        page = client.get("/learning/officials/").text
    assert "seg-overdue" in page and "Chưa đến hạn" in page
    listing = selectors.assignment_list_for_staff(user=staff_hcm)
    first = next(row for row in listing if row.assignment.course_id == officials_course.pk)
    assert (first.assigned, first.done, first.overdue) == (2, 1, 1)
    csv = client.get("/learning/officials/?format=csv")
    assert "Quá hạn" in b"".join(csv.streaming_content).decode()


def test_assignment_pages_queries_do_not_grow(
    staff_hcm, approved, officials_course, official, hcm, django_assert_max_num_queries
):
    Assignment.objects.create(course=officials_course, province=hcm, due_on=TODAY)
    staff, person = logged_in(staff_hcm), logged_in(official)
    staff.get("/learning/assignments/")
    person.get("/learning/")
    for i in range(8):
        approved(f"more-{i}@example.com")
    # 10 and 9 today; one more when the header counts unread notifications.
    with django_assert_max_num_queries(11):
        staff.get("/learning/assignments/")
    with django_assert_max_num_queries(10):
        person.get("/learning/")


def test_reminders_are_notifications_once_per_key(official, officials_course, hcm):
    from portal.models import Notification

    context = {"course": officials_course, "due_on": TODAY, "days_left": 0, "province": hcm.name}
    kwargs = {
        "user": official,
        "kind": "course_due",
        "template": "courses/notifications/due",
        "context": context,
        "url": officials_course.url,
        "key": "k-1",
    }
    assert services.notify(**kwargs) is not None
    assert services.notify(**kwargs) is None
    (made,) = Notification.objects.filter(user=official, kind="course_due")
    assert "Khoá cán bộ mẫu" in made.title and made.url == officials_course.url


def test_staff_find_mandatory_training_in_the_header(staff_hcm, learner, home_page):
    assert 'href="/learning/assignments/"' in logged_in(staff_hcm).get("/accounts/profile/").text
    assert 'href="/learning/assignments/"' not in logged_in(learner).get("/accounts/profile/").text
