"""The learner's way through a course: catalog, enrol, lessons, quiz, completion."""

from unittest import mock

import pytest

from courses import services
from courses.models import Enrolment, LessonProgress, QuizAttempt
from tests.conftest import PASSWORD
from tests.courses.builders import (
    RIGHT,
    WRONG,
    add_course,
    client_for,
    enrolled_client,
    lessons_of,
    quiz_form,
    quiz_url,
)

pytestmark = pytest.mark.django_db


def test_catalog_lists_courses_and_filters(client, course, section_hanoi):
    add_course(section_hanoi, slug="xuat-khau", title="Khoá xuất khẩu mẫu", track="cross_border")
    response = client.get("/courses/")
    assert response.status_code == 200
    assert "Khoá bán hàng mẫu" in response.text and "Khoá xuất khẩu mẫu" in response.text
    response = client.get("/courses/?track=cross_border")
    assert "Khoá xuất khẩu mẫu" in response.text and "Khoá bán hàng mẫu" not in response.text
    response = client.get("/courses/?province=79")
    assert "Khoá bán hàng mẫu" in response.text and "Khoá xuất khẩu mẫu" not in response.text
    response = client.get("/courses/?level=advanced&track=nonsense")
    assert "Khoá bán hàng mẫu" not in response.text


def test_catalog_search_uses_wagtail_search(client, course, section_hanoi):
    add_course(section_hanoi, slug="xuat-khau", title="Khoá xuất khẩu mẫu", track="cross_border")
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    response = client.get("/courses/?q=xuất khẩu")
    assert "Khoá xuất khẩu mẫu" in response.text
    assert "Khoá bán hàng mẫu" not in response.text


def test_english_titles_in_english(client, course):
    response = client.get("/courses/?lang=en")
    assert "Selling on marketplaces" in response.text


def test_english_titles_through_the_portal_helpers(client, learner, course):
    """Courses use portal.i18n and the portal_tags `tr` tag (no copies of them)."""
    from courses.templatetags import courses_tags

    assert "tr" not in courses_tags.register.tags
    assert "Selling on marketplaces" in client.get(course.url + "?lang=en").text
    learner_client = enrolled_client(learner, course)
    response = learner_client.get("/learning/?lang=en")
    assert "Selling on marketplaces" in response.text
    response = learner_client.get("/learning/?lang=vi")
    assert "Khoá bán hàng mẫu" in response.text and "Selling on marketplaces" not in response.text


def test_officials_only_course_hidden_and_404_for_others(
    client, learner, official, officials_course
):
    assert "Khoá cán bộ mẫu" not in client.get("/courses/").text
    assert client.get(officials_course.url).status_code == 404
    learner_client = client_for(learner)
    assert learner_client.get(officials_course.url).status_code == 404
    lesson = lessons_of(officials_course)[0]
    assert learner_client.get(lesson.url).status_code == 404
    response = learner_client.post(f"/learning/enrol/{officials_course.pk}/")
    assert response.status_code == 404
    assert not Enrolment.objects.exists()
    official_client = client_for(official)
    assert "Khoá cán bộ mẫu" in official_client.get("/courses/").text
    assert official_client.get(officials_course.url).status_code == 200


def test_lesson_needs_enrolment_for_content(client, learner, course):
    lesson = lessons_of(course)[0]
    response = client_for(learner).get(lesson.url)
    assert response.status_code == 200
    assert "Nội dung bài học" not in response.text
    assert "Enrol in the course first" in response.text or "Hãy ghi danh" in response.text


def test_full_flow_enrol_lessons_quiz_complete(learner, course, django_capture_on_commit_callbacks):
    c = client_for(learner)
    lessons = lessons_of(course)
    response = c.post(f"/learning/enrol/{course.pk}/")
    assert response.status_code == 302 and response.url == lessons[0].url
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.current_lesson_id == lessons[0].pk

    page = c.get(lessons[0].url)
    assert "Nội dung bài học" in page.text
    response = c.post(f"/learning/lessons/{lessons[0].pk}/done/")
    assert response.url == lessons[1].url
    c.post(f"/learning/lessons/{lessons[1].pk}/done/")

    last = lessons[2]
    page = c.get(last.url)
    assert "GIAI-THICH-BI-MAT" not in page.text  # explanations only after answering
    assert "correct" not in page.text.lower().replace("incorrect", "")
    # The quiz lesson cannot be marked done before passing its quiz.
    c.post(f"/learning/lessons/{last.pk}/done/")
    assert not LessonProgress.objects.filter(lesson=last).exists()

    url = quiz_url(last)
    c.post(url, quiz_form(learner, last, WRONG))
    attempt = QuizAttempt.objects.get()
    assert attempt.score == 0 and not attempt.passed
    page = c.get(last.url)
    assert "GIAI-THICH-BI-MAT" not in page.text  # by default, only once passed

    with (
        mock.patch("certification.services.certificate_issue") as issue,
        mock.patch("onboarding.services.steps_complete_for_course") as steps,
        django_capture_on_commit_callbacks(execute=True),
    ):
        c.post(url, quiz_form(learner, last, RIGHT))
        c.post(f"/learning/lessons/{last.pk}/done/")  # already done: changes nothing
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED and enrolment.progress == 100
    assert QuizAttempt.objects.count() == 2
    issue.assert_called_once()
    assert issue.call_args.kwargs["recipient"] == learner
    assert issue.call_args.kwargs["subject"].pk == course.pk
    steps.assert_called_once()
    completed_at = enrolment.completed_at

    # Retries stay allowed, completion is recorded once.
    assert "GIAI-THICH-BI-MAT" in c.get(last.url).text  # passed: explanations shown
    c.post(url, quiz_form(learner, last, WRONG))
    assert QuizAttempt.objects.count() == 3
    enrolment.refresh_from_db()
    assert enrolment.completed_at == completed_at and enrolment.is_completed

    learning = c.get("/learning/")
    assert "Khoá bán hàng mẫu" in learning.text and "/certificates/" in learning.text


def test_quiz_posted_twice_counts_once(learner, course):
    c = enrolled_client(learner, course)
    last = lessons_of(course)[-1]
    url = quiz_url(last)
    form = quiz_form(learner, last, WRONG)
    c.post(url, form)
    response = c.post(url, form, follow=True)
    assert QuizAttempt.objects.count() == 1
    assert "already submitted" in response.text or "đã được gửi" in response.text


def test_unknown_choice_changes_nothing(learner, course):
    c = enrolled_client(learner, course)
    last = lessons_of(course)[-1]
    url = quiz_url(last)
    form = quiz_form(learner, last, RIGHT)
    response = c.post(url + "?lang=en", {**form, "q-0": "9"}, follow=True)
    assert response.status_code == 200
    assert not QuizAttempt.objects.exists()
    assert "do not belong to this attempt" in response.text
    response = c.post(f"/learning/lessons/{last.pk}/quiz/nope/", {"attempt": "1"}, follow=True)
    assert not QuizAttempt.objects.exists()


def test_lesson_of_course_not_enrolled_changes_nothing(learner, course):
    c = client_for(learner)
    lesson = lessons_of(course)[0]
    response = c.post(f"/learning/lessons/{lesson.pk}/done/", follow=True)
    assert response.status_code == 200
    assert not LessonProgress.objects.exists() and not Enrolment.objects.exists()
    with pytest.raises(services.CourseError):
        services.lesson_mark_done(user=learner, lesson=lesson)


def test_posts_without_csrf_fail(learner, course):
    c = client_for(learner, csrf=True)
    assert c.post(f"/learning/enrol/{course.pk}/").status_code == 403
    assert not Enrolment.objects.exists()
    services.enrolment_create(user=learner, course=course)
    lessons = lessons_of(course)
    assert c.post(f"/learning/lessons/{lessons[0].pk}/done/").status_code == 403
    url = quiz_url(lessons[-1])
    assert c.post(url, quiz_form(learner, lessons[-1], RIGHT)).status_code == 403
    assert not LessonProgress.objects.exists() and not QuizAttempt.objects.exists()


def test_others_attempts_never_shown(learner, other_learner, course):
    last = lessons_of(course)[-1].specific
    block_id = last.quiz_blocks()[0].id
    services.enrolment_create(user=other_learner, course=course)
    services.quiz_attempt_submit(
        user=other_learner,
        lesson=last,
        block_id=block_id,
        data=quiz_form(other_learner, last, WRONG, number=1),
        attempt_number=1,
    )
    services.enrolment_create(user=learner, course=course)
    page = client_for(learner).get(last.url).text
    assert "GIAI-THICH-BI-MAT" not in page and 'name="attempt" value="1"' in page


def test_learner_sees_only_own_progress(learner, other_learner, course):
    services.enrolment_create(user=other_learner, course=course)
    c = client_for(learner)
    assert "Khoá bán hàng mẫu" not in c.get("/learning/").text
    lesson = lessons_of(course)[0]
    assert "Nội dung bài học" not in c.get(lesson.url).text
    # Attempt views are keyed by the signed-in user: another's enrolment is never used,
    # nor the form made for it.
    last = lessons_of(course)[-1]
    c.post(quiz_url(last), quiz_form(other_learner, last, RIGHT))
    assert not QuizAttempt.objects.exists()


def test_resume_where_you_left_off(learner, course):
    c = client_for(learner)
    lessons = lessons_of(course)
    c.post(f"/learning/enrol/{course.pk}/")
    c.post(f"/learning/lessons/{lessons[0].pk}/done/")
    page = c.get(course.url)
    assert f'href="{lessons[1].url}"' in page.text
    assert Enrolment.objects.get().progress == 33
    learning = c.get("/learning/")
    assert lessons[1].title in learning.text


def test_login_password_still_works(client, learner):
    assert client.login(username=learner.username, password=PASSWORD)


def test_search_combines_with_every_filter(client, course, section_hanoi, national_section):
    add_course(section_hanoi, slug="xuat-khau", title="Khoá xuất khẩu mẫu", track="cross_border")
    add_course(national_section, slug="xuat-khau-qg", title="Khoá xuất khẩu quốc gia")
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    text = client.get("/courses/?q=xuất khẩu&province=1&track=cross_border&level=beginner").text
    assert "Khoá xuất khẩu mẫu" in text and "Khoá xuất khẩu quốc gia" not in text
    text = client.get("/courses/?q=xuất khẩu&province=national&audience=business").text
    assert "Khoá xuất khẩu quốc gia" in text and "Khoá xuất khẩu mẫu" not in text

    text = client.get("/courses/?q=xuất khẩu&province=999").text
    assert "Khoá xuất khẩu" not in text.split("</form>")[1]
    assert client.get("/courses/?province=999").status_code == 200


def test_anonymous_visitors_see_course_outline_but_not_lessons(client, course):
    page = client.get(course.url)
    assert page.status_code == 200 and "Bài 1" in page.text and "/accounts/login/" in page.text
    lesson = client.get(lessons_of(course)[0].url)
    assert lesson.status_code == 200 and "Nội dung bài học" not in lesson.text
    assert "/accounts/login/" in lesson.text


def test_quiz_lesson_offers_no_mark_as_done_before_the_quiz_is_passed(learner, course):
    """The button only led to an error message at the top of the page."""
    c = enrolled_client(learner, course)
    last = lessons_of(course)[-1]
    done_url = f"/learning/lessons/{last.pk}/done/"
    page = c.get(last.url + "?lang=en").text
    assert done_url not in page
    assert "Pass the quiz of this lesson to finish it" in page
    first = lessons_of(course)[0]  # lessons without a quiz keep the button
    assert f"/learning/lessons/{first.pk}/done/" in c.get(first.url).text
    c.post(quiz_url(last), quiz_form(learner, last, RIGHT))
    page = c.get(last.url + "?lang=en").text
    assert "You finished this lesson." in page and "Pass the quiz of this lesson" not in page


def test_search_without_diacritics(client, course, section_hanoi):
    """People often type Vietnamese without its marks (or with only some of them)."""
    add_course(section_hanoi, slug="xuat-khau", title="Khoá xuất khẩu mẫu", summary="Đăng ký sàn")
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    for q in ("xuat khau", "xuất khẩu", "XUẤT KHAU", "dang ky", "Đăng ký"):
        results = client.get("/courses/", {"q": q}).text.split('role="status"')[-1]
        assert "Khoá xuất khẩu mẫu" in results, q
        assert "Khoá bán hàng mẫu" not in results, q


def test_catalog_keeps_filters_and_offers_to_clear_them(client, course, section_hanoi):
    add_course(section_hanoi, slug="xuat-khau", title="Khoá xuất khẩu mẫu", track="cross_border")
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    text = client.get("/courses/?lang=en&q=xuất khẩu&track=cross_border&province=1").text
    assert 'value="xuất khẩu"' in text
    assert '<option value="cross_border" selected>' in text
    assert '<option value="1" selected>' in text
    assert "Clear filters</a>" in text
    assert "Clear filters" not in client.get("/courses/?lang=en").text


def test_one_vietnamese_word_for_certificate():
    """The portal says giấy chứng nhận (what a course issues), never chứng chỉ."""
    import polib
    from django.conf import settings

    po = polib.pofile(str(settings.BASE_DIR / "courses/locale/vi/LC_MESSAGES/django.po"))
    wrong = [e.msgid for e in po if "chứng chỉ" in e.msgstr.lower()]
    assert wrong == []


def test_catalog_offers_only_provinces_with_courses(client, course, section_hanoi, hanoi):
    from portal.models import Province

    da_nang = Province.objects.current().exclude(pk__in=[course.province_id, hanoi.pk]).first()
    text = client.get("/courses/").text
    assert f'<option value="{course.province.code}"' in text
    assert f'<option value="{hanoi.code}"' not in text  # a section without courses
    assert f'<option value="{da_nang.code}"' not in text
    # A province chosen through a link stays selected even without courses.
    text = client.get(f"/courses/?province={da_nang.code}").text
    assert f'<option value="{da_nang.code}" selected>' in text
