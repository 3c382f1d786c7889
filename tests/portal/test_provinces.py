"""portal/provinces.py: the provincial units loaded from the reference data (34 current,
63 former pointing at the unit each merged into) and looked up by code."""

from portal.models import Province
from portal.provinces import (
    HO_CHI_MINH_CODE,
    _codename,
    current_province,
    load_provinces,
)
from portal.provinces import reference_data as reference_data_file


def test_provinces_load_34_current_and_63_former(reference_data):
    assert Province.objects.current().count() == 34
    assert Province.objects.filter(is_current=False).count() == 63
    binh_duong = Province.objects.get(name="Bình Dương", is_current=False)
    assert binh_duong.current_unit.name == "Thành phố Hồ Chí Minh"


def test_loading_again_adds_nothing_and_restores_what_was_changed(reference_data):
    before = Province.objects.count()
    hcm = Province.objects.get(code=HO_CHI_MINH_CODE, is_current=True)
    Province.objects.filter(pk=hcm.pk).update(name="Sài Gòn")
    load_provinces(Province)
    assert Province.objects.count() == before
    hcm.refresh_from_db()
    assert hcm.name == "Thành phố Hồ Chí Minh"
    # The same rows, so profiles and addresses that point at them still do.
    assert current_province(HO_CHI_MINH_CODE) == hcm


def test_every_former_unit_points_at_a_current_one_named_in_the_data(reference_data):
    data = reference_data_file()
    successors = {row["code"]: row["successor_code"] for row in data["legacy"]}
    for former in Province.objects.filter(is_current=False).select_related("merged_into"):
        assert former.merged_into.is_current
        assert former.merged_into.code == successors[former.code], former


def test_a_code_name_is_the_name_without_diacritics():
    assert _codename("Thừa Thiên Huế") == "thua_thien_hue"
    assert _codename("Đắk Lắk") == "dak_lak"
    assert _codename("Bà Rịa - Vũng Tàu") == "ba_ria_vung_tau"
