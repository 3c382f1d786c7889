"""manage.py load_journey_templates: the default journey templates from the content files."""

from onboarding.models import JourneyTemplate


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


def test_it_keeps_staff_edits_unless_reset_and_says_how_many_it_created(db):
    from io import StringIO

    from django.core.management import call_command

    from onboarding.content_files import JOURNEYS

    def load(**options) -> str:
        out = StringIO()
        call_command("load_journey_templates", stdout=out, **options)
        return out.getvalue()

    files = len(list(JOURNEYS.glob("*.yaml")))
    assert load() == f"journey templates: {files} created\n"
    shopee = JourneyTemplate.objects.get(key="shopee-store")
    original = shopee.title
    shopee.title = "Sửa bởi cán bộ"
    shopee.save()
    assert load() == "journey templates: 0 created\n"
    assert JourneyTemplate.objects.get(key="shopee-store").title == "Sửa bởi cán bộ"
    assert load(reset=True) == "journey templates: 0 created\n"
    assert JourneyTemplate.objects.get(key="shopee-store").title == original
