"""A trainer in the Wagtail admin: edits a lesson of their province's section and submits
it for moderation; a lesson of another province is out of reach. The admin speaks the
user's Wagtail language preference (LANGUAGE_CODE, Vietnamese, without one)."""

import pytest

from courses.models import LessonPage
from courses.services import section_create
from tests.conftest import PASSWORD
from tests.courses.builders import catalog_for, first_lessons
from tests.e2e.conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)

REFUSED = {"vi": "Bạn không có quyền truy cập vào khu vực này."}


@pytest.fixture
def lessons(reference_data, home_page, hcm, hanoi):
    catalog = catalog_for(home_page)
    sections = {
        "hcm": section_create(province=hcm, catalog=catalog),
        "hanoi": section_create(province=hanoi, catalog=catalog),
    }
    return first_lessons(sections, lessons=1, quiz=False)


def open_action_menu(page):
    page.click("footer .w-dropdown__toggle")
    submit = page.locator("footer button[name=action-submit]")
    submit.wait_for(state="visible")
    return submit


def assert_refused(live_server, page, lesson, language):
    """Wagtail's answer to an edit page out of the user's permissions: a redirect to the
    admin dashboard with a permission message (not a 403 or 404). Wagtail writes that
    message outside its per-user language override (wagtail.admin.auth.permission_denied
    runs after get_localized_response), so it comes in the site's language (Vietnamese
    here) even when the rest of the admin is in English."""
    response = page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    assert response.status == 200
    assert page.url == f"{live_server.url}/admin/"
    message = page.locator(".messages li.error")
    assert REFUSED["vi"] in message.inner_text()
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("footer button[name=action-submit]").count() == 0
    screenshot(page, f"courses-admin-refused-{language}-desktop")


def test_trainer_submits_a_lesson_of_their_province_only(
    live_server, page, login, trainer_hcm, lessons
):
    from wagtail.models import Revision, WorkflowState
    from wagtail.users.models import UserProfile

    hcm_lesson, hanoi_lesson = lessons["hcm"], lessons["hanoi"]
    login(page, "trainer@example.com", PASSWORD)

    page.goto(f"{live_server.url}/admin/pages/{hcm_lesson.pk}/edit/")
    assert page.locator("html").get_attribute("lang") == "vi"
    page.fill("#id_title_en", "Lesson one")
    submit = open_action_menu(page)
    # "Submit to <workflow>" in the portal's Vietnamese for Wagtail (locale_overrides/).
    assert submit.inner_text().strip() == "Gửi duyệt theo Kiểm duyệt: Thành phố Hồ Chí Minh"
    screenshot(page, "courses-admin-submit-menu-vi-desktop")
    with page.expect_navigation():
        submit.click()
    screenshot(page, "courses-admin-submitted-vi-desktop")

    state = WorkflowState.objects.get(object_id=str(hcm_lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == trainer_hcm
    assert state.workflow.name == "Kiểm duyệt: Thành phố Hồ Chí Minh"
    lesson = LessonPage.objects.get(pk=hcm_lesson.pk)
    assert lesson.get_latest_revision_as_object().title_en == "Lesson one"
    assert lesson.title_en == ""  # not live before a reviewer approves

    assert_refused(live_server, page, hanoi_lesson, "vi")

    # English: the user's Wagtail preference.
    profile = UserProfile.get_for_user(trainer_hcm)
    profile.preferred_language = "en"
    profile.save()
    page.goto(f"{live_server.url}/admin/pages/{hcm_lesson.pk}/edit/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#id_title_en").input_value() == "Lesson one"
    screenshot(page, "courses-admin-lesson-in-moderation-en-desktop")
    assert_refused(live_server, page, hanoi_lesson, "en")

    assert not WorkflowState.objects.filter(object_id=str(hanoi_lesson.pk)).exists()
    assert not Revision.page_revisions.filter(
        object_id=str(hanoi_lesson.pk), user=trainer_hcm
    ).exists()
