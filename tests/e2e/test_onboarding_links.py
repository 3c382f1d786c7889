"""Browser checks added in review: a course lesson's step link, an invitation opened by
someone not signed up yet, and the staff dashboard's businesses on a phone (vi and en)."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE, axe_violations, screenshot
from tests.e2e.test_onboarding import contexts, demo, sign_in  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db(transaction=True)

PHONE_KW = {"viewport": PHONE, "is_mobile": True, "has_touch": True}


def test_step_link_and_invitation(live_server, browser, login, demo, contexts):  # noqa: F811
    from onboarding import services
    from onboarding.models import Business, JourneyStep

    learner = sign_in(browser, login, "learner@demo.example", contexts, **PHONE_KW)
    # A lesson's link to a step of a journey the business follows opens that step.
    step = JourneyStep.objects.get(
        journey__business__name="Hợp tác xã Demo",
        journey__template__key="notify-website",
        key="declare-info",
    )
    learner.goto(f"{live_server.url}/onboarding/?step=notify-website:declare-info")
    assert learner.url.endswith(f"/onboarding/steps/{step.pk}/")
    # A step of a journey not started: the template to start, highlighted.
    for lang, heading in (("vi", "Bắt đầu lộ trình này"), ("en", "Start this journey")):
        learner.goto(f"{live_server.url}/onboarding/?step=tiki-store:sign-contract&lang={lang}")
        expect(learner.get_by_role("button", name=heading)).to_be_visible()
        assert learner.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert axe_violations(learner) == []
        screenshot(learner, f"onboarding-step-link-{lang}-phone")

    business = Business.objects.get(name="Hợp tác xã Demo")
    invitation = services.member_invite(business=business, email="moi@example.com", by=None)
    context = browser.new_context(locale="vi-VN", **PHONE_KW)
    contexts.append(context)
    newcomer = context.new_page()
    for lang, button in (("vi", "Đăng ký"), ("en", "Sign up")):
        newcomer.goto(f"{live_server.url}/onboarding/invitations/{invitation.token}/?lang={lang}")
        expect(
            newcomer.locator("#main").get_by_role("link", name=button, exact=True)
        ).to_be_visible()
        assert axe_violations(newcomer) == []
        screenshot(newcomer, f"onboarding-invitation-{lang}-phone")
    newcomer.locator("#main").get_by_role("link", name=button, exact=True).click()
    newcomer.wait_for_load_state()
    assert "/accounts/signup/" in newcomer.url and "next=" in newcomer.url


def test_staff_dashboard_businesses_fit_a_phone(live_server, browser, login, demo, contexts):  # noqa: F811
    staff = sign_in(browser, login, "staff@demo.example", contexts, **PHONE_KW)
    for lang in ("vi", "en"):
        staff.goto(f"{live_server.url}/onboarding/staff/?lang={lang}")
        cell = staff.locator("table.ob-stack tbody tr").first.locator("td").nth(4)
        box = cell.bounding_box()
        assert box and box["x"] + box["width"] <= PHONE["width"]
        screenshot(staff, f"onboarding-staff-businesses-{lang}-phone")


def test_step_history_reads_on_a_phone(live_server, browser, login, demo, contexts):  # noqa: F811
    from django.contrib.auth import get_user_model

    from onboarding import services
    from onboarding.models import JourneyStep

    step = JourneyStep.objects.get(
        journey__business__name="Hợp tác xã Demo", status=JourneyStep.Status.SUBMITTED
    )
    staff = get_user_model().objects.get(email="staff@demo.example")
    comment = "Ảnh chưa thấy mặt trước CCCD, vui lòng chụp lại rõ hơn."
    services.step_request_changes(step=step, by=staff, comment=comment)
    learner = sign_in(browser, login, "learner@demo.example", contexts, **PHONE_KW)
    for lang in ("vi", "en"):
        learner.goto(f"{live_server.url}/onboarding/steps/{step.pk}/?lang={lang}")
        cell = learner.locator("table.ob-events td", has_text=comment)
        box = cell.bounding_box()
        assert box and box["x"] + box["width"] <= PHONE["width"]
        assert learner.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        screenshot(learner, f"onboarding-step-history-{lang}-phone")
