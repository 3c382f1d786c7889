"""The staff dashboard on a phone: staff land on it, its charts keep readable text, nothing
covers its headings, and the funnel follows the platform filter."""

import pytest

from tests.e2e.conftest import PHONE, axe_violations, screenshot
from tests.e2e.test_onboarding import PASSWORD, demo  # noqa: F401 - the demo fixture

pytestmark = pytest.mark.django_db(transaction=True)


def _uncovered_headings(page) -> list[str]:
    """Headings whose centre is covered by another element (a floating bar, a menu)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('main h1, main h2')].filter((h) => {
             h.scrollIntoView({block: 'center'});
             const r = h.getBoundingClientRect();
             const top = document.elementFromPoint(r.left + 8, r.top + r.height / 2);
             return !(top && (h === top || h.contains(top)));
           }).map((h) => h.textContent.trim())"""
    )


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_staff_dashboard_on_a_phone(live_server, browser, login, demo, language):  # noqa: F811
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    login(page, "staff@demo.example", PASSWORD)
    assert page.url == f"{live_server.url}/onboarding/staff/"
    page.goto(f"{live_server.url}/onboarding/staff/?lang={language}")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    sizes = page.eval_on_selector_all(
        ".bar-chart .bar-label", "els => els.map((e) => parseFloat(getComputedStyle(e).fontSize))"
    )
    assert sizes and min(sizes) >= 14, sizes
    assert _uncovered_headings(page) == []
    assert axe_violations(page) == []
    screenshot(page, f"staff-dashboard-{language}-phone")

    # Choosing a platform moves the funnel to a journey on that platform.
    page.select_option("#f-platform", "shopee")
    with page.expect_navigation():
        page.locator("form.ob-filters button[type=submit]").click()
    chosen = page.locator("#f-template option:checked").inner_text()
    assert "Shopee" in chosen
    assert "Shopee" in page.locator("#funnel-heading").inner_text()
    assert page.locator("#funnel-table tbody tr").count() > 1
    context.close()
