"""Fixtures and helpers of the portal's tests."""

from pathlib import Path

import pytest

from portal import services

TEMPLATE = "tests/notice"


@pytest.fixture
def notice_templates(settings):
    """tests/notice_title.txt and tests/notice.txt: a title and a text with a translated
    word and characters HTML would escape."""
    templates = [dict(engine) for engine in settings.TEMPLATES]
    templates[0]["DIRS"] = [*templates[0]["DIRS"], Path(__file__).parent / "templates"]
    settings.TEMPLATES = templates


def tell(user, **kwargs):
    """A notification for `user` from the test templates (needs `notice_templates`)."""
    kwargs = {"kind": "step_approved", "template": TEMPLATE, "context": {"name": "Hà"}} | kwargs
    return services.notify(user=user, **kwargs)
