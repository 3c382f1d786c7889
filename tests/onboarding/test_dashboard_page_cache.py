"""The staff dashboard kept whole for each person (portal/privatecache.py) under the
versions of its provinces' figures (onboarding/figures.py): served again until a write in
one of its provinces, never to anyone else, never with a read replica."""

import pytest

from onboarding import services
from tests.courses.test_private_cache import _signed_in, _state
from tests.onboarding.conftest import make_business

pytestmark = pytest.mark.django_db

# A literal: reverse() at import would load the URLconf, and Wagtail's admin with it,
# before the test database exists; staff would then get 403 in the admin in later tests
# of the same run (tests/portal/test_authorisation_matrix.py).
URL = "/onboarding/staff/"


@pytest.fixture
def kept(settings, private_cache):
    settings.ONBOARDING_FIGURES_SECONDS = 300


def funnel_done(response, key="account") -> int:
    return {row.key: row.done for row in response.context["funnel"]}[key]


def test_the_dashboard_is_served_again_until_a_write_in_its_province(
    kept, staff_hcm, learner, hcm, template, django_assert_max_num_queries
):
    journey = services.journey_start(
        business=make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106"),
        template=template,
        by=learner,
    )
    client = _signed_in(staff_hcm)
    first = client.get(URL)
    assert _state(first) == "miss" and funnel_done(first) == 0
    with django_assert_max_num_queries(1):  # the session (from the cache in production)
        again = client.get(URL)
    assert _state(again) == "hit" and again.content == first.content
    assert again["Cache-Control"] == "private"

    services.step_submit(step=journey.steps.get(key="account"), by=learner)
    after = client.get(URL)
    assert _state(after) == "miss" and funnel_done(after) == 1


def test_a_write_elsewhere_keeps_the_page_and_renews_the_countrys(
    kept, staff_hcm, national_admin, other_learner, hanoi, template
):
    far = services.journey_start(
        business=make_business(other_learner, hanoi, name="HTX Hà Nội", tax_code="0100109106-001"),
        template=template,
        by=other_learner,
    )
    mine, national = _signed_in(staff_hcm), _signed_in(national_admin)
    for client in (mine, national):
        client.get(URL)
        assert _state(client.get(URL)) == "hit"

    services.step_submit(step=far.steps.get(key="account"), by=other_learner)
    assert _state(mine.get(URL)) == "hit"  # Hồ Chí Minh City's businesses did not change
    renewed = national.get(URL)
    assert _state(renewed) == "miss" and funnel_done(renewed) == 1


def test_no_one_is_served_anothers_dashboard(kept, staff_hcm, staff_hanoi, learner, hcm):
    make_business(learner, hcm, name="HTX Sài Gòn Riêng", tax_code="0100109106")
    mine = _signed_in(staff_hcm)
    mine.get(URL)
    assert "HTX Sài Gòn Riêng" in mine.get(URL).content.decode()
    theirs = _signed_in(staff_hanoi).get(URL)
    assert _state(theirs) == "miss"
    assert "HTX Sài Gòn Riêng" not in theirs.content.decode()


def test_not_kept_with_a_read_replica(kept, staff_hcm, monkeypatch):
    from onboarding import views

    # A page read from a replica behind a write would be kept under the new version.
    monkeypatch.setattr(views, "has_replica", lambda: True)
    client = _signed_in(staff_hcm)
    client.get(URL)
    assert _state(client.get(URL)) is None


def test_not_kept_without_kept_figures(private_cache, staff_hcm):
    client = _signed_in(staff_hcm)
    client.get(URL)
    assert _state(client.get(URL)) is None
