"""A learner in the browser: catalog → enrol → lessons → quiz → My learning (completed),
in Vietnamese and English, on desktop and phone, without serious accessibility issues."""

import pytest
from playwright.sync_api import expect

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
    expect(page.get_by_role("progressbar").first).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "courses-lesson-vi-desktop")
    with page.expect_navigation():
        page.click("form[action$='/done/'] button")
    assert "bai-2" in page.url

    # The quiz: explanations are not in the page before answering.
    assert "GIAI-THICH-BI-MAT" not in page.content()
    assert axe_violations(page) == []
    # Choice values are opaque: the learner (and this test) chooses by the words.
    for text in ("Tiki", "Thông báo website", "Đăng ký sàn"):
        choice(page, text).check()
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


def choice(page, text: str):
    """The quiz input labelled `text`."""
    return page.locator("form[action*='/quiz/'] label", has_text=text).locator("input")


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
        if page.evaluate("document.activeElement.parentElement.textContent.trim()") == "Tiki":
            break
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")  # arrows select as they move; Space selects the first
    assert choice(page, "Tiki").is_checked()
    # Submitted without the multiple-answer question: refused, the choice kept.
    tab_to(page, "form[action*='/quiz/'] button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "#quiz-error-" in page.url
    expect(page.locator("[role=alert]")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "courses-quiz-error-vi-desktop")
    assert choice(page, "Tiki").is_checked()
    for text in ("Thông báo website", "Đăng ký sàn"):
        tab_to(page, f"input[value='{choice(page, text).get_attribute('value')}']")
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


def test_attempts_left_and_cool_down_on_the_lesson_page(
    live_server, page, phone_page, login, make_user, home_page, hcm
):
    """A course with 3 attempts and 10 minutes between them: a wrong attempt shows the
    score and what comes next, not which answers were right."""
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    course = add_course(section, lessons=1, quiz_max_attempts=3, quiz_cooldown_minutes=10)
    make_user("gioi.han@example.com")
    login(page, "gioi.han@example.com", PASSWORD)
    page.goto(f"{live_server.url}{course.url}")
    with page.expect_navigation():
        page.click("form[action*='/learning/enrol/'] button")
    rules = page.locator(".quiz-rules").inner_text()
    assert "Bạn có 3 lần làm bài kiểm tra này." in rules and "10 phút" in rules
    choice(page, "Amazon").check()
    choice(page, "Bỏ qua").check()
    with page.expect_navigation():
        page.click("form[action*='/quiz/'] button[type=submit]")
    result = page.locator("[id^=quiz-result-]")
    assert "Còn 2 lần làm bài." in result.inner_text()
    assert "Bạn có thể làm lại sau 10 phút" in result.inner_text()
    assert "GIAI-THICH-BI-MAT" not in page.content()
    assert page.locator("form[action*='/quiz/']").count() == 0
    assert axe_violations(page) == []
    screenshot(page, "courses-quiz-cooldown-vi-desktop")
    page.goto(page.url.split("#")[0] + "?lang=en")
    assert "2 attempts left." in page.locator("[id^=quiz-result-]").inner_text()
    screenshot(page, "courses-quiz-cooldown-en-desktop")

    login(phone_page, "gioi.han@example.com", PASSWORD)
    phone_page.goto(page.url)
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(phone_page) == []
    screenshot(phone_page, "courses-quiz-cooldown-en-phone")
