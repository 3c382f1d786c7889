"""Officials' courses are discoverable: the home card leads to them; someone who may not
take them yet sees that they exist and how to get approved, never a 0-result page."""

import pytest
from django.test import Client

from home.demo import OFFICIALS_COURSES_URL
from portal.models import Profile
from tests.courses.builders import add_course

pytestmark = pytest.mark.django_db


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def officials_courses(section_hcm):
    return add_course(
        section_hcm,
        slug="quan-ly",
        officials_only=True,
        audience="official",
        title="Khoá cán bộ mẫu",
        summary="Thẩm định website",
    )


def test_the_home_card_leads_to_the_officials_courses(client, home_page, officials_courses):
    assert f'href="{OFFICIALS_COURSES_URL}"' in client.get("/").text.replace("&amp;", "&")


def test_anonymous_and_business_learners_see_the_courses_and_how_to_get_approved(
    client, learner, officials_courses
):
    html = client.get(OFFICIALS_COURSES_URL).text
    assert "Khoá cán bộ mẫu" in html and "Thẩm định website" in html
    assert "tạo tài khoản" in html and officials_courses.url not in html
    assert "Không có khoá học nào phù hợp" not in html
    html = logged_in(learner).get(OFFICIALS_COURSES_URL).text
    assert "Đề nghị được xác nhận là cán bộ quản lý nhà nước" in html
    english = logged_in(learner).get(OFFICIALS_COURSES_URL + "&lang=en").text
    assert "Ask to be approved as a state official" in english


def test_a_pending_official_is_told_who_approves(make_user, hcm, officials_courses):
    pending = make_user(
        "cho@example.com",
        province=hcm,
        learner_type=Profile.LearnerType.OFFICIAL,
        official_status=Profile.OfficialStatus.PENDING,
    )
    html = logged_in(pending).get(OFFICIALS_COURSES_URL).text
    assert "đang chờ cán bộ của Thành phố Hồ Chí Minh duyệt" in html


def test_approved_officials_see_the_courses_themselves(official, officials_courses):
    html = logged_in(official).get(OFFICIALS_COURSES_URL).text
    assert officials_courses.url in html and "Đề nghị được xác nhận" not in html
