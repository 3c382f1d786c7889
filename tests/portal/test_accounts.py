import re

import pytest
from django.core import mail
from django.core.cache import cache

from portal.models import Profile
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    # allauth keeps its rate-limit counters in the cache.
    cache.clear()
    yield
    cache.clear()


def test_signup_verify_email_then_log_in(client, hcm):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "ha@example.com",
            "password1": "Mot-mat-khau-dai-2026",
            "password2": "Mot-mat-khau-dai-2026",
            "full_name": "  Nguyễn   Thị Thu Hà ",
            "province": hcm.pk,
            "learner_type": "business",
            "organisation": "HTX Demo",
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user__email="ha@example.com")
    assert profile.full_name == "Nguyễn Thị Thu Hà"
    assert profile.province == hcm

    # Mandatory verification: no log-in before the e-mail is confirmed.
    response = client.post(
        "/accounts/login/", {"login": "ha@example.com", "password": "Mot-mat-khau-dai-2026"}
    )
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) >= 1

    link = re.search(r"http://testserver(/accounts/confirm-email/[^\s]+/)", mail.outbox[-1].body)
    assert link, mail.outbox[-1].body
    response = client.post(link.group(1))
    assert response.status_code == 302

    client.logout()
    response = client.post(
        "/accounts/login/", {"login": "ha@example.com", "password": "Mot-mat-khau-dai-2026"}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(profile.user_id)


def test_official_signup_waits_for_approval(client, hcm):
    client.post(
        "/accounts/signup/",
        {
            "email": "cb@example.com",
            "password1": "Mot-mat-khau-dai-2026",
            "password2": "Mot-mat-khau-dai-2026",
            "full_name": "Trần Văn Cán",
            "province": hcm.pk,
            "learner_type": "official",
        },
    )
    profile = Profile.objects.get(user__email="cb@example.com")
    assert profile.official_status == Profile.OfficialStatus.PENDING
    assert not profile.is_approved_official


def test_login_is_blocked_after_repeated_failures(client, learner):
    for _ in range(5):
        response = client.post(
            "/accounts/login/", {"login": learner.email, "password": "wrong-password"}
        )
        assert response.status_code == 200
    # Even the right password is refused while the limit holds.
    response = client.post(
        "/accounts/login/", {"login": learner.email, "password": "a-Strong-test-pass-2026"}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)


def test_wagtail_admin_login_goes_through_allauth(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_wagtail_front_end_login_goes_through_allauth(client, learner, home_page):
    from wagtail.models import Page, PageViewRestriction

    response = client.get("/_util/login/?next=/courses/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/courses/"
    # A POSTed password there signs nobody in (allauth's rate limit would not apply).
    client.post("/_util/login/", {"username": learner.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    # A page for signed-in people sends visitors to allauth, not to Wagtail's form.
    private = home_page.add_child(instance=Page(title="Riêng", slug="rieng"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/rieng/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/rieng/")


def test_password_reset_by_email(client, learner):
    response = client.post("/accounts/password/reset/", {"email": learner.email})
    assert response.status_code == 302
    body = mail.outbox[-1].body
    link = re.search(r"http://testserver(/accounts/password/reset/key/[^\s]+/)", body)
    assert link, body
    response = client.get(link.group(1), follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link.group(1)
    response = client.post(
        form_url, {"password1": "Mot-mat-khau-moi-2026", "password2": "Mot-mat-khau-moi-2026"}
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.check_password("Mot-mat-khau-moi-2026")
