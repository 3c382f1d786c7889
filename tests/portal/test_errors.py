"""portal/errors.py: the 404 and 500 pages."""

import pytest

from portal import errors


def test_unknown_page_is_a_friendly_404(client, home_page):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def broken_context_processor(request):
    raise RuntimeError("the error the 500 page is about")


def test_the_server_error_page_needs_no_context_processor_and_no_database(rf, settings):
    # No database access is allowed here (no django_db mark): the page must not need one.
    templates = [dict(engine) for engine in settings.TEMPLATES]
    options = dict(templates[0]["OPTIONS"])
    processors = [*options["context_processors"], f"{__name__}.broken_context_processor"]
    templates[0]["OPTIONS"] = {**options, "context_processors": processors}
    settings.TEMPLATES = templates

    request = rf.get("/khoa-hoc/")
    with pytest.raises(RuntimeError):  # a page rendered with the request's context would fail
        errors.not_found(request)
    response = errors.server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Đã xảy ra lỗi" in html and "Something went wrong" in html
