"""The events story in the browser: a learner finds an event at /events/, registers, keeps
the QR ticket; a trainer of the province checks her in by typing the code on a phone and
closes the event; she downloads her participation certificate. Vietnamese and English,
desktop and phone, without serious accessibility issues."""

import io

import pytest
from playwright.sync_api import expect

from certification.models import CertificateTemplate
from courses.services import section_create
from events.models import EventPage
from portal import roles
from tests.conftest import PASSWORD
from tests.courses.builders import catalog_for
from tests.e2e.conftest import axe_violations, screenshot
from tests.events.builders import add_event, at, begin

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def event(home_page, hcm):
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    template = CertificateTemplate.objects.create(
        name="Tham dự",
        issuer_name="Sở Công Thương Thành phố Hồ Chí Minh",
        issuer_name_en="Ho Chi Minh City Department of Industry and Trade",
        title="Giấy chứng nhận tham dự",
        title_en="Certificate of participation",
        wording="đã tham dự",
        wording_en="took part in",
        signatory_name="Nguyễn Văn Phúc",
        signatory_title="Giám đốc Sở Công Thương",
    )
    return add_event(
        section,
        days=1,
        starts_at=at(1, 8, 30),
        format=EventPage.Format.HYBRID,
        online_url="https://meet.example.vn/bi-mat-123",
        certificate_template=template,
    )


def _qr_text(locator) -> str:
    """Reads the QR code as a phone would: from a picture of it (zxing-cpp)."""
    import zxingcpp
    from PIL import Image

    image = Image.open(io.BytesIO(locator.screenshot()))
    results = zxingcpp.read_barcodes(image)
    return results[0].text if results else ""


def test_register_check_in_by_code_and_download_the_certificate(
    live_server, page, phone_page, login, make_user, hcm, event
):
    make_user("hoc.vien@example.com", full_name="Nguyễn Thị Thu Hà")
    make_user("giang.vien@example.com", province=hcm, role_names=[roles.TRAINERS])
    login(page, "hoc.vien@example.com", PASSWORD)

    page.goto(f"{live_server.url}/events/")
    assert axe_violations(page) == []
    screenshot(page, "events-calendar-vi-desktop")
    with page.expect_navigation():
        page.click(f"a[href='{event.url}']")
    assert "bi-mat-123" not in page.content()  # not registered: no online link
    assert axe_violations(page) == []
    with page.expect_navigation():
        page.click("form[action$='/register/'] button")
    expect(page.locator(".ev-state-ok")).to_be_visible()
    assert page.locator("#online-link").inner_text() == "https://meet.example.vn/bi-mat-123"
    screenshot(page, "events-event-registered-vi-desktop")

    with page.expect_navigation():
        page.click("a[href*='/events/tickets/']")
    code = page.locator("#ticket-code").inner_text()
    assert len(code.replace("-", "")) == 8
    scanned = _qr_text(page.locator(".ev-qr svg"))
    assert f"/events/{event.pk}/check-in/?ticket=" in scanned
    assert axe_violations(page) == []
    screenshot(page, "events-ticket-vi-desktop")
    ticket_url = page.url

    # The day of the event: a trainer of the province checks her in on a phone.
    begin(event)
    login(phone_page, "giang.vien@example.com", PASSWORD)
    phone_page.goto(f"{live_server.url}/events/{event.pk}/check-in/")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    # Headless Chromium has no BarcodeDetector: the page says so and typing works.
    assert phone_page.locator("#scan-status").inner_text() != ""
    phone_page.fill("input[name=code]", code.lower())
    with phone_page.expect_navigation():
        phone_page.click("#check-in-form button[type=submit]")
    assert "Nguyễn Thị Thu Hà" in phone_page.locator("#check-in-result").inner_text()
    assert axe_violations(phone_page) == []
    screenshot(phone_page, "events-check-in-vi-phone")
    with phone_page.expect_navigation():
        phone_page.click("form[action$='/close/'] button")
    assert f"/events/{event.pk}/report/" in phone_page.url
    assert axe_violations(phone_page) == []
    screenshot(phone_page, "events-report-vi-phone")

    # Her ticket now offers the participation certificate (issued when the event closed).
    page.goto(ticket_url + "?lang=en")
    link = page.locator("a[href$='/download/']")
    assert link.inner_text() == "Download your certificate (PDF)"
    response = page.request.get(live_server.url + link.get_attribute("href"))
    assert response.ok and response.body().startswith(b"%PDF")
    assert axe_violations(page) == []
    screenshot(page, "events-ticket-certificate-en-desktop")

    page.goto(f"{live_server.url}/learning/")
    assert axe_violations(page) == []
