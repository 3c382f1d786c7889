"""onboarding/filters.py: the staff dashboard's filters, and that they agree (the funnel
shows a journey of the chosen platform)."""

from django.http import QueryDict

from onboarding import selectors
from onboarding.filters import StaffDashboardFilter
from onboarding.models import Business, JourneyTemplate


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


def _shopee(template):
    return JourneyTemplate.objects.create(
        key="shopee-store", title="Mở gian hàng Shopee", platform="shopee"
    )


def test_the_funnel_follows_the_platform_filter(db, staff_hcm, template):
    shopee = _shopee(template)
    everything = StaffDashboardFilter(QueryDict(""), user=staff_hcm)
    assert everything.selected.template == template  # the default funnel: notifying the website
    assert shopee in everything.templates

    on_shopee = StaffDashboardFilter(
        QueryDict("platform=shopee&template=notify-website"), user=staff_hcm
    )
    assert on_shopee.selected.template == shopee
    assert on_shopee.templates == [shopee]

    on_tiki = StaffDashboardFilter(QueryDict("platform=tiki"), user=staff_hcm).selected
    assert on_tiki.template is None
    assert selectors.funnel(user=staff_hcm, filters=on_tiki) == ()


def test_the_dashboard_offers_only_journeys_of_the_chosen_platform(client, staff_hcm, template):
    shopee = _shopee(template)
    client.force_login(staff_hcm)
    body = client.get("/onboarding/staff/?platform=shopee").content.decode()
    assert f'<option value="{shopee.key}" selected>' in body
    assert f'<option value="{template.key}"' not in body


def test_no_editors_bar_covers_the_dashboard(client, make_user, template, business_hcm):
    # The paginated list is called "page" too; the editors' bar belongs to CMS pages.
    client.force_login(make_user("root@example.com", superuser=True))
    body = client.get("/onboarding/staff/").content.decode()
    assert "Businesses" in body or "Doanh nghiệp" in body
    assert "wagtail-userbar" not in body
