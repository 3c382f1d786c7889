"""Journeys and courses meet: once both are loaded from the content files, every step
that names a course is linked to that course's page (completing it completes the step)."""

import pytest

from courses import loaders
from onboarding import services
from onboarding.content_files import read_journeys
from onboarding.models import TemplateStep

pytestmark = pytest.mark.django_db


def test_every_course_a_journey_names_is_linked_to_its_step(home_page):
    loaders.legal_bases_load()
    loaders.catalog_load()
    loaders.courses_load()
    services.journey_templates_load_defaults()
    named = {
        (journey["key"], step["key"]): step["course_slug"]
        for journey in read_journeys()
        for step in journey["steps"]
        if step["course_slug"]
    }
    assert len(named) == len(read_journeys())  # one learning step per journey
    for (template, key), slug in named.items():
        step = TemplateStep.objects.select_related("course").get(template__key=template, key=key)
        assert step.course.slug == slug, (template, key)
    register = TemplateStep.objects.get(template__key="register-platform", key="complete-course")
    assert register.course.title_en.startswith("Registering an e-commerce")
