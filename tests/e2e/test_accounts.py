"""Browser tests of the account pages: the admin's no-access page, two-factor log-in."""

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import PHONE, axe_violations, screenshot, sign_out
from tests.totp import totp_code

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_learner_opening_the_admin_sees_why_not_a_loop(
    live_server, browser, login, learner, home_page
):
    for language, heading in (
        ("vi", "Không có quyền truy cập trang quản trị"),
        ("en", "No access to the administration"),
    ):
        for viewport, name in ((None, "desktop"), (PHONE, "phone")):
            context = browser.new_context(viewport=viewport) if viewport else browser.new_context()
            page = context.new_page()
            login(page, learner.email, PASSWORD)
            response = page.goto(f"{live_server.url}/admin/?lang={language}")
            assert response.status == 403
            assert page.get_by_role("heading", level=1).inner_text() == heading
            assert axe_violations(page) == []
            assert (
                page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
            )
            screenshot(page, f"admin-no-access-{language}-{name}")
            if language == "en" and name == "phone":
                page.get_by_role("main").get_by_role("button", name="Sign out").click()
                page.wait_for_load_state()
                expect(page.get_by_role("link", name="Sign in").first).to_be_visible()
            context.close()


def test_staff_set_up_an_authenticator_app_then_sign_in_with_its_code(
    live_server, page, phone_page, login, staff_hcm, home_page, settings
):
    settings.MFA_REQUIRED_FOR_STAFF = True
    login(page, staff_hcm.email, PASSWORD)
    # Sent to set up two-factor before anything else, and told why.
    assert page.url == f"{live_server.url}/accounts/2fa/"
    expect(page.get_by_text("Vai trò của bạn yêu cầu xác thực hai lớp")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "mfa-required-vi-desktop")
    page.goto(f"{live_server.url}/onboarding/staff/")
    assert page.url == f"{live_server.url}/accounts/2fa/"

    page.get_by_role("link", name="Bật").click()
    # allauth asks for the password again before turning two-factor on.
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Bật ứng dụng xác thực"
    assert axe_violations(page) == []
    screenshot(page, "mfa-activate-vi-desktop")
    secret = page.input_value("#authenticator_secret")
    page.fill("input[name=code]", totp_code(secret))
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    # Recovery codes are shown next, to keep somewhere safe.
    assert page.get_by_role("heading", level=1).inner_text() == "Mã khôi phục"
    screenshot(page, "mfa-recovery-codes-vi-desktop")
    assert page.goto(f"{live_server.url}/onboarding/staff/").status == 200

    # Signing in again asks for the app's code after the password.
    sign_out(page)
    login(page, staff_hcm.email, PASSWORD)
    assert page.url == f"{live_server.url}/accounts/2fa/authenticate/"
    assert axe_violations(page) == []
    screenshot(page, "mfa-authenticate-vi-desktop")
    page.fill("input[name=code]", "000000")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    expect(page.get_by_text("Mã không đúng")).to_be_visible()
    page.fill("input[name=code]", totp_code(secret))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    assert page.goto(f"{live_server.url}/onboarding/staff/").status == 200

    # The same pages in English, on a phone.
    login(phone_page, staff_hcm.email, PASSWORD)
    phone_page.goto(f"{live_server.url}/accounts/2fa/authenticate/?lang=en")
    assert phone_page.get_by_role("heading", level=1).inner_text() == "Two-Factor Authentication"
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(phone_page, "mfa-authenticate-en-phone")


def test_a_security_key_signs_in_instead_of_the_app(live_server, page, login, learner, home_page):
    from allauth.mfa.models import Authenticator

    # Chromium's virtual authenticator stands in for a USB key or the phone's passkey.
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "usb",
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    login(page, learner.email, PASSWORD)
    page.goto(f"{live_server.url}/accounts/2fa/")
    page.get_by_role("link", name="Thêm").click()
    page.fill("input[name=password]", PASSWORD)  # allauth asks for the password again
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Thêm khoá bảo mật"
    assert page.get_by_label("Tên của khoá").input_value() == "Khoá chính"
    assert axe_violations(page) == []
    screenshot(page, "mfa-webauthn-add-vi-desktop")
    with page.expect_navigation():
        page.locator("#mfa_webauthn_add").click()
    assert Authenticator.objects.filter(user=learner, type="webauthn").exists()

    sign_out(page)
    login(page, learner.email, PASSWORD)
    assert page.url == f"{live_server.url}/accounts/2fa/authenticate/"
    screenshot(page, "mfa-authenticate-with-key-vi-desktop")
    with page.expect_navigation():
        page.get_by_role("button", name="Dùng khoá bảo mật").click()
    assert page.url == f"{live_server.url}/learning/"
