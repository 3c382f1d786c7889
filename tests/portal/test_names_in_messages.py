"""Messages name people and the portal: never an internal username, never the host name a
request arrived on (#12 item 13)."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation


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


def test_people_are_named_by_their_full_name(learner):
    assert learner.get_full_name() == "Nguyễn Thị Thu Hà"
    assert learner.get_short_name() == "Nguyễn Thị Thu Hà"


def test_wagtail_s_moderation_e_mails_greet_by_name(learner):
    with translation.override("vi"):
        text = render_to_string("wagtailadmin/notifications/base.txt", {"user": learner})
    assert "Xin chào Nguyễn Thị Thu Hà," in text
    assert learner.username not in text
