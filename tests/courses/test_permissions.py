"""Trainers edit only their province's section; publishing goes through the province's
moderation workflow, approved by its reviewers or national admins."""

import pytest
from django.test import Client
from wagtail.models import GroupApprovalTask, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from courses.models import LessonPage
from portal import roles
from tests.courses.builders import first_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(sections):
    return first_lessons(sections)


@pytest.fixture
def reviewer_hanoi(make_user, hanoi):
    return make_user("reviewer.hn@example.com", province=hanoi, role_names=[roles.REVIEWERS])


@pytest.fixture
def reviewer_hcm(make_user, hcm):
    return make_user("reviewer.hcm@example.com", province=hcm, role_names=[roles.REVIEWERS])


def admin_client(user):
    client = Client()
    client.force_login(user)
    return client


def edit_data(lesson, action):
    return nested_form_data(
        {
            "title": lesson.title + " (sửa)",
            "slug": lesson.slug,
            "estimated_minutes": 12,
            "body": streamfield(
                [("heading", {"text": "Tiêu đề mới", "text_en": "", "level": "h2"})]
            ),
            action: "1",
        }
    )


def test_trainer_may_edit_only_own_province_and_never_publish(trainer_hcm, tree):
    hcm_perms = tree["hcm"].permissions_for_user(trainer_hcm)
    assert hcm_perms.can_edit() and not hcm_perms.can_publish()
    hanoi_perms = tree["hanoi"].permissions_for_user(trainer_hcm)
    assert not hanoi_perms.can_edit() and not hanoi_perms.can_publish()
    assert not hanoi_perms.can_add_subpage()


def test_trainer_submits_hcm_lesson_for_moderation_and_is_refused_in_hanoi(trainer_hcm, tree):
    client = admin_client(trainer_hcm)
    assert client.get("/admin/").status_code == 200
    lesson = tree["hcm"]
    assert client.get(f"/admin/pages/{lesson.pk}/edit/").status_code == 200
    response = client.post(f"/admin/pages/{lesson.pk}/edit/", edit_data(lesson, "action-submit"))
    assert response.status_code == 302, response.content[:2000]
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name.endswith("Thành phố Hồ Chí Minh")
    lesson.refresh_from_db()
    assert lesson.title == "Bài 1"  # live content unchanged until approved

    other = tree["hanoi"]
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code in (302, 403)
    response = client.post(f"/admin/pages/{other.pk}/edit/", edit_data(other, "action-publish"))
    assert response.status_code in (302, 403)
    other.refresh_from_db()
    assert other.title == "Bài 1" and not other.has_unpublished_changes
    assert not WorkflowState.objects.filter(object_id=str(other.pk)).exists()


def test_trainer_cannot_publish_directly(trainer_hcm, tree):
    lesson = tree["hcm"]
    client = admin_client(trainer_hcm)
    client.post(f"/admin/pages/{lesson.pk}/edit/", edit_data(lesson, "action-publish"))
    lesson.refresh_from_db()
    assert lesson.title == "Bài 1"


def test_only_same_province_reviewer_approves(
    trainer_hcm, reviewer_hcm, reviewer_hanoi, national_admin, tree
):
    lesson = tree["hcm"]
    admin_client(trainer_hcm).post(
        f"/admin/pages/{lesson.pk}/edit/", edit_data(lesson, "action-submit")
    )
    state = WorkflowState.objects.get(object_id=str(lesson.pk))
    task_state = state.current_task_state
    task = task_state.task.specific
    assert isinstance(task, GroupApprovalTask)
    assert task.get_actions(lesson, reviewer_hanoi) == []
    assert task.get_actions(lesson, reviewer_hcm)
    assert task.get_actions(lesson, national_admin)

    url = f"/admin/pages/workflow/action/{lesson.pk}/approve/{task_state.pk}/"
    admin_client(reviewer_hanoi).post(url, {})
    lesson.refresh_from_db()
    assert lesson.title == "Bài 1"
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    response = admin_client(reviewer_hcm).post(url, {})
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert LessonPage.objects.get(pk=lesson.pk).title == "Bài 1 (sửa)"


def test_reviewer_may_publish_in_own_province_only(reviewer_hcm, tree):
    assert tree["hcm"].permissions_for_user(reviewer_hcm).can_publish()
    assert not tree["hanoi"].permissions_for_user(reviewer_hcm).can_publish()


def test_trainer_previews_lesson_content_without_enrolling(trainer_hcm, tree):
    lesson = tree["hcm"]
    client = admin_client(trainer_hcm)
    url = f"/admin/pages/{lesson.pk}/edit/preview/"
    assert client.post(url, edit_data(lesson, "preview")).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    assert "Tiêu đề mới" in response.text


def test_trainer_may_choose_and_upload_images(trainer_hcm, section_hcm):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    images = policy_registry.get_by_type(get_image_model())
    documents = policy_registry.get_by_type(get_document_model())

    assert images.user_has_permission(trainer_hcm, "add")
    assert images.user_has_permission(trainer_hcm, "choose")
    assert documents.user_has_permission(trainer_hcm, "choose")


def test_section_added_in_admin_gets_groups_and_workflow(national_admin, catalog, make_user):
    from wagtail.models import WorkflowPage

    from courses.models import CourseSectionPage
    from portal.models import Province

    national_admin.is_superuser = True
    national_admin.save()
    province = Province.objects.current().get(code=48)
    client = admin_client(national_admin)
    url = f"/admin/pages/add/courses/coursesectionpage/{catalog.pk}/"
    data = nested_form_data(
        {"title": province.name, "slug": "da-nang", "province": province.pk, "intro": ""}
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:1500]
    section = CourseSectionPage.objects.get(province=province)
    assert WorkflowPage.objects.filter(page_id=section.pk).exists()
    trainer = make_user("trainer.dn@example.com", province=province, role_names=[roles.TRAINERS])
    assert section.permissions_for_user(trainer).can_add_subpage()
