"""portal/adapters.py: where each person lands after signing in, and how allauth's e-mails
name the portal and the person."""

import pytest
from django.core import mail
from django.core.cache import cache

from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_allauth_e_mails_name_the_portal_and_the_person(client, hcm, settings):
    settings.SITE_URL = "https://daotao.example.vn"
    client.post(
        "/accounts/signup/",
        {
            "email": "ha@example.com",
            "password1": "Mot-mat-khau-dai-2026",
            "password2": "Mot-mat-khau-dai-2026",
            "full_name": "Nguyễn Thị Thu Hà",
            "province": hcm.pk,
            "learner_type": "business",
            "organisation": "HTX Demo",
        },
    )
    message = mail.outbox[-1]
    assert "testserver" not in message.body.replace("http://testserver/", "")
    assert "Cổng đào tạo thương mại điện tử" in message.body
    assert "daotao.example.vn" in message.body
    from portal.models import User

    username = User.objects.get(email="ha@example.com").username
    assert username not in message.body.replace("ha@example.com", "")


@pytest.mark.parametrize(
    ("who", "lands_on"),
    [
        ("learner", "/learning/"),
        ("staff_hcm", "/onboarding/staff/"),
        ("national_admin", "/onboarding/staff/"),
        ("trainer_hcm", "/admin/"),
    ],
)
def test_each_role_lands_on_its_own_page_after_signing_in(client, request, who, lands_on):
    from django.contrib.auth.models import Permission

    user = request.getfixturevalue(who)
    if who == "trainer_hcm":  # the seeded trainer groups may use the admin
        user.groups.first().permissions.add(Permission.objects.get(codename="access_admin"))
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == lands_on


def test_a_next_address_wins_over_the_role_s_page(client, staff_hcm):
    response = client.post(
        "/accounts/login/?next=/certificates/", {"login": staff_hcm.email, "password": PASSWORD}
    )
    assert response["Location"] == "/certificates/"


def test_a_trainer_without_admin_access_lands_on_my_learning(client, trainer_hcm):
    response = client.post("/accounts/login/", {"login": trainer_hcm.email, "password": PASSWORD})
    assert response["Location"] == "/learning/"
