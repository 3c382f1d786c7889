"""Browser tests of the account pages: the admin's no-access page, two-factor log-in."""

import pytest

from tests.conftest import PASSWORD
from tests.e2e.conftest import PHONE, axe_violations, screenshot

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
                assert page.get_by_role("link", name="Sign in").first.is_visible()
            context.close()
