import pytest
from django.contrib.auth.models import Group, Permission

from onboarding.models import JourneyTemplate


@pytest.fixture
def staff_with_admin(staff_hcm):
    # The data migration grants these; a transactional flush may have wiped them.
    group = staff_hcm.groups.get()
    perms = Permission.objects.filter(
        codename__in=[
            "access_admin",
            "add_journeytemplate",
            "change_journeytemplate",
            "view_journeytemplate",
        ]
    )
    group.permissions.add(*perms)
    return staff_hcm


def test_migration_grants_staff_the_template_admin(db):
    # Run the data migration's function again: a transactional test elsewhere in the run
    # may have flushed what the migration wrote.
    from importlib import import_module

    from django.apps import apps

    group, _ = Group.objects.get_or_create(name="Onboarding staff: Thành phố Hồ Chí Minh")
    import_module("onboarding.migrations.0002_staff_permissions").grant(apps, None)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "change_journeytemplate", "add_templatestep"} <= codenames


def test_staff_edit_templates_with_inline_steps(client, staff_with_admin, template):
    client.force_login(staff_with_admin)
    response = client.get("/admin/snippets/onboarding/journeytemplate/")
    assert response.status_code == 200
    assert template.title in response.content.decode()
    response = client.get(f"/admin/snippets/onboarding/journeytemplate/edit/{template.pk}/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "steps-TOTAL_FORMS" in body and "Ảnh chụp trang chủ" in body


def test_load_journey_templates_command(db):
    """The command loads every journey file, resolving shared steps and legal bases."""
    from django.core.management import call_command

    from onboarding.content_files import JOURNEYS

    call_command("load_journey_templates")
    call_command("load_journey_templates")
    keys = {path.stem for path in JOURNEYS.glob("*.yaml")}
    assert set(JourneyTemplate.objects.values_list("key", flat=True)) == keys
    ocop = JourneyTemplate.objects.get(key="ocop-rating")
    check = ocop.steps.get(key="commune-check")
    assert check.legal_document.startswith("Quyết định 1489/QĐ-TTg")
    identity = JourneyTemplate.objects.get(key="shopee-store").steps.get(key="verify-identity")
    assert identity.evidence == "file" and identity.review_required
    assert str(identity.legal_valid_from) == "2026-07-01"
    assert not JourneyTemplate.objects.get(key="register-platform").issues_certificate


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


def test_template_admin_refuses_unknown_or_later_dependencies_and_duplicate_keys(db, template):
    from django.utils import translation

    good = _template_form(template, [("a", ""), ("b", "a"), ("c", "a, b")])
    with translation.override("en"):
        assert good.is_valid(), (good.errors, [f.errors for f in good.formsets["steps"].forms])
        bad = _template_form(template, [("a", "b"), ("b", "typo"), ("b", "")])
        assert not bad.is_valid()
        errors = [f.errors for f in bad.formsets["steps"].forms]
        assert "Not the key of a step above this one: b." in str(errors[0]["depends_on"])
        assert "typo" in str(errors[1]["depends_on"])
        assert "Another step of this template has this key." in str(errors[2]["key"])
