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


def test_profile_requires_login_and_saves(client, learner, hanoi):
    assert client.get("/accounts/profile/").status_code == 302
    client.force_login(learner)
    response = client.post(
        "/accounts/profile/",
        {"full_name": "<b>Nguyễn Thị Thu Hà</b>", "province": hanoi.pk, "learner_type": "business"},
    )
    assert response.status_code == 302
    learner.profile.refresh_from_db()
    assert learner.profile.full_name == "Nguyễn Thị Thu Hà"
    assert learner.profile.province == hanoi


def test_profile_rejects_a_province_that_no_longer_exists(client, learner):
    from portal.models import Province

    former = Province.objects.filter(is_current=False).first()
    client.force_login(learner)
    response = client.post(
        "/accounts/profile/",
        {"full_name": "A", "province": former.pk, "learner_type": "business"},
    )
    assert response.status_code == 200
    assert "province" in response.context["form"].errors


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


def test_a_signed_in_person_without_admin_access_gets_a_page_not_a_loop(client, learner):
    client.force_login(learner)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert response.redirect_chain == []
    html = response.content.decode()
    assert "Không có quyền truy cập trang quản trị" in html
    assert 'action="/accounts/logout/"' in html and 'href="/"' in html
    assert 'class="site-header"' in html  # the portal's layout
    # Any admin URL, and the admin's log-in redirect, answer the same page.
    for url in ("/admin/pages/", "/admin/login/?next=/admin/"):
        assert client.get(url).status_code == 403
    english = client.get("/admin/?lang=en").content.decode()
    assert "No access to the administration" in english


def test_admin_access_is_unchanged_for_editors_and_visitors(client, make_user):
    from django.contrib.auth.models import Permission

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    editor = make_user("editor@example.com")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
