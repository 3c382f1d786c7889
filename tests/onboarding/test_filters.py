"""onboarding/filters.py: the staff dashboard's filters."""

from onboarding.filters import StaffDashboardFilter
from onboarding.models import Business


def _selected(user, **params):
    return StaffDashboardFilter(params, user=user).selected


def test_platform_all_own_website_or_one(staff_hcm, template):
    assert _selected(staff_hcm).platform is None
    assert _selected(staff_hcm, platform="").platform is None
    assert _selected(staff_hcm, platform="own").platform == ""
    assert _selected(staff_hcm, platform="shopee").platform == "shopee"
    assert _selected(staff_hcm, platform="junk").platform is None


def test_unknown_values_are_ignored_and_the_funnel_defaults_to_notify_website(staff_hcm, template):
    selected = _selected(staff_hcm, sector="junk", template="junk")
    assert selected.sector == "" and selected.template == template
    assert _selected(staff_hcm, sector="handicraft").sector == Business.Sector.HANDICRAFT


def test_a_province_outside_the_scope_is_flagged(staff_hcm, national_admin, hcm, hanoi):
    assert StaffDashboardFilter({"province": str(hanoi.pk)}, user=staff_hcm).province_out_of_scope
    mine = StaffDashboardFilter({"province": str(hcm.pk)}, user=staff_hcm)
    assert not mine.province_out_of_scope and mine.selected.province == hcm
    anywhere = StaffDashboardFilter({"province": str(hanoi.pk)}, user=national_admin)
    assert anywhere.selected.province == hanoi


def test_narrow_follows_the_platform_of_any_journey_or_the_given_one(
    staff_hcm, business_hcm, template, learner
):
    from onboarding import services
    from onboarding.models import JourneyStep

    services.journey_start(business=business_hcm, template=template, by=learner)
    own = _selected(staff_hcm, platform="own")
    shopee = _selected(staff_hcm, platform="shopee")
    assert list(own.narrow(Business.objects.all())) == [business_hcm]
    assert not shopee.narrow(Business.objects.all()).exists()
    steps = JourneyStep.objects.all()
    assert own.narrow(steps, business="journey__business__", journey="journey__").exists()
    assert not shopee.narrow(steps, business="journey__business__", journey="journey__").exists()
