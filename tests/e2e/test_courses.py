"""A learner in the browser: catalog → enrol → lessons → quiz → My learning (completed),
in Vietnamese and English, on desktop and phone, without serious accessibility issues."""

import pytest

from courses.services import section_create
from tests.conftest import PASSWORD
from tests.courses.builders import add_course, catalog_for
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def course(home_page, hcm):
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    return add_course(section, lessons=2)


def test_learner_takes_a_course_to_completion(
    live_server, page, phone_page, login, make_user, course
):
    make_user("hoc.vien@example.com", full_name="Nguyễn Thị Thu Hà")
    login(page, "hoc.vien@example.com", PASSWORD)

    page.goto(f"{live_server.url}/courses/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert axe_violations(page) == []
    screenshot(page, "courses-catalog-vi-desktop")
    page.fill("#id_q", "")
    page.select_option("#id_track", "platform")
    with page.expect_navigation():
        page.click(".filters button[type=submit]")
    page.click(f"a[href='{course.url}']")
    page.wait_for_load_state()
    assert axe_violations(page) == []
    screenshot(page, "courses-course-vi-desktop")

    with page.expect_navigation():
        page.click("form[action*='/learning/enrol/'] button")
    assert "bai-1" in page.url
    assert page.get_by_role("progressbar").first.is_visible()
    assert axe_violations(page) == []
    screenshot(page, "courses-lesson-vi-desktop")
    with page.expect_navigation():
        page.click("form[action$='/done/'] button")
    assert "bai-2" in page.url

    # The quiz: explanations are not in the page before answering.
    assert "GIAI-THICH-BI-MAT" not in page.content()
    assert axe_violations(page) == []
    page.check("input[name=q-0][value='0']")
    page.check("input[name=q-1][value='0']")
    page.check("input[name=q-1][value='2']")
    with page.expect_navigation():
        page.click("form[action*='/quiz/'] button[type=submit]")
    assert "GIAI-THICH-BI-MAT" in page.content()
    assert axe_violations(page) == []
    screenshot(page, "courses-quiz-result-vi-desktop")

    page.goto(f"{live_server.url}/learning/?lang=en")
    assert page.locator("html").get_attribute("lang") == "en"
    completed = page.locator("section[aria-labelledby=completed]")
    assert "Selling on marketplaces" in completed.inner_text()
    assert axe_violations(page) == []
    screenshot(page, "courses-learning-en-desktop")

    page.goto(f"{live_server.url}/courses/?lang=en")
    assert axe_violations(page) == []
    screenshot(page, "courses-catalog-en-desktop")

    login(phone_page, "hoc.vien@example.com", PASSWORD)
    for name, path in (("catalog", "/courses/"), ("lesson", course.url + "bai-2/")):
        phone_page.goto(live_server.url + path)
        assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390, name
        assert axe_violations(phone_page) == []
        screenshot(phone_page, f"courses-{name}-vi-phone")


def test_prerequisites_are_shown_and_linked(live_server, page, login, make_user, course):
    section = course.get_parent()
    advanced = add_course(
        section.specific, slug="nang-cao", title="Khoá nâng cao", title_en="Advanced", lessons=1
    )
    advanced.prerequisites.set([course])
    advanced.save_revision().publish()
    make_user("hoc.vien@example.com")
    login(page, "hoc.vien@example.com", PASSWORD)

    page.goto(f"{live_server.url}{advanced.url}")
    missing = page.locator("#missing-prerequisites")
    assert "Hãy hoàn thành các khoá học này trước" in missing.inner_text()
    assert page.locator("form[action*='/learning/enrol/']").count() == 0
    assert axe_violations(page) == []
    screenshot(page, "courses-prerequisites-vi-desktop")

    page.goto(f"{live_server.url}{advanced.url}?lang=en")
    assert "Complete these courses first" in page.locator("#missing-prerequisites").inner_text()
    screenshot(page, "courses-prerequisites-en-desktop")
    with page.expect_navigation():
        page.get_by_role("link", name="Selling on marketplaces").first.click()
    assert page.url.endswith(course.url)


def tab_to(page, selector: str, limit: int = 80) -> None:
    """Presses Tab until the focused element matches `selector` (keyboard only)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_keyboard_only_enrol_mark_done_and_quiz(live_server, page, login, make_user, course):
    """No mouse: enrol, mark a lesson as done, answer the quiz (a refused attempt keeps its
    choices), and land on the result, from where Tab goes on inside the quiz."""
    make_user("ban.phim@example.com")
    login(page, "ban.phim@example.com", PASSWORD)
    page.goto(f"{live_server.url}{course.url}")
    tab_to(page, "form[action*='/learning/enrol/'] button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "bai-1" in page.url
    tab_to(page, "form[action$='/done/'] button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "bai-2" in page.url
    assert page.locator("form[action$='/done/']").count() == 0  # the quiz finishes it

    # Single-answer question: Tab reaches the radio group, arrows choose.
    tab_to(page, "input[name=q-0]")
    for _ in range(4):
        if page.evaluate("document.activeElement.value") == "0":
            break
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")  # arrows select as they move; Space selects the first
    assert page.is_checked("input[name=q-0][value='0']")
    # Submitted without the multiple-answer question: refused, the choice kept.
    tab_to(page, "form[action*='/quiz/'] button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "#quiz-error-" in page.url
    assert page.locator("[role=alert]").is_visible()
    assert axe_violations(page) == []
    screenshot(page, "courses-quiz-error-vi-desktop")
    assert page.is_checked("input[name=q-0][value='0']")
    for value in ("0", "2"):
        tab_to(page, f"input[name=q-1][value='{value}']")
        page.keyboard.press("Space")
    tab_to(page, "form[action*='/quiz/'] button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "#quiz-result-" in page.url
    result = page.locator("[id^=quiz-result-]")
    assert result.is_visible() and "Đạt" in result.inner_text()
    # The next Tab continues from the result, not from the top of the page.
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.quiz')")
    assert axe_violations(page) == []
    screenshot(page, "courses-quiz-keyboard-result-vi-desktop")
