"""home/demo.py: the demo accounts and the home page, loaded again without change, and
earlier demo home pages put right."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Site

from home.demo import DEMO_ACCOUNTS, load_accounts, load_home_page
from portal import roles
from portal.demo import DEMO_PASSWORD


def test_the_demo_site_is_named_after_the_portal(reference_data):
    load_home_page()
    site = Site.objects.get(is_default_site=True)
    assert site.site_name == settings.WAGTAIL_SITE_NAME
    assert "localhost" not in str(site)


def test_demo_home_says_certificates_can_be_checked_not_that_none_can_be_forged(reference_data):
    """A signature lets anyone check a certificate; it cannot stop anyone forging a paper.
    Loading the demo again corrects a home page that still claims it."""
    import json

    from home.demo import load_home_page

    home = load_home_page()
    text = json.dumps(home.body.get_prep_value(), ensure_ascii=False)
    assert "anyone can check" in text and "forge" not in text and "làm giả" not in text
    raw = home.body.get_prep_value()
    raw[0]["value"]["features"][3]["value"]["text_en"] = "Checkable, and no one can forge them."
    home.body = raw
    home.save_revision().publish()
    assert "forge" not in json.dumps(load_home_page().body.get_prep_value())


def test_old_demo_home_pages_get_the_new_link(home_page):
    from home.demo import _officials_card_is_generic, load_home_page

    home = home_page
    body = home.body.get_prep_value()
    for block in body:
        if block["type"] == "features":
            for item in block["value"]["features"]:
                feature = item.get("value", item)  # a ListBlock item, or its value
                if feature["link_text"] == "Khoá học cho cán bộ":
                    feature["link_url"] = "/courses/"
    home.body = body
    home.save_revision().publish()
    home.refresh_from_db()
    assert _officials_card_is_generic(home)
    assert not _officials_card_is_generic(load_home_page())


def test_the_demo_accounts_load_once_verified_and_in_their_roles(reference_data):
    first = load_accounts()
    staff = first["staff@demo.example"]
    staff.set_password("changed-by-the-tester-2026")
    staff.save()
    again = load_accounts()
    assert {email: user.pk for email, user in again.items()} == {
        email: user.pk for email, user in first.items()
    }
    assert get_user_model().objects.count() == len(DEMO_ACCOUNTS)
    assert EmailAddress.objects.filter(verified=True, primary=True).count() == len(DEMO_ACCOUNTS)
    staff = again["staff@demo.example"]
    assert staff.check_password("changed-by-the-tester-2026")  # loading again resets nothing
    assert again["learner@demo.example"].check_password(DEMO_PASSWORD)
    assert list(roles.provinces_for(staff, roles.STAFF)) == [staff.profile.province]
    hanoi_staff = again["staff.hanoi@demo.example"]
    assert list(roles.provinces_for(hanoi_staff, roles.STAFF)) == [hanoi_staff.profile.province]
    admin = again["admin@demo.example"]
    assert admin.is_superuser and not staff.is_superuser
    assert roles.is_national_admin(admin)
