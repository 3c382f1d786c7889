"""Installable portal: manifest, service worker at the root, offline page; the list of pages
a learner's phone keeps (the lessons of enrolled courses, nobody else's)."""

import json

from courses.offline import offline_pages_for
from courses.services import enrolment_create, section_create
from tests.courses.builders import add_course, catalog_for, lessons_of


def test_the_manifest_names_the_portal_in_the_visitor_s_language(client, db):
    response = client.get("/manifest.webmanifest?lang=en")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "E-commerce Training Portal" and manifest["lang"] == "en"
    assert manifest["start_url"] == "/learning/" and manifest["display"] == "standalone"
    vietnamese = json.loads(client.get("/manifest.webmanifest?lang=vi").content)
    assert vietnamese["short_name"] == "Cổng TMĐT"


def test_the_service_worker_controls_the_whole_site_and_changes_with_the_static_files(
    client, db, settings
):
    response = client.get("/sw.js")
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    body = response.content.decode()
    assert '"/learning/offline.json"' in body and "/static/css/portal.css" in body
    assert "Content-Security-Policy" in response  # served under the same policy


def test_the_offline_page_holds_nothing_personal(client, learner):
    client.force_login(learner)
    body = client.get("/offline/").content.decode()
    assert "data-kept-list" in body
    # Cached once by the worker (without cookies); the kept lessons are filled in on the phone.
    assert "Bài 1" not in body


def test_a_phone_keeps_the_pages_of_enrolled_courses_only(
    home_page, hcm, learner, other_learner, django_assert_max_num_queries
):
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    mine = add_course(section, slug="cua-toi", lessons=2)
    add_course(section, slug="khac", lessons=2)
    enrolment_create(user=learner, course=mine)
    with django_assert_max_num_queries(4):
        pages = offline_pages_for(learner)
    assert [p["url"] for p in pages] == [mine.url] + [lesson.url for lesson in lessons_of(mine)]
    assert {p["course"] for p in pages} == {mine.title}
    assert offline_pages_for(other_learner) == []


def test_the_list_needs_a_signed_in_learner(client, learner, home_page):
    assert client.get("/learning/offline.json")["Location"].startswith("/accounts/login/")
    client.force_login(learner)
    assert client.get("/learning/offline.json").json() == {"pages": []}
