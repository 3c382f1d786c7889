import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import models
from wagtail.models import Page, Site

from home.models import HomePage


def snapshot():
    from django.apps import apps

    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {
            "portal",
            "home",
            "courses",
            "certification",
            "onboarding",
            "events",
            "wagtailcore",
            "account",
        }
    }


@pytest.mark.django_db
def test_demo_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo")
    assert not get_user_model().objects.filter(email__endswith="@demo.example").exists()


@pytest.mark.django_db
def test_demo_twice_changes_nothing(reference_data, client, django_capture_on_commit_callbacks):
    # As `make run` runs it: what follows each commit (a completed course's certificate,
    # what listens to course_completed) runs at once.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", force=True)
    first = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", force=True)
    assert snapshot() == first

    emails = set(
        get_user_model()
        .objects.filter(email__endswith="@demo.example")
        .values_list("email", flat=True)
    )
    assert emails >= {
        "learner@demo.example",
        "official@demo.example",
        "trainer@demo.example",
        "staff@demo.example",
        "staff.hanoi@demo.example",
        "admin@demo.example",
    }
    # Wagtail's admin sidebar names people by first_name: every demo user has their full name.
    assert not (
        get_user_model()
        .objects.filter(email__endswith="@demo.example")
        .exclude(first_name=models.F("profile__full_name"))
        .exists()
    )
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert Page.objects.type(HomePage).count() == 1
    for email in emails:
        client.logout()
        response = client.post("/accounts/login/", {"login": email, "password": "demo-pass-2026"})
        assert response.status_code == 302, email
