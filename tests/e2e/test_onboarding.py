"""The onboarding story in a browser: the demo learner's business uploads its homepage
screenshot on the online.gov.vn journey, staff request a change, then approve the
resubmission; the dashboard and export reflect it; Hà Nội staff see none of it."""

import re

import pytest
from playwright.sync_api import expect

from tests import snapshot
from tests.e2e.conftest import PHONE, axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "demo-pass-2026"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def demo(reference_data):
    from home import demo as home_demo
    from onboarding import demo as onboarding_demo

    def load():
        home_demo.load_accounts()
        onboarding_demo.load()

    snapshot.loaded_once("onboarding demo", load)


@pytest.fixture
def contexts():
    opened = []
    yield opened
    for context in opened:
        context.close()


def sign_in(browser, login, email, contexts, **kwargs):
    context = browser.new_context(locale="vi-VN", **kwargs)
    contexts.append(context)
    page = context.new_page()
    login(page, email, PASSWORD)
    return page


def funnel_done(page, step_title):
    row = page.locator("#funnel-table tbody tr", has_text=step_title)
    return int(row.locator("td").nth(1).inner_text())


def test_onboarding_story(live_server, browser, login, demo, tmp_path, contexts):
    from onboarding.models import JourneyStep

    shot_title = JourneyStep.objects.get(
        journey__business__name="Hợp tác xã Demo", key="publish-required-info"
    ).title
    homepage = tmp_path / "trang-chu.png"
    homepage.write_bytes(PNG)

    # Staff see the funnel before.
    staff = sign_in(browser, login, "staff@demo.example", contexts)
    staff.goto(f"{live_server.url}/onboarding/staff/")
    done_before = funnel_done(staff, shot_title)

    # The learner continues the journey and submits the screenshot.
    learner = sign_in(browser, login, "learner@demo.example", contexts)
    learner.goto(f"{live_server.url}/onboarding/")
    assert learner.get_by_role("heading", level=1).inner_text() == "Lộ trình lên sàn"
    assert axe_violations(learner) == []
    screenshot(learner, "onboarding-home-vi-desktop")
    learner.locator("main").get_by_role("link", name=re.compile("Thông báo website")).first.click()
    assert axe_violations(learner) == []
    screenshot(learner, "onboarding-journey-vi-desktop")
    learner.get_by_role("link", name=shot_title).click()
    learner.set_input_files("input[name=file]", str(homepage))
    learner.fill("textarea[name=comment]", "Trang chủ đã có mã số thuế và địa chỉ.")
    learner.get_by_role("button", name="Gửi để duyệt").click()
    expect(learner.get_by_text("Đã gửi: cán bộ tỉnh/thành phố sẽ duyệt.").first).to_be_visible()
    assert axe_violations(learner) == []
    screenshot(learner, "onboarding-step-vi-desktop")
    step_url = learner.url

    # Staff find it in the review queue and request a change.
    staff.goto(f"{live_server.url}/onboarding/staff/")
    queue = staff.locator("section[aria-labelledby=queue-heading]")
    queue.get_by_role("link", name=re.compile("Hợp tác xã Demo: " + re.escape(shot_title))).click()
    expect(staff.get_by_role("link", name="trang-chu.png")).to_be_visible()
    assert axe_violations(staff) == []
    screenshot(staff, "onboarding-review-vi-desktop")
    staff.get_by_label("Yêu cầu chỉnh sửa").check()
    staff.fill("textarea[name=comment]", "Thiếu số điện thoại ở chân trang.")
    staff.get_by_role("button", name="Gửi quyết định").click()
    expect(staff.get_by_text("Đã yêu cầu chỉnh sửa").first).to_be_visible()

    # The learner sees the comment and resubmits.
    learner.goto(step_url)
    expect(learner.get_by_text("Thiếu số điện thoại ở chân trang.").first).to_be_visible()
    learner.set_input_files("input[name=file]", str(homepage))
    learner.get_by_role("button", name="Gửi để duyệt").click()
    expect(learner.get_by_text("Đã gửi: cán bộ tỉnh/thành phố sẽ duyệt.").first).to_be_visible()

    # Staff approve; the funnel and the export reflect it.
    staff.goto(f"{live_server.url}/onboarding/staff/")
    queue = staff.locator("section[aria-labelledby=queue-heading]")
    queue.get_by_role("link", name=re.compile("Hợp tác xã Demo: " + re.escape(shot_title))).click()
    review_url = staff.url
    staff.get_by_label("Duyệt", exact=True).check()
    staff.get_by_role("button", name="Gửi quyết định").click()
    expect(staff.get_by_text("Đã duyệt bước").first).to_be_visible()
    staff.goto(f"{live_server.url}/onboarding/staff/")
    assert funnel_done(staff, shot_title) == done_before + 1
    assert axe_violations(staff) == []
    screenshot(staff, "onboarding-staff-vi-desktop")
    export = staff.request.get(f"{live_server.url}/onboarding/staff/export.csv")
    assert export.ok and "Hợp tác xã Demo" in export.text()

    staff.goto(f"{live_server.url}/onboarding/staff/?lang=en")
    assert staff.get_by_role("heading", level=1).inner_text() == "Onboarding: staff dashboard"
    assert axe_violations(staff) == []
    screenshot(staff, "onboarding-staff-en-desktop")
    learner.goto(step_url + "?lang=en")
    expect(learner.get_by_role("heading", name="History")).to_be_visible()
    assert axe_violations(learner) == []
    screenshot(learner, "onboarding-step-en-desktop")

    # Hà Nội staff see none of it.
    hanoi = sign_in(browser, login, "staff.hanoi@demo.example", contexts)
    hanoi.goto(f"{live_server.url}/onboarding/staff/")
    assert "Hợp tác xã Demo" not in hanoi.content()
    assert hanoi.goto(review_url).status == 404
    export = hanoi.request.get(f"{live_server.url}/onboarding/staff/export.csv")
    assert "Hợp tác xã Demo" not in export.text()

    # The business page and the registration form pass axe too.
    learner.goto(f"{live_server.url}/onboarding/?lang=vi")
    learner.get_by_role("link", name="Hợp tác xã Demo").click()
    learner.wait_for_url("**/onboarding/businesses/*/")
    learner.get_by_role(
        "heading", name="Sản phẩm OCOP", exact=True
    ).wait_for()  # is_visible would not wait
    assert axe_violations(learner) == []
    screenshot(learner, "onboarding-business-vi-desktop")
    learner.goto(f"{live_server.url}/onboarding/businesses/new/")
    learner.fill("input[name=name]", "Cơ sở thử")
    learner.fill("input[name=tax_code]", "0100109107")
    learner.get_by_role("button", name="Đăng ký", exact=True).click()
    expect(learner.get_by_text("sai chữ số kiểm tra")).to_be_visible()
    assert learner.locator("input[name=name]").input_value() == "Cơ sở thử"
    assert axe_violations(learner) == []
    screenshot(learner, "onboarding-register-vi-desktop")

    # On a phone: nothing wider than the screen.
    phone = sign_in(
        browser,
        login,
        "learner@demo.example",
        contexts,
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
    )
    phone.goto(step_url)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert axe_violations(phone) == []
    screenshot(phone, "onboarding-step-vi-phone")
    assert phone.goto(f"{live_server.url}/onboarding/staff/").status == 404  # not staff
    staff_phone = sign_in(
        browser,
        login,
        "staff@demo.example",
        contexts,
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
    )
    staff_phone.goto(f"{live_server.url}/onboarding/staff/")
    assert staff_phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(staff_phone, "onboarding-staff-vi-phone")


def test_registration_rejected_corrected_and_approved(live_server, browser, login, demo, contexts):
    """Staff reject a registration with a reason, the owner corrects it and sends it
    again, staff approve it; the admin listing shows it to HCM staff, not to Hà Nội's."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    from onboarding import services
    from portal.models import Province

    learner = get_user_model().objects.get(email="learner@demo.example")
    business = services.business_register(
        user=learner,
        name="Cơ sở Mây tre Củ Chi",
        tax_code="0100109106-007",
        province=Province.objects.get(code=79, is_current=True),
        sector="handicraft",
        size="household",
    )
    access = Permission.objects.get(codename="access_admin")
    for group in Group.objects.filter(name__startswith="Onboarding staff: "):
        group.permissions.add(access)
    staff_url = f"{live_server.url}/onboarding/staff/businesses/{business.pk}/"

    staff = sign_in(browser, login, "staff@demo.example", contexts)
    staff.goto(f"{live_server.url}/onboarding/staff/")
    staff.get_by_role("link", name="Cơ sở Mây tre Củ Chi").first.click()
    staff.get_by_label("Từ chối").check()
    staff.get_by_role("button", name="Ghi nhận quyết định").click()
    expect(staff.get_by_text("Hãy nêu lý do từ chối đăng ký.").first).to_be_visible()
    staff.get_by_label("Từ chối").check()
    staff.fill("textarea[name=comment]", "Địa chỉ chưa ghi rõ xã, phường.")
    staff.get_by_role("button", name="Ghi nhận quyết định").click()
    expect(staff.get_by_text("Đã từ chối đăng ký").first).to_be_visible()
    assert axe_violations(staff) == []
    screenshot(staff, "onboarding-registration-rejected-vi-desktop")

    owner = sign_in(browser, login, "learner@demo.example", contexts)
    owner.goto(f"{live_server.url}/onboarding/businesses/{business.pk}/")
    expect(owner.get_by_text("Địa chỉ chưa ghi rõ xã, phường.")).to_be_visible()
    owner.get_by_role("link", name="Sửa và gửi lại").click()
    assert owner.locator("input[name=name]").input_value() == "Cơ sở Mây tre Củ Chi"
    owner.fill("input[name=address]", "Ấp 3, xã Phú Hòa Đông")
    assert axe_violations(owner) == []
    screenshot(owner, "onboarding-registration-correct-vi-desktop")
    owner.get_by_role("button", name="Gửi lại").click()
    expect(owner.get_by_text("Đã gửi lại đăng ký").first).to_be_visible()

    staff.goto(staff_url)
    staff.get_by_label("Duyệt", exact=True).check()
    staff.get_by_role("button", name="Ghi nhận quyết định").click()
    expect(staff.get_by_text("Đã duyệt đăng ký").first).to_be_visible()
    history = staff.locator("section[aria-labelledby=registration-history-heading] tbody tr")
    assert history.count() == 4
    staff.goto(staff_url + "?lang=en")
    expect(staff.get_by_role("heading", name="Registration history")).to_be_visible()
    screenshot(staff, "onboarding-registration-history-en-desktop")

    staff.goto(f"{live_server.url}/admin/businesses/?q=0100109106-007")
    expect(staff.get_by_text("Cơ sở Mây tre Củ Chi").first).to_be_visible()
    screenshot(staff, "onboarding-admin-businesses-vi-desktop")

    hanoi = sign_in(browser, login, "staff.hanoi@demo.example", contexts)
    assert hanoi.goto(staff_url).status == 404
    hanoi.goto(f"{live_server.url}/admin/businesses/")
    assert "Cơ sở Mây tre Củ Chi" not in hanoi.content()
