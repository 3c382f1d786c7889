"""The read-only admin listing of businesses, scoped by province."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from onboarding.models import Business
from tests.onboarding.conftest import make_business

URL = "/admin/businesses/"


@pytest.fixture
def admin_access(db):
    # The data migration grants access_admin; a transactional flush may have wiped it.
    def grant(user):
        group = user.groups.get()
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        return user

    return grant


def _bulk(n, province, start=0):
    Business.objects.bulk_create(
        [
            Business(
                name=f"Bulk {i:04d}",
                tax_code=f"{800000000000 + i}",
                province=province,
                sector="handicraft",
                size="small",
                status="approved",
            )
            for i in range(start, start + n)
        ]
    )


def test_hanoi_staff_listing_does_not_show_hcm(
    client, staff_hanoi, admin_access, business_hcm, business_hanoi
):
    client.force_login(admin_access(staff_hanoi))
    response = client.get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert business_hanoi.name in body and business_hcm.name not in body
    # Searching for the HCM business by its tax code finds nothing.
    body = client.get(URL, {"q": business_hcm.tax_code}).content.decode()
    assert business_hcm.name not in body
    # The province filter offers only Hà Nội; HCM is not a valid choice.
    filters = response.context["filters"]
    assert [p.pk for p in filters.form.fields["province"].queryset] == [business_hanoi.province_id]
    body = client.get(URL, {"province": business_hcm.province_id}).content.decode()
    assert business_hcm.name not in body


def test_listing_is_read_only_and_links_to_the_staff_screen(
    client, staff_hcm, admin_access, business_hcm
):
    client.force_login(admin_access(staff_hcm))
    body = client.get(URL).content.decode()
    assert f"/onboarding/staff/businesses/{business_hcm.pk}/" in body
    assert "/admin/businesses/new/" not in body
    for url in [
        URL + "new/",
        URL + f"edit/{business_hcm.pk}/",
        URL + f"delete/{business_hcm.pk}/",
    ]:
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"name": "x"}).status_code == 404, url
    assert Business.objects.get(pk=business_hcm.pk).name == business_hcm.name


def test_filters_and_search(
    client, national_admin, admin_access, business_hcm, business_hanoi, hanoi, learner
):
    pending = make_business(
        learner, hanoi, name="Chờ duyệt", tax_code="0100109106-005", approved=False
    )
    client.force_login(admin_access(national_admin))
    body = client.get(URL).content.decode()
    assert business_hcm.name in body and business_hanoi.name in body
    body = client.get(URL, {"province": hanoi.pk, "status": "pending"}).content.decode()
    assert pending.name in body and business_hanoi.name not in body
    body = client.get(URL, {"sector": "agriculture", "q": "0100109106-001"}).content.decode()
    assert business_hanoi.name in body and business_hcm.name not in body
    body = client.get(URL, {"q": "sài gòn"}).content.decode()
    assert business_hcm.name in body and business_hanoi.name not in body


def test_learners_are_kept_out(client, learner, business_hcm):
    client.force_login(learner)
    response = client.get(URL)
    assert response.status_code in (302, 403, 404)
    assert business_hcm.name not in response.content.decode()


def test_listing_query_count_does_not_grow(client, staff_hcm, admin_access, hcm):
    client.force_login(admin_access(staff_hcm))
    _bulk(3, hcm)
    client.get(URL)  # warm the per-process caches
    with CaptureQueriesContext(connection) as few:
        assert client.get(URL).status_code == 200
    _bulk(60, hcm, start=3)
    with CaptureQueriesContext(connection) as many:
        response = client.get(URL)
    assert "Bulk 0010" in response.content.decode()
    assert len(many) == len(few)


def test_menu_shows_businesses_to_staff(client, staff_hcm, admin_access):
    client.force_login(admin_access(staff_hcm))
    assert URL in client.get("/admin/").content.decode()


def test_group_editor_offers_no_business_permission(client, make_user, staff_hcm):
    from wagtail import hooks

    registered = [p for fn in hooks.get_hooks("register_permissions") for p in fn()]
    assert not [p for p in registered if p.content_type.model == "business"]
    assert [p for p in registered if p.codename == "change_journeytemplate"]
    admin = make_user("root@example.com", superuser=True)
    client.force_login(admin)
    response = client.get(f"/admin/groups/edit/{staff_hcm.groups.get().pk}/")
    assert response.status_code == 200
