"""Notifications in a browser: staff ask for a change on the learner's step and approve
another; the learner sees the header's count, opens the list, follows a notification to
the step (it is then read), marks the rest read and chooses a daily digest; in Vietnamese
and English, on a desktop and a phone, axe-clean."""

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import PHONE, axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def reviewed(learner, staff_hcm, hcm):
    """The learner's business with one step sent back ("changes requested") and one
    business-registration decision: two unread notifications."""
    from onboarding import services, tasks
    from onboarding.models import JourneyStep, JourneyTemplate
    from tests.onboarding.conftest import FIXTURE_TEMPLATES, make_business, submit_png

    services.journey_templates_load_defaults(templates=FIXTURE_TEMPLATES)
    template = JourneyTemplate.objects.get(key="notify-website")
    business = make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    journey = services.journey_start(business=business, template=template, by=learner)
    steps = {s.key: s for s in journey.steps.all()}
    services.step_submit(step=steps["account"], by=learner)
    shot = JourneyStep.objects.get(pk=steps["screenshot"].pk)
    submit_png(shot, learner)
    shot.refresh_from_db()
    services.step_request_changes(
        step=shot, by=staff_hcm, expected_version=shot.version, comment="Ảnh bị mờ, chụp lại"
    )
    tasks.notify_step_reviewed(shot.pk)  # queued on commit; run here for certain
    other = make_business(learner, hcm, name="HTX Mới", tax_code="0100109106-009", approved=False)
    services.business_approve(business=other, by=staff_hcm)
    return shot


def sign_in(page, live_server, email):
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_load_state()


def test_learner_follows_notifications_in_both_languages(
    live_server, browser, page, learner, reviewed
):
    sign_in(page, live_server, learner.email)
    bell = page.locator("a.notifications-link")
    assert bell.get_attribute("href") == "/notifications/"
    assert bell.locator(".notifications-count").text_content().split() == ["2", "chưa", "đọc"]
    bell.click()
    page.wait_for_load_state()
    assert page.url.endswith("/notifications/")
    assert page.get_by_role("heading", level=1).inner_text() == "Thông báo"
    items = page.locator(".notification")
    assert items.count() == 2
    expect(page.get_by_role("link", name="Cần chỉnh sửa: Ảnh chụp trang chủ")).to_be_visible()
    expect(page.get_by_text("Ảnh bị mờ, chụp lại")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "notifications-vi-desktop")

    page.goto(f"{live_server.url}/notifications/?lang=en")
    assert page.get_by_role("heading", level=1).inner_text() == "Notifications"
    expect(page.get_by_role("link", name="Changes requested: Homepage screenshot")).to_be_visible()
    expect(page.get_by_role("link", name="Registration approved: HTX Mới")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "notifications-en-desktop")

    # Following one goes to the step and marks it read: the count drops to one.
    page.get_by_role("link", name="Changes requested: Homepage screenshot").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/onboarding/steps/{reviewed.pk}/")
    assert page.locator(".notifications-count").inner_text().startswith("1")
    page.goto(f"{live_server.url}/notifications/")
    page.get_by_role("button", name="Mark all as read").click()
    page.wait_for_load_state()
    assert page.locator(".notifications-count").count() == 0
    assert page.locator(".notification-unread").count() == 0
    expect(page.get_by_text("All notifications are marked as read.")).to_be_visible()

    # E-mail settings: the daily digest for approvals.
    page.get_by_role("link", name="E-mail settings").click()
    page.wait_for_load_state()
    assert axe_violations(page) == []
    screenshot(page, "notification-settings-en-desktop")
    group = page.get_by_role("group", name="A step approved")
    group.get_by_label("In one e-mail a day (digest)").check()
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    expect(page.get_by_text("Your notification settings have been saved.")).to_be_visible()
    from portal.services import notification_email_choice

    assert notification_email_choice(user=learner, kind="step_approved") == "daily"


def test_notifications_on_a_phone(live_server, browser, learner, reviewed):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="vi-VN")
    try:
        phone = context.new_page()
        sign_in(phone, live_server, learner.email)
        for path in ("/notifications/", "/notifications/settings/"):
            phone.goto(f"{live_server.url}{path}")
            assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
            assert axe_violations(phone) == []
            screenshot(
                phone,
                "notifications-vi-phone"
                if path == "/notifications/"
                else "notification-settings-vi-phone",
            )
        phone.goto(f"{live_server.url}/notifications/")
        phone.get_by_role(
            "button", name="Đánh dấu đã đọc: Cần chỉnh sửa: Ảnh chụp trang chủ"
        ).click()
        phone.wait_for_load_state()
        assert phone.locator(".notification-unread").count() == 1
    finally:
        context.close()
