"""onboarding/exports.py: the staff dashboard's businesses as CSV and XLSX rows."""

from onboarding.filters import StaffDashboardFilter
from onboarding.models import Business
from tests.onboarding.conftest import bulk_businesses


def test_xlsx_is_written_write_only_to_a_temporary_file(staff_hcm, hcm, template, monkeypatch):
    from onboarding import exports, selectors
    from portal import exports as portal_exports

    modes = []
    real = portal_exports.Workbook

    def spy(*args, **kwargs):
        modes.append(kwargs.get("write_only"))
        return real(*args, **kwargs)

    monkeypatch.setattr(portal_exports, "Workbook", spy)
    bulk_businesses(3, hcm, template)
    filters = StaffDashboardFilter({}, user=staff_hcm).selected
    target = exports.xlsx_file(selectors.business_list_for_staff(user=staff_hcm, filters=filters))
    try:
        assert modes == [True]
        assert target.tell() == 0 and target.fileno() >= 0  # an open file on disk
        assert target.read(2) == b"PK"  # the zip container of an XLSX
    finally:
        target.close()


def test_a_row_is_the_business_with_its_journey_counts_and_readiness(staff_hcm, hcm, template):
    from onboarding import exports, selectors
    from portal.models import Province

    bulk_businesses(2, hcm, template)
    former = Province.objects.filter(merged_into=hcm).first()
    Business.objects.filter(name="DN 00001").update(former_province=former)
    filters = StaffDashboardFilter({}, user=staff_hcm).selected
    rows = list(exports.rows(selectors.business_list_for_staff(user=staff_hcm, filters=filters)))
    assert [row[:4] for row in rows] == [
        ["DN 00000", "900000000000", hcm.name, ""],
        ["DN 00001", "900000000001", hcm.name, former.name],
    ]
    # One journey, not completed; one of its three required steps approved.
    assert [row[6:] for row in rows] == [[1, 0, 1, 3, 33], [1, 0, 1, 3, 33]]
