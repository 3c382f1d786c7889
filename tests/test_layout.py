"""Test files mirror the modules they test (issue #9, item 12): the tests of `<app>/x.py`
live in `tests/<app>/test_x.py` (a management command's in `test_<command>.py`), so a
newcomer finds a module's tests by its name. Tests of a behaviour across modules live in
files named for the behaviour (tests/README.md, "Where tests live")."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = ("portal", "certification", "courses", "onboarding", "home", "events")

# Modules that need no test file of their own: app configs, URLconfs (every URL is a row of
# tests/portal/test_authorisation_matrix.py), admin registrations (wagtail_hooks.py: tried
# through the admin's pages in the apps' test_admin*.py and the matrix) and settings
# (tests/portal/test_settings.py, test_production.py).
NEEDS_NONE = {
    "portal/apps.py",
    "portal/settings/base.py",
    "portal/urls.py",
    "portal/wagtail_hooks.py",
    "certification/apps.py",
    "certification/wagtail_hooks.py",
    "courses/apps.py",
    "courses/wagtail_hooks.py",
    "onboarding/apps.py",
    "onboarding/wagtail_hooks.py",
    "home/apps.py",
    "events/apps.py",
    "events/wagtail_hooks.py",
}


def _modules_with_code() -> set[str]:
    """The apps' modules that define a function or a class (migrations left out)."""
    found = set()
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts or path.name == "__init__.py":
                continue
            text = path.read_text(encoding="utf-8")
            if any(line.startswith(("def ", "async def ", "class ")) for line in text.splitlines()):
                found.add(path.relative_to(ROOT).as_posix())
    return found


def _test_file(module: str) -> Path:
    app, *_rest, name = module.split("/")
    return ROOT / "tests" / app / f"test_{name}"


def test_every_module_with_code_has_its_test_file():
    lacking = sorted(m for m in _modules_with_code() - NEEDS_NONE if not _test_file(m).exists())
    assert not lacking, "modules without tests/<app>/test_<module>.py:\n" + "\n".join(lacking)


def test_the_modules_that_need_no_file_exist_and_have_none():
    modules = _modules_with_code()
    assert not NEEDS_NONE - modules, "listed modules that are gone"
    needless = sorted(m for m in NEEDS_NONE if _test_file(m).exists())
    assert not needless, "these have a test file now, take them off NEEDS_NONE:\n" + "\n".join(
        needless
    )
