"""Reports per event and per province: registered, waiting, attended, no-show, by sector
and by former province; charts with their tables; a fixed number of queries."""

import pytest
from django.test import Client
from django.utils import translation

from events import selectors, services
from events.filters import ProvinceReportFilter
from events.models import Registration
from portal.models import Province
from tests.events.builders import add_event, begin
from tests.onboarding.conftest import make_business

pytestmark = pytest.mark.django_db


@pytest.fixture
def filled(section_hcm, make_user, hcm, staff_hcm):
    """An event (capacity 3) with: two people from a handicraft business of former Bình
    Dương (one present), one individual (absent), one waiting, one cancelled."""
    event = add_event(section_hcm, capacity=3)
    owner = make_user("owner@example.com", full_name="Chủ HTX")
    business = make_business(
        owner, hcm, name="Gốm Sông Bé", tax_code="0100109106", sector="handicraft"
    )
    business.former_province = Province.objects.get(name="Bình Dương", is_current=False)
    business.save()
    worker = make_user("worker@example.com", full_name="Thợ gốm")
    business.memberships.create(user=worker)
    services.registrations_create_for_business(
        event=event, business=business, members=[owner, worker], by=owner
    )
    loner = make_user("loner@example.com")
    services.registration_create(event=event, user=loner)
    waiting = make_user("waiting@example.com")
    services.registration_create(event=event, user=waiting)
    gone = make_user("gone@example.com")
    services.registration_cancel(
        registration=services.registration_create(event=event, user=gone), by=gone
    )
    begin(event)
    services.attendance_set(
        registration=Registration.objects.get(user=owner), present=True, by=staff_hcm
    )
    return event


def test_event_report_counts_before_and_after_the_event(filled, staff_hcm):
    figures = selectors.event_report(event=filled)
    assert figures["totals"] == {
        "registered": 3,
        "waiting": 1,
        "attended": 1,
        "cancelled": 1,
        "no_show": 0,  # the event is under way: nobody is a no-show yet
    }
    services.event_close(event=filled, by=staff_hcm)
    filled.refresh_from_db()
    with translation.override("en"):
        figures = selectors.event_report(event=filled)
    assert figures["totals"]["no_show"] == 2
    by_sector = {row["label"]: row for row in figures["by_sector"]}
    assert by_sector["Handicrafts"]["registered"] == 2
    assert by_sector["Handicrafts"]["attended"] == 1
    assert by_sector["No business"]["registered"] == 1
    by_former = {row["label"]: row["registered"] for row in figures["by_former_province"]}
    assert by_former["Bình Dương"] == 2


def test_the_event_report_page_has_a_chart_and_its_tables(filled, staff_hcm):
    client = Client()
    client.force_login(staff_hcm)
    client.cookies["portal_language"] = "en"
    html = client.get(f"/events/{filled.pk}/report/").content.decode()
    assert html.count('class="bar-chart"') == 2
    assert "Handicrafts" in html and "Bình Dương" in html


def test_the_province_report_counts_per_event_and_in_total(
    filled, section_hcm, section_hanoi, staff_hcm, make_user
):
    other = add_event(section_hcm, slug="khac", title="Sự kiện khác")
    services.registration_create(event=other, user=make_user("x@example.com"))
    hanoi_event = add_event(section_hanoi, slug="hn", title="Ngoài phạm vi")
    services.registration_create(event=hanoi_event, user=make_user("y@example.com"))
    filters = report_filters(staff_hcm, {})
    with translation.override("en"):
        figures = selectors.province_report(user=staff_hcm, filters=filters)
    assert {e.pk for e in figures["events"]} == {filled.pk, other.pk}
    assert figures["totals"]["registered"] == 4
    assert figures["totals"]["attended"] == 1
    assert figures["by_sector"] == [{"label": "Handicrafts", "n": 1}]


def test_the_province_page_costs_the_same_queries_with_more_events(
    section_hcm, staff_hcm, make_learners, django_assert_max_num_queries
):
    client = Client()
    client.force_login(staff_hcm)
    people = make_learners(3)
    for i in range(2):
        event = add_event(section_hcm, slug=f"e{i}")
        for person in people:
            services.registration_create(event=event, user=person)
    client.get("/events/staff/")
    with django_assert_max_num_queries(14) as before:
        client.get("/events/staff/")
    for i in range(2, 12):
        event = add_event(section_hcm, slug=f"e{i}")
        services.registration_create(event=event, user=people[0])
    with django_assert_max_num_queries(len(before.captured_queries)):
        assert client.get("/events/staff/").status_code == 200


def report_filters(user, params):
    provinces = selectors.organiser_provinces(user=user)
    return ProvinceReportFilter(params, provinces=provinces).selected


def test_the_province_report_filters_by_year_and_junk_is_ignored(filled, staff_hcm, hcm):
    year = filled.starts_at.year
    assert report_filters(staff_hcm, {"year": str(year)}).year == year
    for junk in ("abc", "1999", "2101", "2024.5"):
        assert report_filters(staff_hcm, {"year": junk}).year is None
    filters = report_filters(staff_hcm, {"year": str(year - 3)})
    assert selectors.province_report(user=staff_hcm, filters=filters)["events"] == []
    # A province outside the staff member's scope is not a filter they can use.
    hanoi = Province.objects.get(code=1, is_current=True)
    assert report_filters(staff_hcm, {"province": hanoi.pk}).province is None
    assert report_filters(staff_hcm, {"province": hcm.pk}).province == hcm
    assert report_filters(staff_hcm, {}).provinces == [hcm]


def _staff_client(user, language="en"):
    client = Client()
    client.force_login(user)
    client.cookies["portal_language"] = language
    return client


def test_the_event_export_lists_every_registration_as_csv(filled, staff_hcm):
    from onboarding.models import Business

    Business.objects.filter(name="Gốm Sông Bé").update(name="=HYPERLINK(1)")
    response = _staff_client(staff_hcm).get(f"/events/{filled.pk}/report/?format=csv")
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("Name,E-mail,Business")
    assert len(lines) == 1 + 5  # everyone, cancelled and waiting included
    assert "'=HYPERLINK(1)" in text and ",=HYPERLINK" not in text  # never a formula
    assert "Handicrafts" in text and "Bình Dương" in text


def test_the_event_export_as_xlsx(filled, staff_hcm):
    import io

    from openpyxl import load_workbook

    response = _staff_client(staff_hcm).get(f"/events/{filled.pk}/report/?format=xlsx")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.values)
    assert rows[0][:3] == ("Name", "E-mail", "Business")
    assert len(rows) == 6


def test_the_province_export_has_a_row_per_event_with_its_figures(filled, staff_hcm):
    response = _staff_client(staff_hcm).get("/events/staff/?format=csv")
    lines = b"".join(response.streaming_content).decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("Event,Kind,Province,Starts at,Capacity,Registered")
    (row,) = lines[1:]
    assert row.endswith(
        ",3,3,1,1,0,1"
    )  # capacity, registered, waiting, attended, no-show, cancelled


def test_exports_are_out_of_scope_for_other_provinces(filled, staff_hanoi):
    client = _staff_client(staff_hanoi)
    assert client.get(f"/events/{filled.pk}/report/?format=csv").status_code == 404
    response = client.get("/events/staff/?format=csv")
    lines = b"".join(response.streaming_content).decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 1  # the header only: no event of Hồ Chí Minh
