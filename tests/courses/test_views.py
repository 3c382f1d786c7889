"""courses/views.py: what each learner view answers (sign-in, a GET after signing in
again, where a POST leads, the messages it leaves, a refused quiz kept in the session),
the assignments pages and the officials' report. The whole way through a course is in
test_learner_flow.py; who may open what, for every role, in the authorisation matrix."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import services
from courses.models import Assignment, Enrolment, LessonProgress, QuizAttempt
from portal.models import Profile
from tests.courses.builders import (
    RIGHT,
    client_for,
    csv_of,
    enrolled_client,
    lessons_of,
    quiz_form,
    quiz_url,
)
from tests.payloads import FORMULAS

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def test_enrol_requires_login(client, course):
    response = client.post(f"/learning/enrol/{course.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response.url
    assert not Enrolment.objects.exists()


def test_learning_requires_login(client):
    assert client.get("/learning/").status_code == 302


def test_completion_message_once(learner, course):
    c = client_for(learner)
    lessons = lessons_of(course)
    c.post(f"/learning/enrol/{course.pk}/")
    c.post(f"/learning/lessons/{lessons[0].pk}/done/")
    c.post(f"/learning/lessons/{lessons[1].pk}/done/")
    block_id = lessons[2].specific.quiz_blocks()[0].id
    url = f"/learning/lessons/{lessons[2].pk}/quiz/{block_id}/"
    first = c.post(url, quiz_form(learner, lessons[2], RIGHT), follow=True)
    assert "Xin chúc mừng" in first.text or "Congratulations" in first.text
    again = c.post(url, quiz_form(learner, lessons[2], RIGHT), follow=True)
    assert "Xin chúc mừng" not in again.text and "Congratulations" not in again.text
    done = c.post(f"/learning/lessons/{lessons[0].pk}/done/", follow=True)
    assert "Xin chúc mừng" not in done.text and "Congratulations" not in done.text


def test_refused_quiz_answers_are_kept_and_the_error_shown_in_the_quiz(learner, course):
    c = enrolled_client(learner, course)
    last = lessons_of(course)[-1]
    block_id = last.specific.quiz_blocks()[0].id
    # The multiple-answer question left out: the browser cannot require a checkbox.
    form = quiz_form(learner, last, {"0": [0]})
    response = c.post(quiz_url(last) + "?lang=vi", form)
    assert response["Location"].endswith(f"#quiz-error-{block_id}")
    assert not QuizAttempt.objects.exists()
    page = c.get(last.url + "?lang=vi").text
    assert f'id="quiz-error-{block_id}"' in page and 'role="alert"' in page
    assert "Hãy trả lời tất cả các câu hỏi." in page
    chosen = form["q-0"][0]
    assert f'name="q-0" value="{chosen}" required checked' in page  # the choice is kept
    # Shown once: the next visit is a clean form.
    assert f'id="quiz-error-{block_id}"' not in c.get(last.url).text


def test_quiz_result_is_the_redirect_target_and_says_the_course_is_complete(learner, course):
    c = enrolled_client(learner, course)
    lessons = lessons_of(course)
    for lesson in lessons[:-1]:
        c.post(f"/learning/lessons/{lesson.pk}/done/")
    last = lessons[-1]
    block_id = last.specific.quiz_blocks()[0].id
    response = c.post(quiz_url(last), quiz_form(learner, last, RIGHT))
    assert response["Location"].endswith(f"#quiz-result-{block_id}")
    page = c.get(last.url + "?lang=en").text
    assert f'id="quiz-result-{block_id}" tabindex="-1"' in page
    assert "You completed this course." in page
    assert "See your certificates" not in page  # this course issues none
    assert "See your certificates" not in c.get(course.url + "?lang=en").text


def test_enrol_after_an_expired_session_lands_on_the_course_not_an_error(client, learner, course):
    """A stale page posts 'enrol' while signed out: sign-in comes back with a GET."""
    response = client.post(f"/learning/enrol/{course.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(learner)
    lesson = lessons_of(course)[-1]
    for url, page in (
        (f"/learning/enrol/{course.pk}/", course.url),
        (f"/learning/lessons/{lesson.pk}/done/", lesson.url),
        (quiz_url(lesson), lesson.url),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == page, url
    assert not Enrolment.objects.exists() and not QuizAttempt.objects.exists()


def test_lessons_of_an_unpublished_course_are_gone(learner, course):
    """Unpublishing a course in the admin may leave its lessons live."""
    c = enrolled_client(learner, course)
    lesson = lessons_of(course)[0]
    assert c.get(lesson.url).status_code == 200
    course.unpublish()
    assert lesson.specific.live
    assert c.get(lesson.url).status_code == 404
    assert c.post(f"/learning/lessons/{lesson.pk}/done/").status_code == 404
    assert not LessonProgress.objects.exists()


def test_quiz_form_without_a_valid_attempt_number_changes_nothing(learner, course):
    c = enrolled_client(learner, course)
    last = lessons_of(course)[-1]
    for attempt in ("", "abc", "0", "7"):
        form = {**quiz_form(learner, last, RIGHT), "attempt": attempt}
        response = c.post(quiz_url(last) + "?lang=en", form, follow=True)
        assert "This quiz form is out of date" in response.text, attempt
    assert not QuizAttempt.objects.exists()


def test_other_provinces_staff_cannot_withdraw_and_learners_see_nothing(
    staff_hcm, staff_hanoi, learner, officials_course, hcm
):
    assignment = Assignment.objects.create(course=officials_course, province=hcm, due_on=TODAY)
    assert (
        client_for(staff_hanoi).post(f"/learning/assignments/{assignment.pk}/delete/").status_code
        == 404
    )
    assert client_for(learner).get("/learning/assignments/").status_code == 404
    assert "Đào tạo bắt buộc" not in client_for(learner).get("/learning/").text
    assert (
        client_for(staff_hcm).post(f"/learning/assignments/{assignment.pk}/delete/").status_code
        == 302
    )
    assert not Assignment.objects.exists()


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
    text = csv_of(client_for(staff_hcm).get("/learning/officials/?format=csv"))
    rows = {row[1]: row for row in csv.reader(io.StringIO(text, newline=""))}
    for i, payload in enumerate(FORMULAS):
        row = rows[f"cb-f{i}@example.com"]
        assert row[0] == row[3] == "'" + payload
        assert row[4:] == ["0", "0", "0", "0", "0"]


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
    page = client_for(staff_hcm).get("/learning/officials/")
    assert page.status_code == 200
    assert official.profile.full_name in page.text and "Cán bộ Hà Nội" not in page.text
    csv_text = csv_of(client_for(staff_hcm).get("/learning/officials/?format=csv"))
    assert official.email in csv_text and "official.hn@example.com" not in csv_text
    hanoi_page = client_for(staff_hanoi).get("/learning/officials/")
    assert "Cán bộ Hà Nội" in hanoi_page.text and official.email not in hanoi_page.text


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
    client = client_for(staff_hcm)
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
    assert client_for(learner).get("/learning/officials/").status_code == 404


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
    client = client_for(staff_hcm)
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
