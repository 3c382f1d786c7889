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


def test_demo_home_says_certificates_can_be_checked_not_that_none_can_be_forged(reference_data):
    """A signature lets anyone check a certificate; it cannot stop anyone forging a paper.
    Loading the demo again corrects a home page that still claims it."""
    import json

    from home.demo import load_home_page

    home = load_home_page()
    text = json.dumps(home.body.get_prep_value(), ensure_ascii=False)
    assert "anyone can check" in text and "forge" not in text and "làm giả" not in text
    raw = home.body.get_prep_value()
    raw[0]["value"]["features"][3]["value"]["text_en"] = "Checkable, and no one can forge them."
    home.body = raw
    home.save_revision().publish()
    assert "forge" not in json.dumps(load_home_page().body.get_prep_value())
