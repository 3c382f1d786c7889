"""Images and documents by province (issue #8, 11): a collection per province beside a
shared national one; trainers choose from theirs and the national one only; a document in
a province's collection is private (served to those who may choose it, or to anyone once
a live page they may see uses it). Which certificate templates a course may issue:
tests/courses/test_forms.py."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from portal import media, roles
from tests.courses.builders import add_course, lessons_of

# Which documents are public follows Wagtail's reference index (portal/media.py).
pytestmark = [pytest.mark.django_db, pytest.mark.indexing]
documents = policy_registry.get_by_type(get_document_model())
images = policy_registry.get_by_type(get_image_model())


@pytest.fixture
def sections(section_hcm, section_hanoi, national_section):
    return {"hcm": section_hcm, "hanoi": section_hanoi, "national": national_section}


@pytest.fixture
def trainer_hanoi(make_user, hanoi):
    return make_user("trainer.hanoi@example.com", province=hanoi, role_names=[roles.TRAINERS])


def _document(collection, title="Biểu mẫu"):
    return Document.objects.create(
        title=title, file=ContentFile(b"%PDF-1.4\n", name="bieu-mau.pdf"), collection=collection
    )


def test_trainers_choose_from_their_province_and_the_national_collection_only(
    sections, hcm, hanoi, trainer_hcm
):
    own, national, other = (
        media.collection_for(hcm),
        media.collection_for(None),
        media.collection_for(hanoi),
    )
    for policy in (documents, images):
        chooses = set(policy.collections_user_has_permission_for(trainer_hcm, "choose"))
        assert chooses == {own, national}
        assert set(policy.collections_user_has_permission_for(trainer_hcm, "add")) == {own}
    assert other not in chooses
    # The root collection (every province's below it) is no longer theirs.
    assert not documents.user_has_permission_for_instance(trainer_hcm, "choose", _document(other))


def test_a_provinces_document_is_served_only_in_scope(
    client, sections, hcm, learner, trainer_hcm, trainer_hanoi, national_admin
):
    private = _document(media.collection_for(hcm))
    shared = _document(media.collection_for(None), title="Chung")
    expected = {None: 404, learner: 404, trainer_hanoi: 404, trainer_hcm: 200, national_admin: 200}
    for user, status in expected.items():
        client.logout()
        if user is not None:
            client.force_login(user)
        assert client.get(private.url).status_code == status, user
        assert client.get(shared.url).status_code == 200


def test_a_document_used_by_a_live_lesson_is_public_to_its_readers(client, section_hcm, hcm):
    private = _document(media.collection_for(hcm))
    assert client.get(private.url).status_code == 404
    course = add_course(section_hcm, lessons=1, quiz=False)
    lesson = lessons_of(course)[0].specific
    lesson.body = [("document", {"document": private, "title": ""})]
    lesson.save_revision().publish()
    assert client.get(private.url).status_code == 200
    lesson.unpublish()
    assert client.get(private.url).status_code == 404
