"""Every main page, as each demo user sees it, in both languages and on a phone:
it answers, has no serious accessibility violation, and never scrolls sideways."""

import pytest

from tests import snapshot
from tests.conftest import load_demo
from tests.e2e.conftest import PHONE, axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "demo-pass-2026"
TOUR = {
    None: ["/", "/courses/", "/certificates/verify/", "/accounts/login/", "/accounts/signup/"],
    "learner@demo.example": ["/learning/", "/onboarding/", "/certificates/", "/accounts/profile/"],
    "staff@demo.example": ["/onboarding/staff/", "/staff/officials/"],
}


@pytest.fixture
def demo(reference_data):
    snapshot.loaded_once("load_demo", load_demo)


def sign_in(page, base, email):
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("form button[type=submit]")


@pytest.mark.parametrize("who", list(TOUR), ids=lambda w: (w or "anonymous").split("@")[0])
def test_tour(live_server, browser, demo, who):
    problems = []
    for device, viewport in {"desktop": {"width": 1280, "height": 900}, "phone": PHONE}.items():
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        if who:
            sign_in(page, live_server.url, who)
        for lang in ("vi", "en"):
            for path in TOUR[who]:
                response = page.goto(f"{live_server.url}{path}?lang={lang}")
                slug = path.strip("/").replace("/", "_") or "home"
                name = f"tour-{(who or 'anonymous').split('@')[0]}-{slug}-{lang}-{device}"
                if response.status != 200:
                    problems.append((name, response.status))
                    continue
                assert page.locator("html").get_attribute("lang") == lang, name
                if device == "phone":
                    width = page.evaluate("document.documentElement.scrollWidth")
                    if width > viewport["width"]:
                        problems.append((name, f"scrolls sideways: {width}px"))
                    screenshot(page, name)
                elif lang == "vi" or path == TOUR[who][0]:
                    violations = axe_violations(page)
                    if violations:
                        problems.append((name, violations))
        context.close()
    assert problems == []
