import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from certification import demo, services
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def certificate(reference_data, learner, hcm):
    demo.load()
    template = demo.template(demo.COURSE_TEMPLATE)
    root = Page.objects.get(depth=1)
    subject = root.add_child(instance=Page(title="Bán hàng trên Shopee", slug="e2e-course"))
    subject.certificate_template = template
    subject.certificate_title = "Bán hàng trên Shopee"
    subject.certificate_title_en = "Selling on Shopee"
    subject.get_retake_url = lambda: ""
    return services.certificate_issue(recipient=learner, subject=subject)


def test_verify_page_in_both_languages_and_on_a_phone(
    live_server, page, phone_page, certificate, staff_hcm
):
    url = f"{live_server.url}/certificates/verify/{certificate.code}/"
    page.goto(url)
    assert page.locator("html").get_attribute("lang") == "vi"
    assert "Chứng nhận này còn hiệu lực" in page.get_by_role("heading", level=2).first.inner_text()
    expect(page.get_by_text("Nguyễn Thị Thu Hà")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "certificate-verify-vi-desktop")

    page.goto(url + "?lang=en")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "This certificate is valid" in page.get_by_role("heading", level=2).first.inner_text()
    assert axe_violations(page) == []
    screenshot(page, "certificate-verify-en-desktop")

    phone_page.goto(url)
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(phone_page) == []
    screenshot(phone_page, "certificate-verify-vi-phone")

    services.certificate_revoke(certificate=certificate, by=staff_hcm, reason="Thông tin sai")
    page.goto(url + "?lang=vi")
    assert "thu hồi" in page.get_by_role("heading", level=2).first.inner_text()
    assert axe_violations(page) == []
    screenshot(page, "certificate-verify-revoked-vi")


def test_enter_a_code_and_holder_list(live_server, page, login, certificate):
    page.goto(f"{live_server.url}/certificates/verify/")
    page.fill("input[name=code]", certificate.display_code.lower())
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    assert page.url.endswith(f"/certificates/verify/{certificate.code}/")
    page.goto(f"{live_server.url}/certificates/verify/")
    page.fill("input[name=code]", "ZZZZ-ZZZZ")
    page.click("main form button[type=submit]")
    expect(page.get_by_role("alert")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "certificate-enter-code-error-vi")

    login(page, "learner@example.com", "a-Strong-test-pass-2026")
    page.goto(f"{live_server.url}/certificates/")
    expect(page.get_by_text(certificate.display_code).first).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "certificate-mine-vi")


def test_staff_revoke_through_the_browser(live_server, page, login, certificate, staff_hcm):
    login(page, "staff@example.com", "a-Strong-test-pass-2026")
    page.goto(f"{live_server.url}/certificates/manage/")
    expect(page.get_by_text(certificate.display_code).first).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "certificate-manage-vi")
    page.goto(f"{live_server.url}/certificates/manage/{certificate.code}/revoke/")
    page.fill("textarea[name=reason]", "Thông tin người học không đúng")
    page.check("input[name=confirm]")
    assert axe_violations(page) == []
    screenshot(page, "certificate-revoke-vi")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    assert page.url.endswith(f"/certificates/verify/{certificate.code}/")
    assert "thu hồi" in page.get_by_role("heading", level=2).first.inner_text()
    expect(page.get_by_text("Thông tin người học không đúng")).to_be_visible()


def test_holder_downloads_pdf_scans_qr_and_lands_on_a_valid_page(
    live_server, page, login, certificate, settings
):
    from tests.certification.test_pdf import decode_qr

    settings.SITE_URL = live_server.url  # what the QR code points at
    login(page, "learner@example.com", "a-Strong-test-pass-2026")
    page.goto(f"{live_server.url}/certificates/")
    with page.expect_download() as info:
        page.get_by_role("link", name="Tải PDF").first.click()
    data = open(info.value.path(), "rb").read()
    assert data.startswith(b"%PDF")
    url = decode_qr(data)
    assert url == f"{live_server.url}/certificates/verify/{certificate.code}/"
    page.goto(url)
    assert "Chứng nhận này còn hiệu lực" in page.get_by_role("heading", level=2).first.inner_text()
    expect(page.get_by_text("Chữ ký hợp lệ")).to_be_visible()


def test_anyone_checks_a_pdf_by_uploading_it(live_server, page, certificate, tmp_path):
    file = tmp_path / "certificate.pdf"
    file.write_bytes(services.certificate_pdf_bytes(certificate=certificate))
    page.goto(f"{live_server.url}/certificates/verify/pdf/")
    assert axe_violations(page) == []
    page.set_input_files("input[name=pdf]", str(file))
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    assert "xác thực" in page.get_by_role("heading", level=2).first.inner_text()
    expect(page.get_by_text("Nguyễn Thị Thu Hà")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "certificate-check-pdf-vi")


def test_demo_certificates_show_the_specimen_mark(live_server, page, phone_page, certificate):
    """The tests sign with the demo key, as make run does: the verification page says
    "MẪU / SPECIMEN" and what it means, in both languages and on a phone."""
    from certification import signing

    assert signing.is_demo_key()
    url = f"{live_server.url}/certificates/verify/{certificate.code}/"
    page.goto(url)
    mark = page.locator(".specimen-mark")
    assert mark.is_visible() and "MẪU / SPECIMEN" in mark.inner_text()
    assert "không phải người giữ chức vụ thật" in mark.inner_text()
    assert axe_violations(page) == []
    screenshot(page, "certificate-specimen-vi-desktop")
    page.goto(url + "?lang=en")
    assert "not a real office holder" in page.locator(".specimen-mark").inner_text()
    screenshot(page, "certificate-specimen-en-desktop")
    phone_page.goto(url)
    expect(phone_page.locator(".specimen-mark")).to_be_visible()
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(phone_page) == []
    screenshot(phone_page, "certificate-specimen-vi-phone")
