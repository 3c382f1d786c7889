import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import FileResponse, StreamingHttpResponse
from django.urls import reverse

from onboarding import services
from onboarding.models import Business, EvidenceFile, Journey, JourneyStep
from tests.onboarding.conftest import PNG, bulk_businesses, make_business, submit_png
from tests.payloads import FORMULAS

S = JourneyStep.Status


def login(client, user):
    client.force_login(user)
    return client


def step(journey, key):
    return journey.steps.get(key=key)


@pytest.fixture
def submitted(journey, learner):
    services.step_submit(step=step(journey, "account"), by=learner)
    shot = step(journey, "screenshot")
    submit_png(shot, learner, name="home.png")
    return step(journey, "screenshot")


def test_learner_registers_a_business(client, learner, hcm):
    login(client, learner)
    response = client.post(
        reverse("onboarding:business_create"),
        {
            "name": "Cơ sở Mới",
            "tax_code": "0100109106-002",
            "province": hcm.pk,
            "sector": "agriculture",
            "size": "micro",
        },
    )
    business = Business.objects.get(name="Cơ sở Mới")
    assert response.status_code == 302
    assert business.status == Business.Status.PENDING
    assert business.is_member(learner)


@pytest.mark.parametrize("code", ["0100109107", "0100109106-000", "12345"])
def test_wrong_tax_code_gets_a_clear_message_and_keeps_the_form(client, learner, hcm, code):
    login(client, learner)
    response = client.post(
        reverse("onboarding:business_create"),
        {
            "name": "Cơ sở Sai",
            "tax_code": code,
            "province": hcm.pk,
            "sector": "other",
            "size": "micro",
        },
    )
    assert response.status_code == 200
    assert not Business.objects.exists()
    assert response.context["form"].errors["tax_code"]
    assert "Cơ sở Sai" in response.content.decode()


def test_former_province_must_have_merged_into_the_province(client, learner, hanoi):
    from portal.models import Province

    binh_duong = Province.objects.get(name="Bình Dương", is_current=False)
    login(client, learner)
    response = client.post(
        reverse("onboarding:business_create"),
        {
            "name": "X",
            "tax_code": "0100109106",
            "province": hanoi.pk,
            "former_province": binh_duong.pk,
            "sector": "other",
            "size": "micro",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["former_province"]


def test_member_pages_show_the_journey(client, learner, journey):
    login(client, learner)
    assert client.get(reverse("onboarding:home")).status_code == 200
    assert client.get(reverse("onboarding:business", args=[journey.business_id])).status_code == 200
    response = client.get(reverse("onboarding:journey", args=[journey.pk]))
    assert response.status_code == 200
    assert "Ảnh chụp trang chủ" in response.content.decode()
    assert (
        client.get(reverse("onboarding:step", args=[step(journey, "screenshot").pk])).status_code
        == 200
    )


def test_start_journey_from_template(client, learner, business_hcm, template):
    login(client, learner)
    response = client.post(
        reverse("onboarding:journey_start", args=[business_hcm.pk]), {"template": template.key}
    )
    journey = Journey.objects.get()
    assert response.status_code == 302 and response.url == journey.get_absolute_url()


def post_step(client, s, **data):
    return client.post(reverse("onboarding:step", args=[s.pk]), data)


def test_upload_flow_and_bad_uploads(client, learner, journey):
    login(client, learner)
    post_step(client, step(journey, "account"), action="submit", version=1)
    shot = step(journey, "screenshot")
    fake = SimpleUploadedFile("home.png", b"just some text, not an image" * 10)
    response = post_step(client, shot, action="submit", version=shot.version, file=fake)
    assert response.status_code == 200
    assert "PDF, PNG" in str(response.context["form"].errors["file"])
    mismatch = SimpleUploadedFile("home.pdf", PNG)
    response = post_step(client, shot, action="submit", version=shot.version, file=mismatch)
    assert response.context["form"].errors["file"]
    big = SimpleUploadedFile("big.png", PNG + b"\0" * (5 * 1024 * 1024))
    response = post_step(client, shot, action="submit", version=shot.version, file=big)
    assert "5 MB" in str(response.context["form"].errors["file"])
    assert step(journey, "screenshot").status == S.TODO
    good = SimpleUploadedFile("home.png", PNG)
    response = post_step(
        client, shot, action="submit", version=shot.version, file=good, comment="Đây"
    )
    assert response.status_code == 302
    assert step(journey, "screenshot").status == S.SUBMITTED


def test_step_before_its_dependencies_gets_a_message(client, learner, journey):
    login(client, learner)
    shot = step(journey, "screenshot")
    good = SimpleUploadedFile("home.png", PNG)
    response = post_step(
        client, shot, action="submit", version=shot.version, file=good, follow=True
    )
    assert response.status_code == 200
    assert (
        "Finish these steps first" in response.content.decode()
        or "Hãy hoàn thành" in response.content.decode()
    )
    assert step(journey, "screenshot").status == S.TODO


def test_stale_form_posted_twice_keeps_the_text(client, learner, journey):
    login(client, learner)
    services.step_submit(step=step(journey, "account"), by=learner)
    submit_png(step(journey, "screenshot"), learner)
    # approve the screenshot so the code step opens
    s = step(journey, "screenshot")
    s.status = S.APPROVED
    s.save()
    code = step(journey, "code")
    first = post_step(client, code, action="submit", version=code.version, text="OGV-12345")
    assert first.status_code == 302
    second = post_step(client, code, action="submit", version=code.version, text="OGV-99999")
    assert second.status_code == 200
    body = second.content.decode()
    assert "OGV-99999" in body  # what was typed is not lost
    assert step(journey, "code").evidence_text == "OGV-12345"
    assert step(journey, "code").events.count() == 1


def test_staff_reviews_in_one_screen(
    client, staff_hcm, submitted, mailoutbox, django_capture_on_commit_callbacks
):
    login(client, staff_hcm)
    url = reverse("onboarding:staff_review", args=[submitted.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert "home.png" in response.content.decode()
    response = client.post(
        url, {"decision": "request_changes", "comment": "", "version": submitted.version}
    )
    assert response.status_code == 200 and response.context["form"].errors["comment"]
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(
            url,
            {"decision": "request_changes", "comment": "Thiếu MST", "version": submitted.version},
        )
    assert response.status_code == 302
    assert JourneyStep.objects.get(pk=submitted.pk).status == S.CHANGES_REQUESTED
    assert len(callbacks) == 1  # the e-mail to the business, queued after commit
    assert mailoutbox == []
    # The same stale decision again: refused, nothing changes.
    response = client.post(
        url, {"decision": "approve", "comment": "", "version": submitted.version}
    )
    assert response.status_code == 200
    assert JourneyStep.objects.get(pk=submitted.pk).status == S.CHANGES_REQUESTED


def test_staff_approves_a_registration(client, staff_hcm, learner, hcm):
    pending = make_business(
        learner, hcm, name="Chờ duyệt", tax_code="0100109106-005", approved=False
    )
    login(client, staff_hcm)
    response = client.get(reverse("onboarding:staff"))
    assert "Chờ duyệt" in response.content.decode()
    page = client.get(reverse("onboarding:staff_business", args=[pending.pk]))
    assert page.status_code == 200 and "0100109106-005" in page.content.decode()
    client.post(reverse("onboarding:staff_business", args=[pending.pk]), {"decision": "approve"})
    pending.refresh_from_db()
    assert pending.status == Business.Status.APPROVED and pending.approved_by == staff_hcm


# --- scope ------------------------------------------------------------------------------------


def test_hanoi_staff_gets_404_for_everything_of_a_hcm_business(
    client, staff_hanoi, submitted, business_hanoi
):
    evidence = EvidenceFile.objects.get()
    business = submitted.journey.business
    login(client, staff_hanoi)
    for url in [
        reverse("onboarding:staff_business", args=[business.pk]),
        reverse("onboarding:staff_review", args=[submitted.pk]),
        reverse("onboarding:evidence", args=[evidence.pk]),
        reverse("onboarding:business", args=[business.pk]),
        reverse("onboarding:journey", args=[submitted.journey_id]),
        reverse("onboarding:step", args=[submitted.pk]),
        reverse("onboarding:staff_export_csv") + f"?province={business.province_id}",
        reverse("onboarding:staff_export_xlsx") + f"?province={business.province_id}",
        reverse("onboarding:staff") + f"?province={business.province_id}",
    ]:
        assert client.get(url).status_code == 404, url
    assert (
        client.post(
            reverse("onboarding:staff_review", args=[submitted.pk]),
            {"decision": "approve", "version": submitted.version},
        ).status_code
        == 404
    )
    dashboard = client.get(reverse("onboarding:staff")).content.decode()
    assert business.name not in dashboard
    export = b"".join(client.get(reverse("onboarding:staff_export_csv")).streaming_content).decode()
    assert business.name not in export and business_hanoi.name in export


def test_members_see_only_their_own_business(client, other_learner, submitted, business_hanoi):
    evidence = EvidenceFile.objects.get()
    login(client, other_learner)
    assert (
        client.get(reverse("onboarding:business", args=[submitted.journey.business_id])).status_code
        == 404
    )
    assert client.get(reverse("onboarding:evidence", args=[evidence.pk])).status_code == 404
    assert client.get(reverse("onboarding:step", args=[submitted.pk])).status_code == 404
    assert client.get(reverse("onboarding:staff")).status_code == 404
    home = client.get(reverse("onboarding:home")).content.decode()
    assert business_hanoi.name in home and submitted.journey.business.name not in home


def test_evidence_served_to_member_and_staff_in_scope(
    client, learner, staff_hcm, national_admin, submitted
):
    evidence = EvidenceFile.objects.get()
    url = reverse("onboarding:evidence", args=[evidence.pk])
    for user in (learner, staff_hcm, national_admin):
        login(client, user)
        response = client.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PNG
        assert response["Content-Type"] == "image/png"
    client.logout()
    assert client.get(url).status_code == 302  # to the login page


def test_national_admin_sees_all_with_a_province_filter(
    client, national_admin, submitted, business_hanoi, hanoi
):
    login(client, national_admin)
    body = client.get(reverse("onboarding:staff")).content.decode()
    assert submitted.journey.business.name in body and business_hanoi.name in body
    body = client.get(reverse("onboarding:staff") + f"?province={hanoi.pk}").content.decode()
    assert submitted.journey.business.name not in body.split("businesses-heading")[1]


# --- dashboard: fixed query count ---------------------------------------------------------


def _count(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit):
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "path", ["onboarding:staff", "onboarding:staff_export_csv", "onboarding:staff_export_xlsx"]
)
def test_dashboard_and_exports_cost_a_fixed_number_of_queries(
    client, staff_hcm, hcm, template, path, django_assert_max_num_queries, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login(client, staff_hcm)
    bulk_businesses(10, hcm, template)
    url = reverse(path)
    client.get(url)  # warm the per-process caches (content types, site) first
    with CaptureQueriesContext(connection) as small:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    bulk_businesses(200, hcm, template, start=10)
    with CaptureQueriesContext(connection) as large:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            content = b"".join(response.streaming_content)
    assert len(large) == len(small)
    # 22 on the dashboard: one of them asks which businesses the reviewer belongs to
    # (they cannot review those: selectors.review_conflict), one counts the header's
    # unread notifications.
    assert len(small) <= 22
    if path == "onboarding:staff":
        # The badges count everything waiting, not only the 50 listed.
        body = response.content.decode()
        assert '<span class="badge badge-amber">71</span>' in body
        assert "The 50 oldest of 71 are listed." in client.get(url + "?lang=en").content.decode()
    if path == "onboarding:staff_export_csv":
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
        assert len(rows) == 211
        assert isinstance(response, StreamingHttpResponse)
    if path == "onboarding:staff_export_xlsx":
        from openpyxl import load_workbook

        # Written to a temporary file and streamed from it, not built in memory.
        assert isinstance(response, FileResponse)
        assert response["Content-Disposition"] == 'attachment; filename="businesses.xlsx"'
        sheet = load_workbook(io.BytesIO(content), read_only=True).active
        assert sum(1 for _row in sheet.iter_rows(values_only=True)) == 211


def test_dashboard_funnel_and_charts(client, staff_hcm, hcm, template):
    bulk_businesses(6, hcm, template)
    login(client, staff_hcm)
    response = client.get(reverse("onboarding:staff"))
    funnel = response.context["funnel"]
    assert [(r.key, r.done) for r in funnel] == [
        ("account", 6),
        ("screenshot", 0),
        ("code", 0),
    ]
    body = response.content.decode()
    assert 'class="bar-chart"' in body and 'id="funnel-table"' in body
    assert len(response.context["queue"]) == 2  # i % 3 == 0 for i in 0..5


def test_xlsx_export_has_the_rows(client, staff_hcm, hcm, template):
    from openpyxl import load_workbook

    bulk_businesses(3, hcm, template)
    login(client, staff_hcm)
    response = client.get(reverse("onboarding:staff_export_xlsx") + "?sector=handicraft")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == ["DN 00000", "DN 00002"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_staff_exports_write_formulas_inert(client, staff_hcm, hcm, template, fmt):
    """Business names typed as spreadsheet formulas come back as text."""
    from openpyxl import load_workbook

    bulk_businesses(len(FORMULAS), hcm, template)
    for i, payload in enumerate(FORMULAS):
        Business.objects.filter(name=f"DN {i:05d}").update(name=payload)
    login(client, staff_hcm)
    response = client.get(reverse(f"onboarding:staff_export_{fmt}"))
    content = b"".join(response.streaming_content)
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))
        by_tax = {row[1]: row for row in rows[1:]}
        for i, payload in enumerate(FORMULAS):
            row = by_tax[f"{900000000000 + i}"]
            assert row[0] == "'" + payload
            assert row[6] == "1"  # counts stay numbers
    else:
        sheet = load_workbook(io.BytesIO(content)).active
        by_tax = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
        for i, payload in enumerate(FORMULAS):
            name, *_rest = by_tax[f"{900000000000 + i}"]
            assert name.data_type == "s" and name.quotePrefix
            assert name.value == payload.replace("\r", "\n")  # XML reads CR as LF
            assert by_tax[f"{900000000000 + i}"][6].value == 1


def test_dashboard_in_english_uses_english_step_titles(client, staff_hcm, hcm, template):
    bulk_businesses(2, hcm, template)
    login(client, staff_hcm)
    body = client.get(reverse("onboarding:staff") + "?lang=en").content.decode()
    assert "Review queue" in body


def test_member_pages_have_pinned_query_counts(
    client, learner, journey, submitted, django_assert_max_num_queries
):
    login(client, learner)
    urls = [
        reverse("onboarding:home"),
        reverse("onboarding:business", args=[journey.business_id]),
        reverse("onboarding:journey", args=[journey.pk]),
        reverse("onboarding:step", args=[submitted.pk]),
    ]
    for url in urls:
        client.get(url)  # warm per-process caches
        with django_assert_max_num_queries(16):
            assert client.get(url).status_code == 200


def test_home_starts_a_journey_for_a_single_business(client, learner, business_hcm, template):
    login(client, learner)
    body = client.get(reverse("onboarding:home")).content.decode()
    assert reverse("onboarding:journey_start", args=[business_hcm.pk]) in body


def test_a_tax_code_already_registered_is_claimed_without_saying_so(
    client, other_learner, business_hcm, hcm
):
    login(client, other_learner)  # not a member (the owner is sent to the business)
    response = client.post(
        reverse("onboarding:business_create"),
        {
            "name": "Trùng",
            "tax_code": "0100 109 106",
            "province": hcm.pk,
            "sector": "other",
            "size": "micro",
        },
        follow=True,
    )
    body = response.content.decode()
    assert "Đã có doanh nghiệp" not in body and business_hcm.name not in body
    claim = Business.objects.get(name="Trùng")
    assert claim.status == Business.Status.PENDING and claim.tax_code == business_hcm.tax_code


def test_owner_adds_ocop_products_and_invites(client, learner, business_hcm, make_user, mailoutbox):
    login(client, learner)
    url = reverse("onboarding:ocop_product_add", args=[business_hcm.pk])
    invite = reverse("onboarding:member_invite", args=[business_hcm.pk])
    bad = client.post(url, {"ocop-name": "Mật ong", "ocop-group": "food", "ocop-stars": 6})
    assert bad.status_code == 200 and bad.context["ocop_form"].errors["stars"]
    # The page comes back with what was typed.
    assert bad.context["ocop_form"]["name"].value() == "Mật ong"
    ok = client.post(
        url,
        {
            "ocop-name": "Mật ong",
            "ocop-group": "food",
            "ocop-stars": 4,
            "ocop-decision_number": "12/QĐ-UBND",
            "ocop-decision_date": "2025-01-02",
            "ocop-valid_until": "2028-01-02",
        },
    )
    assert ok.status_code == 302
    assert business_hcm.ocop_products.get().stars == 4
    assert client.post(invite, {"invite-email": "friend@example.com"}).status_code == 302
    invitation = business_hcm.invitations.get()
    friend = make_user("friend@example.com")
    login(client, friend)
    accept = reverse("onboarding:invitation", args=[invitation.token])
    assert client.post(accept).status_code == 302
    assert business_hcm.is_member(friend)
    # A member who is not the owner cannot add products or invite.
    assert client.post(invite, {"invite-email": "x@example.com"}).status_code == 404
    assert client.post(url, {"ocop-name": "Chè", "ocop-group": "food"}).status_code == 404
    assert business_hcm.invitations.count() == 1 and business_hcm.ocop_products.count() == 1


def test_invitation_for_someone_else_is_404(client, other_learner, business_hcm, learner):
    invitation = services.member_invite(
        business=business_hcm, email="friend@example.com", by=learner
    )
    login(client, other_learner)
    assert client.get(reverse("onboarding:invitation", args=[invitation.token])).status_code == 404


def test_evidence_preview_has_a_meaningful_alt_text(client, staff_hcm, submitted):
    import re

    login(client, staff_hcm)
    body = client.get(reverse("onboarding:staff_review", args=[submitted.pk]) + "?lang=en")
    alts = re.findall(r'<img class="ob-evidence-preview"[^>]*alt="([^"]*)"', body.content.decode())
    assert alts == ["Latest evidence for “Homepage screenshot” (opens the full image)"]
    vi = client.get(reverse("onboarding:staff_review", args=[submitted.pk]) + "?lang=vi")
    assert "Minh chứng mới nhất của “Ảnh chụp trang chủ”" in vi.content.decode()


def test_starting_a_journey_no_longer_offered_says_so(client, learner, business_hcm, template):
    template.is_active = False
    template.save()
    login(client, learner)
    url = reverse("onboarding:journey_start", args=[business_hcm.pk])
    for key in (template.key, "no-such-template", ""):
        response = client.post(url + "?lang=en", {"template": key}, follow=True)
        assert response.status_code == 200
        assert "This journey is no longer offered" in response.content.decode()
    assert not Journey.objects.exists()


def test_owner_sees_pending_invitations_and_cannot_invite_a_member(
    client, learner, business_hcm, mailoutbox
):
    login(client, learner)
    url = reverse("onboarding:member_invite", args=[business_hcm.pk])
    response = client.post(url + "?lang=en", {"invite-email": "Friend@Example.com"}, follow=True)
    body = response.content.decode()
    assert "Invitation sent to Friend@Example.com." in body
    assert "Invitations not accepted yet" in body and "friend@example.com" in body
    again = client.post(url + "?lang=en", {"invite-email": learner.email.upper()})
    assert again.status_code == 200
    assert "already a member" in again.content.decode()
    assert again.context["invite_form"]["email"].value() == learner.email.upper()
    assert business_hcm.invitations.count() == 1


def test_business_contact_is_one_line_each_and_linked(client, staff_hcm, business_hcm):
    business_hcm.contact_name = "Chị Hà"
    business_hcm.contact_phone = "0274 3822 000"
    business_hcm.contact_email = "ha@example.com"
    business_hcm.save()
    login(client, staff_hcm)
    body = client.get(reverse("onboarding:staff_business", args=[business_hcm.pk])).content.decode()
    assert 'Chị Hà<br><a href="tel:02743822000">0274 3822 000</a>' in body
    assert '<br><a href="mailto:ha@example.com">ha@example.com</a>' in body


def test_registration_posted_twice_opens_the_business(client, learner, other_learner, hcm):
    login(client, learner)
    data = {
        "name": "Cơ sở Mới",
        "tax_code": "0100109106-002",
        "province": hcm.pk,
        "sector": "agriculture",
        "size": "micro",
    }
    url = reverse("onboarding:business_create")
    first = client.post(url, data)
    business = Business.objects.get(name="Cơ sở Mới")
    second = client.post(url + "?lang=en", {**data, "tax_code": "0100109106 002"}, follow=True)
    assert second.redirect_chain[-1][0] == first.url
    assert "This business is already registered: here it is." in second.content.decode()
    assert Business.objects.count() == 1 and business.registration_events.count() == 1
    # Someone else with the same tax code files their own claim (staff compare them).
    login(client, other_learner)
    response = client.post(url, data)
    assert response.status_code == 302 and Business.objects.count() == 2


def test_ocop_product_bad_dates_and_double_post(client, learner, business_hcm):
    login(client, learner)
    url = reverse("onboarding:ocop_product_add", args=[business_hcm.pk]) + "?lang=en"
    data = {
        "ocop-name": "Mật ong",
        "ocop-group": "food",
        "ocop-stars": 4,
        "ocop-decision_number": "12/QĐ-UBND",
        "ocop-decision_date": "2025-01-02",
        "ocop-valid_until": "2024-01-02",
    }
    bad = client.post(url, data)
    assert bad.status_code == 200
    assert "valid until after its decision" in str(bad.context["ocop_form"].errors)
    assert '<details class="card ob-section" open>' in bad.content.decode()  # errors in view
    assert client.post(url, {**data, "ocop-valid_until": "2028-01-02"}).status_code == 302
    again = client.post(url, {**data, "ocop-valid_until": "2028-01-02"})
    assert again.status_code == 200
    assert "already listed" in str(again.context["ocop_form"].errors)
    assert business_hcm.ocop_products.count() == 1


def test_staff_pages_cost_the_same_with_more_history(client, staff_hcm, learner, submitted):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login(client, staff_hcm)
    business = submitted.journey.business
    urls = [
        reverse("onboarding:staff_business", args=[business.pk]),
        reverse("onboarding:staff_review", args=[submitted.pk]),
    ]

    def cost(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = [cost(url) for url in urls]
    # More moves, files and journeys.
    services.step_request_changes(step=submitted, by=staff_hcm, comment="Chụp lại")
    submit_png(JourneyStep.objects.get(pk=submitted.pk), learner, name="lan-2.png")
    from onboarding.models import JourneyTemplate

    other = JourneyTemplate.objects.create(key="second", title="Lộ trình hai")
    services.journey_start(business=business, template=other, by=learner)
    after = [cost(url) for url in urls]
    assert after == before, (before, after)
    assert max(after) <= 18  # about half are the base template and the Wagtail userbar


def test_owner_withdraws_an_invitation(
    client, learner, other_learner, business_hcm, business_hanoi
):
    invitation = services.member_invite(business=business_hcm, email="sai@example.com", by=learner)
    foreign = services.member_invite(business=business_hanoi, email="x@example.com", by=None)

    def cancel(pk):
        return reverse("onboarding:invitation_cancel", args=[business_hcm.pk, pk])

    login(client, learner)
    # Another business's invitation changes nothing.
    assert client.post(cancel(foreign.pk)).status_code == 302
    assert business_hanoi.invitations.count() == 1
    response = client.post(cancel(invitation.pk) + "?lang=en", follow=True)
    assert "Invitation withdrawn" in response.content.decode()
    assert not business_hcm.invitations.exists()
    client.logout()
    link = reverse("onboarding:invitation", args=[invitation.token])
    assert client.get(link).status_code == 404
    # A member who is not the owner cannot withdraw.
    services.invitation_accept(
        invitation=services.member_invite(
            business=business_hcm, email=other_learner.email, by=learner
        ),
        user=other_learner,
    )
    pending = services.member_invite(business=business_hcm, email="b@example.com", by=learner)
    login(client, other_learner)
    assert client.post(cancel(pending.pk)).status_code == 404
    assert business_hcm.invitations.filter(pk=pending.pk).exists()
