import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_home_in_both_languages_on_desktop_and_phone(live_server, page, phone_page, home_page):
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.get_by_role("heading", level=1).inner_text().startswith("Đưa doanh nghiệp")
    assert axe_violations(page) == []
    screenshot(page, "home-vi-desktop")

    with page.expect_navigation():
        page.select_option("#lang-select", "en")
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_role("link", name="Courses").first).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "home-en-desktop")

    phone_page.goto(live_server.url + "/")
    # Nothing wider than the phone: no sideways scrolling.
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    screenshot(phone_page, "home-vi-phone")


def test_demo_accounts_sign_in_through_the_browser(live_server, page, login, make_user):
    make_user("browser@example.com")
    login(page, "browser@example.com", "a-Strong-test-pass-2026")
    page.locator("header .account-menu summary").click()
    expect(page.get_by_role("button", name="Đăng xuất")).to_be_visible()
