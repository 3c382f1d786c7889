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


def _template_form(template, steps):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    form_class = JourneyTemplate.get_edit_handler().get_form_class()
    data = nested_form_data(
        {
            "key": "new-template",
            "title": template.title,
            "title_en": template.title_en,
            "description": "",
            "description_en": "",
            "platform": "",
            "is_active": "on",
            "issues_certificate": "on",
            "steps": inline_formset(
                [
                    {
                        "key": key,
                        "title": key,
                        "title_en": "",
                        "guidance": "",
                        "guidance_en": "",
                        "legal_document": "",
                        "evidence": "none",
                        "duration_days": 1,
                        "depends_on": depends_on,
                        "ORDER": order,
                    }
                    for order, (key, depends_on) in enumerate(steps, start=1)
                ]
            ),
        }
    )
    return form_class(data, instance=JourneyTemplate(), for_user=None)


def test_template_admin_refuses_unknown_or_later_dependencies(db, template):
    from django.utils import translation

    good = _template_form(template, [("a", ""), ("b", "a"), ("c", "a, b")])
    with translation.override("en"):
        assert good.is_valid(), (good.errors, [f.errors for f in good.formsets["steps"].forms])
        bad = _template_form(template, [("a", "b"), ("b", "typo"), ("c", "")])
        assert not bad.is_valid()
        errors = [f.errors for f in bad.formsets["steps"].forms]
        assert "Not a step above this one: b." in str(errors[0]["depends_on"])
        assert "typo" in str(errors[1]["depends_on"])


def test_keys_are_made_from_titles_and_never_shown(db, template):
    """Editors see no key field: a new template and its steps get keys from their titles
    (distinct even when two steps share a title), and dependencies are ticks by title."""
    form = _template_form(template, [("Đăng ký", ""), ("Đăng ký", ""), ("Bán hàng", "")])
    assert "key" not in form.fields
    assert all("key" not in f.fields for f in form.formsets["steps"].forms)
    assert form.is_valid(), [f.errors for f in form.formsets["steps"].forms]
    saved = form.save()
    assert saved.key
    assert sorted(saved.steps.values_list("key", flat=True)) == ["ban-hang", "dang-ky", "dang-ky-2"]

    edit = JourneyTemplate.get_edit_handler().get_form_class()(instance=saved, for_user=None)
    widget = edit.formsets["steps"].forms[2].fields["depends_on"].widget
    assert [label for _, label in widget.choices] == ["Đăng ký", "Đăng ký"]
    html = widget.render("depends_on", "dang-ky-2")
    assert "dang-ky-2" in html and "checked" in html
