"""Wagtail's admin works under the portal's Content-Security-Policy (its additions on
/admin/ only); the page fixture fails any test whose pages the policy blocked."""

import pytest

from courses.services import section_create
from tests.conftest import PASSWORD
from tests.courses.builders import catalog_for, first_lessons

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_admin_editor_runs_its_scripts(live_server, page, login, make_user, home_page, hcm):
    catalog = catalog_for(home_page)
    lesson = first_lessons({"hcm": section_create(province=hcm, catalog=catalog)}, lessons=1)["hcm"]
    make_user("root@example.com", superuser=True)
    login(page, "root@example.com", PASSWORD)

    response = page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    assert "'unsafe-inline'" in response.headers["content-security-policy"]
    # The StreamField and its rich-text editors are drawn by the admin's scripts from JSON.
    page.locator("[data-streamfield-child]").first.wait_for()
    page.locator("[data-draftail-editor]").first.wait_for()
    # The page explorer of the course lists its lessons.
    page.goto(f"{live_server.url}/admin/pages/{lesson.get_parent().pk}/")
    page.get_by_role("link", name=lesson.title).first.wait_for()
    # The public pages keep the strict policy.
    response = page.goto(f"{live_server.url}{lesson.url}")
    assert (
        "'unsafe-inline'"
        not in response.headers["content-security-policy"].split("script-src")[1].split(";")[0]
    )
