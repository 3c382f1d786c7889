"""manage.py load_demo (home/management/commands/load_demo.py): the accounts and the home
page, then each app's demo module in the order their data needs; an app without one is
skipped, a broken one is not hidden. The whole demo, loaded twice, is
tests/portal/test_demo.py."""

import io
import types

import pytest
from django.core.management import call_command

from home.management.commands import load_demo
from home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def app_demos(monkeypatch):
    """Stand-ins for the apps' demo modules that record when they were loaded."""
    loaded = []
    modules = {
        name: types.SimpleNamespace(load=lambda stdout, name=name: loaded.append(name))
        for name in load_demo.APP_DEMO_MODULES
    }

    def import_module(name):
        if name not in modules:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return modules[name]

    monkeypatch.setattr(load_demo, "import_module", import_module)
    return modules, loaded


def _run(**options) -> str:
    out = io.StringIO()
    call_command("load_demo", force=True, stdout=out, **options)
    return out.getvalue()


def test_the_apps_demos_load_after_the_accounts_in_their_order(reference_data, app_demos):
    _modules, loaded = app_demos
    output = _run()
    assert loaded == load_demo.APP_DEMO_MODULES
    assert HomePage.objects.live().count() == 1
    assert output.index("accounts and home page: ok") < output.index("certification.demo: ok")


def test_an_app_without_a_demo_module_is_skipped(reference_data, app_demos):
    modules, loaded = app_demos
    del modules["onboarding.demo"]
    output = _run()
    assert loaded == [m for m in load_demo.APP_DEMO_MODULES if m != "onboarding.demo"]
    assert "onboarding.demo: ok" not in output and "Demo data loaded" in output


def test_a_demo_module_that_fails_to_import_is_not_skipped(reference_data, app_demos, monkeypatch):
    modules, _loaded = app_demos
    fallback = load_demo.import_module

    def broken(name):
        if name == "courses.demo":  # the module exists, something it imports does not
            raise ModuleNotFoundError("No module named 'missing_library'", name="missing_library")
        return fallback(name)

    monkeypatch.setattr(load_demo, "import_module", broken)
    with pytest.raises(ModuleNotFoundError, match="missing_library"):
        _run()


def test_debug_on_needs_no_force(reference_data, app_demos, settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "Demo data loaded" in out.getvalue()
