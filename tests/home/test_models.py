"""home/models.py: the home page in both languages, in few queries, public and cached for
anonymous visitors, private for a signed-in person; its featured courses are the newest
ones the visitor may see."""

import pytest
from django.test import Client

from courses.services import section_create
from home.models import HomePage
from portal import pagecache
from tests.courses.builders import add_course, catalog_for

pytestmark = pytest.mark.django_db


def test_home_page_renders_in_vietnamese_by_default(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Đưa doanh nghiệp Việt lên sàn" in html
    assert "Khoá học" in html  # the navigation, translated
    assert '<main id="main"' in html


def test_home_page_renders_in_english_when_chosen(client, home_page):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    response = client.get("/")
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Take Vietnamese businesses online" in html
    assert ">Courses<" in html


def test_home_page_query_count_is_small(client, home_page, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert client.get("/").status_code == 200


def test_an_anonymous_visitor_gets_the_cached_page_and_a_signed_in_one_a_private_page(
    page_cache, client, home_page, learner
):
    assert client.get("/").headers[pagecache.HEADER] == "miss"
    assert client.get("/").headers[pagecache.HEADER] == "hit"
    signed_in = Client()
    signed_in.force_login(learner)
    for _ in range(2):
        response = signed_in.get("/")
        assert response["Cache-Control"] == "private"
        assert response.headers.get(pagecache.HEADER) != "hit"
        assert "dashboard" in response.context


def test_featured_courses_are_the_newest_the_visitor_may_see(home_page, hcm, official, learner):
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    older = add_course(section, slug="cu", lessons=0, quiz=False)
    for_officials = add_course(section, slug="can-bo", lessons=0, quiz=False, officials_only=True)
    newest = add_course(section, slug="moi", lessons=0, quiz=False)
    assert list(HomePage.featured_courses(learner)) == [newest, older]
    assert list(HomePage.featured_courses(official)) == [newest, for_officials, older]
    assert list(HomePage.featured_courses(official, limit=2)) == [newest, for_officials]
    newest.unpublish()
    assert list(HomePage.featured_courses(learner)) == [older]
