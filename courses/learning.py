"""Sections that apps above courses add to "My learning" (/learning/), e.g. the events
a learner is registered for. courses must not import those apps (layers), so each one
registers a provider from its AppConfig.ready(): a function of the user that returns a
LearningSection, or None when it has nothing to show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class LearningSection:
    """A template to include on /learning/ and its context (``section`` inside it).
    `changes_at`: when time alone changes what it shows (an event ends), if ever: the
    learner's cached page lasts no longer."""

    template: str
    context: dict = field(default_factory=dict)
    changes_at: datetime | None = None


Provider = Callable[..., "LearningSection | None"]
_providers: list[Provider] = []


def learning_section_register(provider: Provider) -> None:
    """Adds `provider` (called as provider(user=...)) once, however often ready() runs."""
    if provider not in _providers:
        _providers.append(provider)


def learning_sections(*, user) -> list[LearningSection]:
    """What the registered providers have to show `user`, in registration order."""
    sections = (provider(user=user) for provider in _providers)
    return [section for section in sections if section is not None]
