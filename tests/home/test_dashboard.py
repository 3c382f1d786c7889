"""The signed-in home page: continue where you left off, what is due (required courses,
onboarding steps with a deadline), what needs the person; private, in constant queries;
anonymous visitors still get the public page."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from courses import services as courses
from courses.models import Assignment
from courses.services import section_create
from onboarding import services as onboarding
from onboarding.models import JourneyStep, JourneyTemplate
from tests.courses.builders import add_course, catalog_for, lessons_of
from tests.onboarding.conftest import FIXTURE_TEMPLATES, make_business

pytestmark = pytest.mark.django_db


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def section(home_page, hcm):
    return section_create(province=hcm, catalog=catalog_for(home_page))


def test_continue_where_you_left_off(learner, section):
    older = add_course(section, slug="cu", title="Khoá cũ", lessons=2)
    newer = add_course(section, slug="moi", title="Khoá mới", lessons=3)
    courses.enrolment_create(user=learner, course=newer)
    courses.enrolment_create(user=learner, course=older)  # enrolled last, not moved on
    courses.lesson_mark_done(user=learner, lesson=lessons_of(newer)[0].specific)
    response = logged_in(learner).get("/")
    assert response.status_code == 200 and response["Cache-Control"] == "private"
    html = response.text
    assert "Xin chào, Nguyễn Thị Thu Hà" in html
    resume = html.split('id="resume-heading"')[1].split("</section>")[0]
    assert "Khoá mới" in resume and "Bài 2" in resume and "Khoá cũ" not in resume
    assert "Continue where you left off" in logged_in(learner).get("/?lang=en").text


def test_due_and_needs_for_an_official_and_a_business_owner(
    official, learner, section, hcm, make_user
):
    course = add_course(section, slug="bat-buoc", title="Khoá bắt buộc", officials_only=True)
    Assignment.objects.create(
        course=course, province=hcm, due_on=timezone.localdate() + timedelta(days=4)
    )
    html = logged_in(official).get("/").text
    due = html.split('id="due-heading"')[1].split("</section>")[0]
    assert "Khoá bắt buộc" in due and "còn 4 ngày" in due

    onboarding.journey_templates_load_defaults(templates=FIXTURE_TEMPLATES)
    business = make_business(learner, hcm, name="HTX Nhà", tax_code="0100109106")
    journey = onboarding.journey_start(
        business=business, template=JourneyTemplate.objects.get(key="notify-website"), by=learner
    )
    step = journey.steps.order_by("position").first()
    JourneyStep.objects.filter(pk=step.pk).update(
        status=JourneyStep.Status.CHANGES_REQUESTED, due_date=timezone.localdate()
    )
    other = journey.steps.order_by("position")[1]
    JourneyStep.objects.filter(pk=other.pk).update(
        due_date=timezone.localdate() - timedelta(days=2)
    )
    html = logged_in(learner).get("/").text
    needs = html.split('id="needs-heading"')[1].split("</section>")[0]
    assert "Cần sửa" in needs and f"/onboarding/steps/{step.pk}/" in needs
    due = html.split('id="due-heading"')[1].split("</section>")[0]
    assert f"/onboarding/steps/{other.pk}/" in due and "quá hạn 2 ngày" in due

    pending = make_user("cho@example.com", learner_type="official", official_status="pending")
    assert "Đang chờ duyệt" in logged_in(pending).get("/").text


def test_anonymous_visitors_get_the_public_page(client, home_page):
    html = client.get("/").text
    assert 'class="hero"' in html and "resume-heading" not in html


def test_home_queries_do_not_grow(official, learner, section, hcm, django_assert_max_num_queries):
    for i in range(3):
        course = add_course(section, slug=f"k{i}", lessons=1, officials_only=True)
        courses.enrolment_create(user=official, course=course)
        Assignment.objects.create(course=course, province=hcm, due_on=timezone.localdate())
    client = logged_in(official)
    client.get("/")
    with django_assert_max_num_queries(24) as few:
        client.get("/")
    for i in range(3, 9):
        course = add_course(section, slug=f"k{i}", lessons=1, officials_only=True)
        courses.enrolment_create(user=official, course=course)
        Assignment.objects.create(course=course, province=hcm, due_on=timezone.localdate())
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/")
