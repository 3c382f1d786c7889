"""onboarding/receivers.py: what onboarding does when something happens below it: a
completed course completes its steps, and a write to a business, a journey or a step
retires the kept dashboard figures of the provinces it touches (onboarding/figures.py)."""

import pytest
from django.core.cache import cache

from courses.models import CoursePage
from courses.services import course_completed
from onboarding import figures
from onboarding.models import Business, Journey, JourneyStep
from tests.onboarding.conftest import make_business

pytestmark = pytest.mark.django_db

S = JourneyStep.Status


def test_a_completed_course_approves_its_steps_for_the_learners_businesses_only(
    course, template, business_hcm, business_hanoi, learner, other_learner
):
    from onboarding import services

    mine = services.journey_start(business=business_hcm, template=template, by=learner)
    theirs = services.journey_start(business=business_hanoi, template=template, by=other_learner)
    course_completed.send(sender=CoursePage, user=learner, course=course)
    assert mine.steps.get(key="account").status == S.APPROVED
    assert theirs.steps.get(key="account").status == S.TODO
    # Other steps do not follow the course.
    assert mine.steps.get(key="screenshot").status == S.TODO


class Versions:
    """The figures' versions of Hồ Chí Minh, Hà Nội and the whole country, and which of
    them changed since the last look."""

    def __init__(self, hcm, hanoi):
        self.scopes = {"hcm": hcm.pk, "hanoi": hanoi.pk, "all": figures.ALL}
        self.last = self._read()

    def _read(self):
        figures.versions([self.scopes["hcm"], self.scopes["hanoi"]])
        figures.versions(None)
        return {name: cache.get(figures._version_key(s)) for name, s in self.scopes.items()}

    def changed(self) -> set[str]:
        now = self._read()
        moved = {name for name in now if now[name] != self.last[name]}
        self.last = now
        return moved


def test_a_business_saved_or_deleted_retires_its_province_and_the_countrys(
    kept, learner, hcm, hanoi
):
    versions = Versions(hcm, hanoi)
    business = make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    assert versions.changed() == {"hcm", "all"}
    Business.objects.get(pk=business.pk).delete()
    assert versions.changed() == {"hcm", "all"}


def test_a_business_that_moves_retires_both_provinces(kept, learner, hcm, hanoi):
    business = make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    versions = Versions(hcm, hanoi)
    business = Business.objects.get(pk=business.pk)  # as the portal reads it
    business.province = hanoi
    business.save()
    assert versions.changed() == {"hcm", "hanoi", "all"}
    business.address = "Số 1 Tràng Tiền"
    business.save()  # it is in Hà Nội now, and only there
    assert versions.changed() == {"hanoi", "all"}


def test_journeys_and_steps_retire_their_businesss_province_loaded_or_not(
    kept, journey, hcm, hanoi
):
    versions = Versions(hcm, hanoi)
    Journey.objects.get(pk=journey.pk).save()  # its business not loaded: looked up
    assert versions.changed() == {"hcm", "all"}
    step = JourneyStep.objects.select_related("journey__business").get(journey=journey, key="logo")
    step.status = S.SKIPPED
    step.save()
    assert versions.changed() == {"hcm", "all"}
    JourneyStep.objects.get(pk=step.pk).delete()
    assert versions.changed() == {"hcm", "all"}


def test_nothing_is_bumped_when_no_figures_are_kept(settings, learner, hcm):
    settings.ONBOARDING_FIGURES_SECONDS = 0
    cache.clear()
    make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    assert cache.get(figures._version_key(hcm.pk)) is None
    assert cache.get(figures._version_key(figures.ALL)) is None
