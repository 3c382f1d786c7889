"""The onboarding pages as a business and its reviewer use them (desktop and phone,
Vietnamese and English, axe-core): a conversation on a step, a change request found on
the overview, the way on to the next step, journey cards that open the journey, a member
removed only after a confirmation, and a registration that waits, saying whom to ask."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE, axe_violations, screenshot
from tests.e2e.test_onboarding import PNG, demo, sign_in  # noqa: F401 (the demo fixture)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("demo")]


@pytest.fixture
def contexts():
    opened = []
    yield opened
    for context in opened:
        context.close()


def fits_the_phone(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_business_and_reviewer_talk_on_a_step(live_server, browser, login, tmp_path, contexts):
    from onboarding.models import JourneyStep

    step = JourneyStep.objects.get(
        journey__business__name="Hợp tác xã Demo", key="publish-required-info"
    )
    following = step.journey.steps.get(position=step.position + 1)
    photo = tmp_path / "chan-trang.png"
    photo.write_bytes(PNG)

    learner = sign_in(browser, login, "learner@demo.example", contexts)
    learner.goto(f"{live_server.url}/onboarding/steps/{step.pk}/")
    conversation = learner.locator("#conversation")
    conversation.get_by_label("Tin nhắn").fill("Chân trang đã đủ mã số thuế chưa ạ?")
    conversation.locator("input[type=file]").set_input_files(str(photo))
    conversation.get_by_role("button", name="Gửi tin nhắn").click()
    expect(learner.get_by_text("Đã gửi tin nhắn.")).to_be_visible()
    expect(conversation.get_by_text("Chân trang đã đủ mã số thuế chưa ạ?")).to_be_visible()
    expect(conversation.get_by_role("link", name="chan-trang.png")).to_be_visible()
    assert axe_violations(learner) == []
    screenshot(learner, "onboarding-conversation-vi-desktop")

    # The reviewer, in English, reads it on the review page and answers.
    staff = sign_in(browser, login, "staff@demo.example", contexts)
    staff.goto(f"{live_server.url}/onboarding/staff/steps/{step.pk}/?lang=en")
    conversation = staff.locator("#conversation")
    expect(conversation.get_by_text("Chân trang đã đủ mã số thuế chưa ạ?")).to_be_visible()
    conversation.get_by_label("Message").fill("Yes. Add the phone number, then submit.")
    conversation.get_by_role("button", name="Send the message").click()
    expect(staff.get_by_text("Message sent.")).to_be_visible()
    assert axe_violations(staff) == []
    screenshot(staff, "onboarding-conversation-en-staff")

    # Hà Nội's staff cannot open it.
    hanoi = sign_in(browser, login, "staff.hanoi@demo.example", contexts)
    assert hanoi.goto(f"{live_server.url}/onboarding/staff/steps/{step.pk}/").status == 404

    # The business sees the answer, and the way on to the next step.
    learner.reload()
    expect(learner.get_by_text("Yes. Add the phone number, then submit.")).to_be_visible()
    learner.get_by_role("link", name=re.compile("Bước tiếp theo")).click()
    learner.wait_for_url(f"**/onboarding/steps/{following.pk}/")

    phone = sign_in(
        browser,
        login,
        "learner@demo.example",
        contexts,
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
    )
    phone.goto(f"{live_server.url}/onboarding/steps/{step.pk}/")
    assert fits_the_phone(phone)
    assert axe_violations(phone) == []
    screenshot(phone, "onboarding-conversation-vi-phone")


def test_a_change_request_is_found_on_the_overview(live_server, browser, login, contexts):
    from django.contrib.auth import get_user_model

    from onboarding import services
    from onboarding.models import JourneyStep

    step = JourneyStep.objects.get(
        journey__business__name="Hợp tác xã Demo", status=JourneyStep.Status.SUBMITTED
    )
    services.step_request_changes(
        step=step,
        by=get_user_model().objects.get(email="staff@demo.example"),
        comment="Ảnh mặt sau bị loá, chụp lại giúp.",
    )
    learner = sign_in(browser, login, "learner@demo.example", contexts)
    learner.goto(f"{live_server.url}/onboarding/")
    needs_you = learner.locator(".ob-needs-you")
    expect(needs_you.get_by_text("Ảnh mặt sau bị loá, chụp lại giúp.")).to_be_visible()
    assert axe_violations(learner) == []
    screenshot(learner, "onboarding-overview-change-request-vi-desktop")
    needs_you.get_by_role("link", name=step.title).click()
    learner.wait_for_url(f"**/onboarding/steps/{step.pk}/")
    expect(learner.locator("#change-request")).to_be_visible()

    # A journey card opens its journey wherever it is clicked.
    learner.goto(f"{live_server.url}/onboarding/?lang=en")
    card = learner.locator(".ob-journey-card").first
    box = card.bounding_box()
    card.click(position={"x": box["width"] - 10, "y": 10})
    learner.wait_for_url("**/onboarding/journeys/*/")

    phone = sign_in(
        browser,
        login,
        "learner@demo.example",
        contexts,
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
    )
    phone.goto(f"{live_server.url}/onboarding/?lang=en")
    expect(phone.locator(".ob-needs-you")).to_be_visible()
    assert fits_the_phone(phone)
    assert axe_violations(phone) == []
    screenshot(phone, "onboarding-overview-en-phone")


def test_an_owner_edits_the_business_and_removes_a_member_after_confirming(
    live_server, browser, login, contexts, make_user
):
    from onboarding.models import Business, Membership

    business = Business.objects.get(name="Hợp tác xã Demo")
    member = Membership.objects.create(
        business=business, user=make_user("thanh.vien@example.com", full_name="Lý Thị Mai")
    )
    owner = sign_in(browser, login, "learner@demo.example", contexts)
    owner.goto(f"{live_server.url}/onboarding/businesses/{business.pk}/")
    members = owner.locator("section[aria-labelledby=members-heading]")
    # Only the other member can be removed: the only owner is offered nothing.
    assert members.locator(".ob-members summary").count() == 1
    members.locator(".ob-members summary").click()
    expect(members.get_by_text(re.compile("Xoá .* khỏi Hợp tác xã Demo?"))).to_be_visible()
    assert axe_violations(owner) == []
    screenshot(owner, "onboarding-remove-member-vi-desktop")
    members.get_by_role("button", name=re.compile("Đồng ý xoá")).click()
    expect(owner.get_by_text("không còn là thành viên")).to_be_visible()
    assert not Membership.objects.filter(pk=member.pk).exists()

    owner.get_by_role("link", name="Sửa thông tin doanh nghiệp").click()
    assert owner.locator("input[name=tax_code]").is_disabled()
    owner.fill("input[name=contact_phone]", "0274 3822 111")
    assert axe_violations(owner) == []
    owner.get_by_role("button", name="Lưu").click()
    expect(owner.get_by_text("Đã lưu thông tin doanh nghiệp.")).to_be_visible()
    expect(owner.get_by_text("0274 3822 111")).to_be_visible()


def test_a_registration_that_waits_says_what_happens_next(
    live_server, browser, login, contexts, make_user
):
    from onboarding import services
    from onboarding.models import JourneyTemplate
    from portal.models import Province
    from tests.e2e.test_onboarding import PASSWORD

    person = make_user("gom@example.com", full_name="Lê Văn Phúc")
    person.set_password(PASSWORD)
    person.save()
    business = services.business_register(
        user=person,
        name="Cơ sở Gốm Lái Thiêu",
        tax_code="0312345675",
        province=Province.objects.get(code=79, is_current=True),
        sector="handicraft",
        size="micro",
    )
    journey = services.journey_start(
        business=business,
        template=JourneyTemplate.objects.get(key="notify-website"),
        by=person,
    )
    for kwargs, lang in (({}, "en"), ({"viewport": PHONE, "is_mobile": True}, "vi")):
        page = sign_in(browser, login, person.email, contexts, **kwargs)
        page.goto(f"{live_server.url}/onboarding/journeys/{journey.pk}/?lang={lang}")
        waiting = page.locator("#awaiting-registration")
        expect(waiting.get_by_role("link", name="staff@demo.example")).to_be_visible()
        assert axe_violations(page) == []
        screenshot(page, f"onboarding-awaiting-registration-{lang}")
    assert fits_the_phone(page)
