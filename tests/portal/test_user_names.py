"""Wagtail's admin sidebar names people by User.first_name (else their e-mail): the portal keeps
it in step with the profile's full name, and migration 0006 fills it for existing users."""

import importlib

import pytest
from django.apps import apps as global_apps
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.services import profile_update

migration = importlib.import_module("portal.migrations.0006_user_first_name_from_profile")


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_signup_names_the_user(client, hcm):
    client.post(
        "/accounts/signup/",
        {
            "email": "ha@example.com",
            "password1": "Mot-mat-khau-dai-2026",
            "password2": "Mot-mat-khau-dai-2026",
            "full_name": "Nguyễn Thị Thu Hà",
            "province": hcm.pk,
            "learner_type": "business",
        },
    )
    user = get_user_model().objects.get(email="ha@example.com")
    assert (user.first_name, user.last_name) == ("Nguyễn Thị Thu Hà", "")


def test_profile_edit_renames_the_user_and_the_admin_sidebar(client, make_user, hanoi):
    user = make_user("admin@example.com", superuser=True)
    user.last_name = "Cũ"
    user.save()
    client.force_login(user)
    response = client.post(
        "/accounts/profile/",
        {"full_name": "Trần Văn Bình", "province": hanoi.pk, "learner_type": "business"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Trần Văn Bình", "")
    assert "Trần Văn Bình" in client.get("/admin/").content.decode()


def test_service_saves_the_user_only_when_the_name_changed(make_user):
    user = make_user("an@example.com")
    table = get_user_model()._meta.db_table
    profile_update(user=user, data={"full_name": "Nguyễn Văn An"})
    with CaptureQueriesContext(connection) as queries:
        profile_update(user=user, data={"full_name": "Nguyễn Văn An"})
    assert not [q for q in queries if q["sql"].startswith(f'UPDATE "{table}"')]


def test_migration_fills_first_name_of_existing_users(make_user):
    named = make_user("a@example.com", full_name="Lê Thị Mai")
    stale = make_user("b@example.com", full_name="Phạm Văn Đức")
    User = get_user_model()
    User.objects.filter(pk=named.pk).update(first_name="", last_name="")
    User.objects.filter(pk=stale.pk).update(first_name="Cũ", last_name="Tên")
    migration.names_from_profiles(global_apps, None)
    assert User.objects.get(pk=named.pk).first_name == "Lê Thị Mai"
    assert (User.objects.get(pk=stale.pk).first_name, User.objects.get(pk=stale.pk).last_name) == (
        "Phạm Văn Đức",
        "",
    )
