import pytest
from django.contrib.auth.models import Group

from onboarding.models import JourneyTemplate
from portal import roles


def _run_permission_migrations():
    """Run the data migrations' functions again: a transactional test elsewhere in the run
    may have flushed what they wrote."""
    from importlib import import_module

    from django.apps import apps

    import_module("onboarding.migrations.0002_staff_permissions").grant(apps, None)
    import_module("onboarding.migrations.0005_journey_template_editors").restrict(apps, None)


@pytest.fixture
def staff_with_admin(staff_hcm):
    _run_permission_migrations()
    return staff_hcm


@pytest.fixture
def editor(make_user):
    _run_permission_migrations()
    user = make_user("editor@example.com")
    user.groups.add(Group.objects.get(name=roles.JOURNEY_EDITORS))
    return user


@pytest.fixture
def national(national_admin):
    _run_permission_migrations()
    return national_admin


def test_migrations_let_staff_read_and_only_national_groups_edit(db):
    group, _ = Group.objects.get_or_create(name="Onboarding staff: Thành phố Hồ Chí Minh")
    _run_permission_migrations()
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "view_journeytemplate"} <= codenames
    edit = {
        f"{a}_{m}" for a in ("add", "change", "delete") for m in ("journeytemplate", "templatestep")
    }
    assert not codenames & edit
    for name in (roles.JOURNEY_EDITORS, roles.NATIONAL_ADMINS):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"access_admin", "change_journeytemplate", "delete_journeytemplate"} <= codenames


LIST = "/admin/snippets/onboarding/journeytemplate/"


def _edit_data(template, title):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    steps = list(template.steps.order_by("sort_order"))
    return nested_form_data(
        {
            "key": template.key,
            "title": title,
            "title_en": template.title_en,
            "description": template.description,
            "description_en": template.description_en,
            "platform": template.platform,
            "is_active": "on",
            "issues_certificate": "on",
            "steps": inline_formset(
                [
                    {
                        "id": step.pk,
                        "key": step.key,
                        "title": step.title,
                        "title_en": step.title_en,
                        "guidance": step.guidance,
                        "guidance_en": step.guidance_en,
                        "legal_document": step.legal_document,
                        "evidence": step.evidence,
                        "duration_days": step.duration_days,
                        "depends_on": step.depends_on,
                        "ORDER": order,
                    }
                    for order, step in enumerate(steps, start=1)
                ],
                initial=len(steps),
            ),
        }
    )


def _refused(response):
    """Wagtail answers a permission refusal with a redirect to the dashboard (or 403)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url.rstrip("/") == "/admin"
    )


def test_province_staff_read_templates_but_cannot_edit_add_or_delete(
    client, staff_with_admin, template
):
    client.force_login(staff_with_admin)
    listing = client.get(LIST)
    assert listing.status_code == 200
    body = listing.content.decode()
    inspect = f"{LIST}inspect/{template.pk}/"
    assert template.title in body and inspect in body
    assert f"{LIST}edit/{template.pk}/" not in body and f"{LIST}add/" not in body
    page = client.get(inspect + "?lang=en")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Homepage screenshot" in text and "<code>screenshot</code>" not in text
    assert "Evidence: A file (PDF, PNG or JPEG) · usually 2 working days · staff review" in text
    assert f"{LIST}edit/{template.pk}/" not in text and f"{LIST}delete/{template.pk}/" not in text

    edit = f"{LIST}edit/{template.pk}/"
    assert _refused(client.get(edit))
    assert _refused(client.post(edit, _edit_data(template, "Đã sửa")))
    delete = f"{LIST}delete/{template.pk}/"
    assert _refused(client.get(delete))
    assert _refused(client.post(delete))
    assert _refused(client.post(f"{LIST}add/", _edit_data(template, "Mới")))
    template.refresh_from_db()
    assert template.title == "Thông báo website bán hàng"
    assert JourneyTemplate.objects.count() == 1


@pytest.mark.parametrize("who", ["national", "editor"])
def test_national_admins_and_journey_editors_edit_and_delete(client, request, who, template):
    client.force_login(request.getfixturevalue(who))
    edit = f"{LIST}edit/{template.pk}/"
    page = client.get(edit)
    assert page.status_code == 200
    assert "steps-TOTAL_FORMS" in page.content.decode()
    response = client.post(edit, _edit_data(template, "Đã sửa"))
    assert response.status_code == 302, response.context["form"].errors
    template.refresh_from_db()
    assert template.title == "Đã sửa" and template.steps.count() == 4
    assert client.post(f"{LIST}delete/{template.pk}/").status_code == 302
    assert not JourneyTemplate.objects.filter(pk=template.pk).exists()
