"""The header: one line on a laptop, a menu button on a phone; each role lands on its page."""

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import PHONE, axe_violations, screenshot, sign_out

pytestmark = pytest.mark.django_db(transaction=True)

LAPTOP = {"width": 1280, "height": 800}


def _header_rows(page) -> set[int]:
    """The header's visible items, grouped into rows: items whose vertical centres lie
    within 12 px of the first item's share its row."""
    centres = page.evaluate(
        """() => [...document.querySelectorAll(
             '.brand, .main-nav > ul > li, .header-tools > *, .header-inner > .notifications-link')]
           .filter((el) => el.offsetParent !== null)
           .map((el) => { const r = el.getBoundingClientRect(); return r.top + r.height / 2; })"""
    )
    return {round((centre - centres[0]) / 12) for centre in centres}


def _overlapping(page) -> list[str]:
    """Pairs of header items drawn over each other (the bell over the account's name)."""
    return page.evaluate(
        """() => { const items = [...document.querySelectorAll(
             '.brand, .main-nav > ul > li, .header-tools > *, .header-inner > .notifications-link')]
             .filter((el) => el.offsetParent !== null);
           const out = [];
           items.forEach((a, i) => items.slice(i + 1).forEach((b) => {
             const r = a.getBoundingClientRect(), q = b.getBoundingClientRect();
             if (r.left < q.right - 1 && q.left < r.right - 1
                 && r.top < q.bottom - 1 && q.top < r.bottom - 1)
               out.push(a.className + ' / ' + b.className);
           }));
           return out; }"""
    )


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_national_admin_s_header_fits_one_line_on_a_laptop(
    live_server, browser, login, national_admin, home_page, language
):
    context = browser.new_context(viewport=LAPTOP, locale="vi-VN")
    page = context.new_page()
    login(page, national_admin.email, PASSWORD)
    # Staff and national admins land on the staff dashboard.
    assert page.url == f"{live_server.url}/onboarding/staff/"
    page.goto(f"{live_server.url}/?lang={language}")
    assert len(_header_rows(page)) == 1, "the header wraps on a laptop"
    assert _overlapping(page) == [], "header items drawn over each other"
    assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"]
    assert page.locator(".menu-button").is_hidden()

    # The staff's links sit under one menu; a click elsewhere closes it.
    work = "Công việc" if language == "vi" else "Work"
    page.get_by_text(work, exact=True).click()
    dashboard = page.locator("header").get_by_role(
        "link", name="Bảng điều khiển cán bộ" if language == "vi" else "Staff dashboard"
    )
    expect(dashboard).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, f"header-work-menu-{language}-laptop")
    page.locator("main").click(position={"x": 5, "y": 5})
    assert dashboard.is_hidden()
    page.keyboard.press("Escape")

    sign_out(page)
    sign_in = "Đăng nhập" if language == "vi" else "Sign in"
    expect(page.get_by_role("link", name=sign_in)).to_be_visible()
    context.close()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_on_a_phone_the_header_folds_into_a_menu_button(
    live_server, browser, login, staff_hcm, home_page, language
):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    login(page, staff_hcm.email, PASSWORD)
    page.goto(f"{live_server.url}/?lang={language}")
    button = page.locator("header .menu-button")
    courses = page.locator("header").get_by_role(
        "link", name="Khoá học" if language == "vi" else "Courses", exact=True
    )
    expect(button).to_be_visible()
    assert courses.is_hidden()
    header_height = page.locator("header").bounding_box()["height"]
    assert header_height < 80
    screenshot(page, f"header-closed-{language}-phone")

    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    expect(courses).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert axe_violations(page) == []
    screenshot(page, f"header-open-{language}-phone")
    # Escape folds it again and gives the focus back to the button.
    page.keyboard.press("Escape")
    assert courses.is_hidden()
    assert button.evaluate("el => el === document.activeElement")
    context.close()


def test_anonymous_visitors_see_the_verification_link_and_sign_in(live_server, page, home_page):
    page.set_viewport_size(LAPTOP)
    page.goto(f"{live_server.url}/")
    header = page.locator("header")
    expect(header.get_by_role("link", name="Kiểm tra chứng nhận")).to_be_visible()
    expect(header.get_by_role("link", name="Đăng nhập")).to_be_visible()
    assert len(_header_rows(page)) == 1
