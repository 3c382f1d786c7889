"""courses/learning.py: the registry of sections that apps above courses add to
"My learning", each provider asked about the learner, in registration order."""

from types import SimpleNamespace

import pytest

from courses import learning
from courses.learning import LearningSection, learning_section_register, learning_sections


@pytest.fixture(autouse=True)
def providers(monkeypatch):
    """An empty registry for each test (the apps' own providers are registered at start)."""
    registered = []
    monkeypatch.setattr(learning, "_providers", registered)
    return registered


def test_sections_come_in_registration_order_and_providers_with_nothing_are_left_out():
    anna, binh = SimpleNamespace(name="anna"), SimpleNamespace(name="binh")

    def events(*, user):
        return LearningSection("events/learning.html", {"who": user.name})

    def journeys(*, user):
        if user is anna:
            return LearningSection("onboarding/learning.html")
        return None

    learning_section_register(journeys)
    learning_section_register(events)
    assert [s.template for s in learning_sections(user=anna)] == [
        "onboarding/learning.html",
        "events/learning.html",
    ]
    (only,) = learning_sections(user=binh)
    assert only.template == "events/learning.html" and only.context == {"who": "binh"}


def test_registering_again_adds_a_provider_once(providers):
    calls = []

    def provider(*, user):
        calls.append(user)
        return LearningSection("x.html")

    for _ in range(3):  # ready() may run more than once (tests, reloads)
        learning_section_register(provider)
    assert len(learning_sections(user="u")) == 1 and calls == ["u"]
    assert providers == [provider]


def test_no_providers_no_sections():
    assert learning_sections(user=SimpleNamespace()) == []
