from django.db import connection
from django.test.utils import CaptureQueriesContext


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


def test_unknown_page_is_a_friendly_404(client, home_page):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_a_signed_in_persons_language_choice_is_remembered_for_emails(client, learner, home_page):
    client.force_login(learner)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    learner.profile.refresh_from_db()
    assert learner.profile.language == "en"
    # A link with ?lang= switches the page (and the cookie), but a GET writes nothing.
    response = client.get("/?lang=vi")
    assert '<html lang="vi">' in response.content.decode()
    assert response.cookies["portal_language"].value == "vi"
    learner.profile.refresh_from_db()
    assert learner.profile.language == "en"


def test_a_language_link_costs_no_write(client, learner, home_page):
    client.force_login(learner)
    client.get("/")  # warm the session and caches
    with CaptureQueriesContext(connection) as queries:
        client.get("/?lang=en")
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith("UPDATE")]
    assert writes == []
