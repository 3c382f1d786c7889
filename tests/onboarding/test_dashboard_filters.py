"""The staff dashboard's filters agree: the funnel shows a journey of the chosen platform."""

from django.http import QueryDict

from onboarding import selectors
from onboarding.filters import StaffDashboardFilter
from onboarding.models import JourneyTemplate


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
    assert selectors.funnel(user=staff_hcm, filters=on_tiki) == []


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
