import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from onboarding import selectors
from onboarding.filters import StaffDashboardFilter
from onboarding.models import Business, Journey, JourneyStep, JourneyTemplate

S = JourneyStep.Status


@pytest.mark.django_db
def test_demo_story_is_walkable(demo_data):
    assert JourneyTemplate.objects.count() >= 10
    demo = Business.objects.get(name="Hợp tác xã Demo")
    assert demo.province.name == "Thành phố Hồ Chí Minh"
    assert demo.former_province.name == "Bình Dương"
    assert demo.ocop_products.count() == 1
    learner = get_user_model().objects.get(email="learner@demo.example")
    assert demo.is_member(learner)
    notify = Journey.objects.get(business=demo, template__key="notify-website")
    statuses = dict(notify.steps.values_list("key", "status"))
    assert statuses["create-account"] == S.APPROVED
    assert statuses["publish-required-info"] == S.IN_PROGRESS
    assert statuses["receive-confirmation"] == S.TODO
    shopee = Journey.objects.get(business=demo, template__key="shopee-store")
    assert shopee.steps.filter(status=S.SUBMITTED).count() == 1
    assert Business.objects.filter(status="approved").count() >= 13
    assert Business.objects.values("province").distinct().count() >= 4

    staff = get_user_model().objects.get(email="staff@demo.example")
    hanoi = get_user_model().objects.get(email="staff.hanoi@demo.example")

    def unfiltered(user):
        return StaffDashboardFilter({}, user=user).selected

    queue = selectors.review_queue(user=staff, filters=unfiltered(staff))
    assert any(s.journey.business_id == demo.pk for s in queue)
    queue = selectors.review_queue(user=hanoi, filters=unfiltered(hanoi))
    assert queue and not any(s.journey.business_id == demo.pk for s in queue)
    funnel = selectors.funnel(user=staff, filters=unfiltered(staff))
    assert funnel[0].done >= 3


@pytest.mark.django_db
def test_demo_businesses_have_their_registration_history(demo_data):
    from onboarding.models import RegistrationEvent

    demo = Business.objects.get(name="Hợp tác xã Demo")
    staff = get_user_model().objects.get(email="staff@demo.example")
    moves = list(demo.registration_events.values_list("to_status", "actor__email"))
    assert moves == [("pending", "learner@demo.example"), ("approved", staff.email)]
    for business in Business.objects.all():
        assert business.registration_events.exists(), business
    count = RegistrationEvent.objects.count()
    call_command("load_demo", force=True)
    assert RegistrationEvent.objects.count() == count


@pytest.mark.django_db
def test_demo_evidence_is_a_visible_image(demo_data):
    from io import BytesIO

    from PIL import Image

    from onboarding.models import EvidenceFile

    evidence = EvidenceFile.objects.filter(step__journey__business__name="Hợp tác xã Demo").first()
    with evidence.file.open("rb") as handle:
        image = Image.open(BytesIO(handle.read()))
    assert image.size[0] >= 320 and image.size[1] >= 200
    assert evidence.content_type == "image/png" and evidence.original_name.endswith(".png")
