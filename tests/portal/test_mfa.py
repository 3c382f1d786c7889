"""Two-factor authentication (allauth.mfa): offered to everyone, required for national
admins and onboarding staff when MFA_REQUIRED_FOR_STAFF is on."""

import base64
import runpy
from pathlib import Path

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache

from tests.conftest import PASSWORD
from tests.totp import totp_code

SETTINGS = "portal.settings.production"
PRODUCTION = Path(__file__).resolve().parents[2] / "portal" / "settings" / "production.py"


@pytest.fixture(autouse=True)
def _fresh_cache():
    # allauth keeps rate limits and used TOTP codes in the cache.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def required(settings):
    settings.MFA_REQUIRED_FOR_STAFF = True


def activate_totp(client) -> str:
    """Sets up an authenticator app as a person would; returns its secret. allauth asks
    for the password again first (turning two-factor on or off is that sensitive)."""
    response = client.get("/accounts/2fa/totp/activate/")
    assert response["Location"].startswith("/accounts/reauthenticate/")
    response = client.post(response["Location"], {"password": PASSWORD})
    assert response.status_code == 302, response.content
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.status_code == 200
    secret = response.context["form"].secret
    response = client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302, response.context["form"].errors
    return secret


def sign_in(client, email):
    return client.post("/accounts/login/", {"login": email, "password": PASSWORD})


def test_the_test_totp_matches_the_rfc_6238_vectors():
    # RFC 6238, appendix B (SHA-1, 8 digits), secret "12345678901234567890".
    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp_code(secret, at=59, digits=8) == "94287082"
    assert totp_code(secret, at=1111111109, digits=8) == "07081804"
    assert totp_code(secret, at=20000000000, digits=8) == "65353130"


def test_two_factor_is_offered_to_everyone_in_the_portal_layout(client, learner):
    assert client.get("/accounts/2fa/")["Location"].startswith("/accounts/login/")
    client.force_login(learner)
    html = client.get("/accounts/2fa/").content.decode()
    assert "Xác thực hai lớp" in html
    assert 'class="site-header"' in html
    assert "/accounts/2fa/totp/activate/" in html
    assert "Two-Factor Authentication" in client.get("/accounts/2fa/?lang=en").text
    # The profile page links to it.
    assert "/accounts/2fa/" in client.get("/accounts/profile/").text


def test_sign_in_with_an_authenticator_app_asks_for_its_code(client, learner):
    sign_in(client, learner.email)
    secret = activate_totp(client)
    recovery = Authenticator.objects.get(user=learner, type=Authenticator.Type.RECOVERY_CODES)
    client.logout()

    response = sign_in(client, learner.email)
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session  # the password alone does not sign in
    response = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(learner.pk)

    # A recovery code signs in when the phone is lost, once.
    code = recovery.wrap().get_unused_codes()[0]
    for expected in (True, False):
        client.logout()
        sign_in(client, learner.email)
        client.post("/accounts/2fa/authenticate/", {"code": code})
        assert ("_auth_user_id" in client.session) is expected


def test_wrong_codes_are_rate_limited(client, learner):
    sign_in(client, learner.email)
    secret = activate_totp(client)
    client.logout()
    sign_in(client, learner.email)
    for _ in range(5):
        client.post("/accounts/2fa/authenticate/", {"code": "123456"})
    client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("who", ["staff_hcm", "national_admin"])
def test_staff_and_national_admins_must_set_it_up_first(client, required, who, request):
    from django.contrib.auth.models import Permission

    user = request.getfixturevalue(who)
    # Their groups grant it (data migrations); a transactional test's flush may not have.
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for url in ("/onboarding/staff/", "/admin/", "/learning/", "/certificates/manage/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == "/accounts/2fa/"
    html = client.get("/accounts/2fa/").content.decode()
    assert html.count("Vai trò của bạn yêu cầu xác thực hai lớp") == 1  # said once
    # Setting it up, signing out and changing the language stay open.
    assert client.post("/i18n/setlang/", {"language": "en", "next": "/"}).status_code == 302
    activate_totp(client)
    assert client.get("/onboarding/staff/").status_code == 200
    assert client.post("/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_learners_and_trainers_are_not_asked(client, required, learner, trainer_hcm):
    for user in (learner, trainer_hcm):
        client.force_login(user)
        assert client.get("/learning/").status_code == 200


def test_off_by_default_so_the_demo_accounts_sign_in_with_a_password(client, staff_hcm):
    from django.conf import settings

    assert settings.MFA_REQUIRED_FOR_STAFF is False
    client.force_login(staff_hcm)
    assert client.get("/onboarding/staff/").status_code == 200


def test_staff_who_must_use_it_cannot_remove_their_only_authenticator(client, required, staff_hcm):
    client.force_login(staff_hcm)
    activate_totp(client)
    assert client.get("/onboarding/staff/").status_code == 200
    response = client.post("/accounts/2fa/totp/deactivate/")
    assert response.status_code == 200
    assert "Bạn không thể tắt xác thực hai lớp" in response.content.decode()
    assert Authenticator.objects.filter(user=staff_hcm, type="totp").exists()


def test_a_learner_may_remove_theirs(client, learner):
    client.force_login(learner)
    activate_totp(client)
    assert client.post("/accounts/2fa/totp/deactivate/").status_code == 302
    assert not Authenticator.objects.filter(user=learner, type="totp").exists()


def test_production_settings_require_it_unless_switched_off(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "portal.example.vn")
    monkeypatch.delenv("MFA_REQUIRED_FOR_STAFF", raising=False)
    assert runpy.run_path(str(PRODUCTION), run_name=SETTINGS)["MFA_REQUIRED_FOR_STAFF"] is True
    monkeypatch.setenv("MFA_REQUIRED_FOR_STAFF", "false")
    assert runpy.run_path(str(PRODUCTION), run_name=SETTINGS)["MFA_REQUIRED_FOR_STAFF"] is False


def test_a_security_key_counts_as_the_second_factor(client, required, staff_hcm):
    Authenticator.objects.create(user=staff_hcm, type=Authenticator.Type.WEBAUTHN, data={})
    client.force_login(staff_hcm)
    assert client.get("/onboarding/staff/").status_code == 200
