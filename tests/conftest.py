"""Fixtures for every role and province (DESIGN.md), shared by all test packages."""

import importlib
import io
import os
from contextlib import contextmanager

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal import roles
from portal.models import Profile, Province
from portal.provinces import HA_NOI_CODE, HO_CHI_MINH_CODE
from tests import snapshot
from tests.indexing import indexing, indexing_off

PASSWORD = "a-Strong-test-pass-2026"


# The longest tests (about a minute each on CI) start first: run last, one of them kept a
# test process busy while the other had nothing left to do.
LONGEST_FIRST = ("tests/portal/test_authorisation_matrix.py", "tests/portal/test_demo.py")


def pytest_collection_modifyitems(config, items):
    """The longest tests first; service tests need the production services, and without
    them they skip and say why. CI (.ci/run) sets the variables, so there they always run."""
    items.sort(key=lambda item: not item.nodeid.startswith(LONGEST_FIRST))
    if os.environ.get("DATABASE_URL") and os.environ.get("CELERY_BROKER_URL"):
        return
    skip = pytest.mark.skip(
        reason="needs DATABASE_URL (PostgreSQL) and CELERY_BROKER_URL (Redis + worker); "
        ".ci/run sets them"
    )
    for item in items:
        if "services" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def tasks_in_process(request):
    """Only tests marked `worker` hand tasks to a real Celery worker. The rest run their
    tasks in process even when CI's second tier sets a broker: they check what a task
    does (the e-mail in mail.outbox, the PDF), and a worker busy with a finished test's
    tasks would hold locks on the database that the next test's flush needs."""
    if "worker" in request.keywords:
        yield
        return
    with tasks_eager():
        yield


@pytest.fixture(scope="session", autouse=True)
def _indexes_off():
    """Search and reference indexes off unless a test needs them (tests/indexing.py)."""
    indexing_off()


@pytest.fixture(autouse=True)
def indexes(request):
    """Tests marked `indexing`, and the browser tests, keep Wagtail's search and reference
    indexes updating on every save, as the portal does."""
    if "indexing" in request.keywords or "e2e" in request.keywords:
        with indexing():
            yield
    else:
        yield


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the portal's default language (Vietnamese): a request with
    ?lang=en leaves English active in the thread, and the next test would read English."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as migrations leave it, committed: a database copied from one
    that transactional tests flushed (CI's PostgreSQL tier) has no reference data, and
    restoring it inside each test's rolled-back transaction would redo it for every test."""
    with django_db_blocker.unblock():
        ensure_reference_data()


def _flushes(item) -> bool:
    """Whether `item` is a transactional test, whose teardown empties every table."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test's flush, the reference data again, committed, once: not
    by every later test inside its own transaction, which rolls it back."""
    yield
    if nextitem is not None and _flushes(item):  # at the last test, the database goes
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            ensure_reference_data()


@pytest.fixture
def reference_data(db):
    """What data migrations create (provinces, role groups, Wagtail's locale and root
    page). A transactional test's flush wipes them, so restore them when missing; when
    present this costs two queries."""
    ensure_reference_data()


DATA_MIGRATIONS = (
    ("portal.migrations.0002_provinces_and_groups", "load"),
    ("onboarding.migrations.0002_staff_permissions", "grant"),
    ("onboarding.migrations.0005_journey_template_editors", "restrict"),
)


def ensure_reference_data():
    if not Province.objects.filter(code=HO_CHI_MINH_CODE, is_current=True).exists():
        # What the data migrations leave, in their order: the provinces and role groups,
        # then the groups' permissions (onboarding staff reach the admin). Without the
        # permissions, a test after a flush saw staff refused everywhere in the admin.
        for module, function in DATA_MIGRATIONS:
            getattr(importlib.import_module(module), function)(django_apps, None)
    from wagtail.models import Locale, Page

    if not Page.objects.filter(depth=1).exists():
        locale, _ = Locale.objects.get_or_create(language_code="vi")
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


@pytest.fixture
def hcm(reference_data):
    return Province.objects.get(code=HO_CHI_MINH_CODE, is_current=True)


@pytest.fixture
def hanoi(reference_data):
    return Province.objects.get(code=HA_NOI_CODE, is_current=True)


@pytest.fixture
def make_user(reference_data):
    """make_user(email, province=None, roles=[...], learner_type=..., official_status=...)"""

    def make(
        email,
        *,
        province=None,
        role_names=(),
        learner_type=Profile.LearnerType.BUSINESS,
        official_status=Profile.OfficialStatus.NONE,
        full_name="Nguyễn Văn An",
        superuser=False,
    ):
        user = get_user_model().objects.create_user(
            username=email,
            email=email,
            password=PASSWORD,
            is_superuser=superuser,
            is_staff=superuser,
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        province = province or Province.objects.get(code=HO_CHI_MINH_CODE, is_current=True)
        Profile.objects.create(
            user=user,
            full_name=full_name,
            province=province,
            learner_type=learner_type,
            official_status=official_status,
        )
        for role in role_names:
            name = role if role == roles.NATIONAL_ADMINS else roles.group_name(role, province)
            user.groups.add(Group.objects.get_or_create(name=name)[0])
        return user

    return make


@pytest.fixture
def learner(make_user):
    return make_user("learner@example.com", full_name="Nguyễn Thị Thu Hà")


@pytest.fixture
def other_learner(make_user):
    return make_user("other@example.com", full_name="Trần Văn Bình")


@pytest.fixture
def official(make_user, hcm):
    return make_user(
        "official@example.com",
        province=hcm,
        learner_type=Profile.LearnerType.OFFICIAL,
        official_status=Profile.OfficialStatus.APPROVED,
    )


@pytest.fixture
def trainer_hcm(make_user, hcm):
    return make_user("trainer@example.com", province=hcm, role_names=[roles.TRAINERS])


@pytest.fixture
def staff_hcm(make_user, hcm):
    return make_user("staff@example.com", province=hcm, role_names=[roles.STAFF])


@pytest.fixture
def staff_hanoi(make_user, hanoi):
    return make_user("staff.hanoi@example.com", province=hanoi, role_names=[roles.STAFF])


@pytest.fixture
def national_admin(make_user):
    return make_user("admin@example.com", role_names=[roles.NATIONAL_ADMINS])


@pytest.fixture
def home_page(reference_data):
    from home.demo import load_home_page

    return load_home_page()


@pytest.fixture
def catalog(home_page):
    from tests.courses.builders import catalog_for

    return catalog_for(home_page)


@pytest.fixture
def make_section(catalog):
    """make_section(province): a course section (None: the national one), its trainers'
    groups and collections set up as the portal does."""

    def make(province=None):
        from courses.services import section_create

        return section_create(province=province, catalog=catalog)

    return make


@pytest.fixture
def section_hcm(make_section, hcm):
    return make_section(hcm)


@pytest.fixture
def section_hanoi(make_section, hanoi):
    return make_section(hanoi)


@pytest.fixture
def national_section(make_section):
    return make_section(None)


@pytest.fixture
def page_cache(settings):
    """The whole-page cache on (the test settings turn it off), empty before and after."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def private_cache(settings):
    """Signed-in pages from the cache (portal/privatecache.py; the test settings turn it
    off), with the page cache it needs, empty before and after."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 300
    settings.PRIVATE_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@contextmanager
def tasks_eager():
    from portal.celery import app

    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        yield
    finally:
        app.conf.task_always_eager = eager


def kept_for_module(django_db_blocker, load):
    """Runs `load()` once for all the tests of a module (loading the demo or the course
    files takes seconds), inside a transaction rolled back after the module: each test's
    own transaction nests in it as a savepoint, so tests still see only the loaded data
    and their own changes. Tasks queued on commit run in process as the load ends.
    Only for modules without transactional (`transaction=True`) tests."""
    from django.db import transaction
    from django.test import TestCase

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            with tasks_eager(), TestCase.captureOnCommitCallbacks(execute=True):
                ensure_reference_data()
                loaded = load()
            yield loaded
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """The whole demo (`load_demo`), for the module's tests, which may change it: each
    test's changes are rolled back. Loaded once per test process on SQLite
    (tests/snapshot.py), once per module elsewhere."""
    if not snapshot.can_copy():
        yield from kept_for_module(django_db_blocker, load_demo)
        return
    with django_db_blocker.unblock():
        before = snapshot.copy_database()
        try:
            with tasks_eager():
                ensure_reference_data()
                snapshot.loaded_once("load_demo", load_demo)
            yield
        finally:
            snapshot.restore_database(before)


def load_demo():
    from django.core.management import call_command

    call_command("load_demo", force=True, stdout=io.StringIO())
