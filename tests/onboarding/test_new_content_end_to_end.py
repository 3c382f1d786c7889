"""The journeys and courses the content review added work end to end: a business rates a
product under OCOP (the journey's course first) and gets its readiness certificate; the
new courses complete and issue their certificates."""

import pytest

from certification import demo as certificate_demo
from certification.models import Certificate
from courses import demo as course_demo
from courses import loaders
from courses.models import CoursePage
from onboarding import demo as onboarding_demo
from onboarding import services
from onboarding.models import Journey, JourneyTemplate
from tests.conftest import kept_for_module

pytestmark = pytest.mark.django_db


def load_content():
    from home.demo import load_home_page

    load_home_page()
    certificate_demo.load()
    loaders.legal_bases_load()
    loaders.catalog_load()
    loaders.courses_load()
    services.journey_templates_load_defaults()
    onboarding_demo._link_certificate_template()


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    yield from kept_for_module(django_db_blocker, load_content)


def test_the_ocop_rating_journey_completes_and_issues_its_certificate(
    content, business_hcm, learner, staff_hcm, django_capture_on_commit_callbacks
):
    ocop_course = CoursePage.objects.get(slug="dua-san-pham-ocop-len-san")
    template = JourneyTemplate.objects.get(key="ocop-rating")
    with django_capture_on_commit_callbacks(execute=True):
        journey = services.journey_start(business=business_hcm, template=template, by=learner)
        course_demo.complete_course(user=learner, course=ocop_course)
    with django_capture_on_commit_callbacks(execute=True):
        onboarding_demo._advance(
            journey, count=journey.steps.count(), actor=learner, reviewer=staff_hcm
        )
    journey = Journey.objects.get(pk=journey.pk)
    assert journey.status == Journey.Status.COMPLETED
    steps = dict(journey.steps.values_list("key", "status"))
    assert steps["central-rating"] == "skipped" and steps["list-on-platforms"] == "approved"
    readiness = Certificate.objects.get(subject_id=str(journey.pk), subject_type__model="journey")
    assert readiness.subject_title == template.title
    assert readiness.subject_title_en == "Get a product rated under OCOP"


@pytest.mark.parametrize(
    "slug",
    [
        "dang-ky-website-cung-cap-dich-vu",
        "livestream-tiep-thi-lien-ket-va-thue",
        "chuong-trinh-thuong-mai-dien-tu-dia-phuong",
        "khieu-nai-va-tranh-chap-tieu-dung",
    ],
)
def test_the_new_courses_complete_and_issue_their_certificates(
    content, official, slug, django_capture_on_commit_callbacks
):
    course = CoursePage.objects.get(slug=slug)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = course_demo.complete_course(user=official, course=course)
    assert enrolment.is_completed
    certificate = Certificate.objects.get(holder=official, subject_id=str(course.pk))
    assert certificate.subject_title_en == course.title_en
    assert certificate.template == course.certificate_template
