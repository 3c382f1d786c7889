"""Installable portal: manifest, service worker at the root, offline page. The list of pages
a learner's phone keeps is courses/offline.py's (tests/courses/test_offline.py)."""

import json


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
