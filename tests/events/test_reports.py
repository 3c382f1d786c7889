"""Reports per event and per province: registered, waiting, attended, no-show, by sector
and by former province; charts with their tables; a fixed number of queries."""

import pytest
from django.test import Client

from events import selectors, services
from portal.models import Province
from tests.events.builders import add_event, report_filters

pytestmark = pytest.mark.django_db


def test_the_event_report_page_has_a_chart_and_its_tables(filled, staff_hcm):
    client = Client()
    client.force_login(staff_hcm)
    client.cookies["portal_language"] = "en"
    html = client.get(f"/events/{filled.pk}/report/").content.decode()
    assert html.count('class="bar-chart"') == 2
    assert "Handicrafts" in html and "Bình Dương" in html


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


def test_the_province_report_filters_by_year_and_junk_is_ignored(filled, staff_hcm, hcm):
    year = filled.starts_at.year
    assert report_filters(staff_hcm, {"year": str(year)}).year == year
    for junk in ("abc", "1999", "2101", "2024.5"):
        assert report_filters(staff_hcm, {"year": junk}).year is None
    filters = report_filters(staff_hcm, {"year": str(year - 3)})
    assert selectors.province_report(user=staff_hcm, filters=filters).events == []
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
