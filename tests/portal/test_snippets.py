"""What every snippet admin of the portal shares (portal.wagtail_hooks, portal.snippets)."""

import pytest
from django.urls import reverse

from onboarding import services
from onboarding.models import JourneyTemplate
from tests.onboarding.conftest import FIXTURE_TEMPLATES, make_business

pytestmark = pytest.mark.django_db

SNIPPETS = [
    "certification_certificatetemplate",
    "courses_legalbasis",
    "onboarding_journeytemplate",
]


@pytest.fixture
def superuser(make_user):
    return make_user("root@example.com", superuser=True)


@pytest.fixture
def journey_template(db):
    services.journey_templates_load_defaults(templates=FIXTURE_TEMPLATES)
    return JourneyTemplate.objects.get(key="notify-website")


def test_a_journey_template_with_journeys_is_not_deleted_and_the_page_says_why(
    client, superuser, learner, hcm, journey_template
):
    business = make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    services.journey_start(business=business, template=journey_template, by=learner)
    client.force_login(superuser)
    url = reverse("wagtailsnippets_onboarding_journeytemplate:delete", args=[journey_template.pk])

    response = client.post(url, follow=True, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200  # was a server error (ProtectedError)
    body = response.content.decode()
    assert "cannot be deleted" in body or "Không thể xoá" in body
    assert JourneyTemplate.objects.filter(pk=journey_template.pk).exists()


def test_the_bulk_delete_refuses_a_template_in_use_too(
    client, superuser, learner, hcm, journey_template
):
    business = make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    services.journey_start(business=business, template=journey_template, by=learner)
    client.force_login(superuser)
    url = (
        reverse("wagtail_bulk_action", args=["onboarding", "journeytemplate", "delete"])
        + f"?id={journey_template.pk}"
    )

    response = client.post(url, follow=True)

    assert response.status_code == 200
    assert JourneyTemplate.objects.filter(pk=journey_template.pk).exists()


def test_a_journey_template_nobody_uses_is_deleted(client, superuser, journey_template):
    client.force_login(superuser)
    url = reverse("wagtailsnippets_onboarding_journeytemplate:delete", args=[journey_template.pk])

    assert client.post(url).status_code == 302
    assert not JourneyTemplate.objects.filter(pk=journey_template.pk).exists()


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_the_choosers_create_url_does_not_exist(client, superuser, snippet):
    """Snippets are added on their own page: a POST to the chooser's create URL was a
    server error (Wagtail routes it without a form)."""
    client.force_login(superuser)
    url = reverse(f"wagtailsnippetchoosers_{snippet}:create")

    assert client.post(url, {"title": "x"}).status_code == 404
    assert client.get(url).status_code == 404
    # The chooser itself still opens.
    assert client.get(reverse(f"wagtailsnippetchoosers_{snippet}:choose")).status_code == 200
