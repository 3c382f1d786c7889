"""The conversation on a step: the business and the staff who review it write to each
other (messages with optional attachments, checked like evidence), both see it, staff
only of the business's province."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from onboarding import services
from onboarding.journeys import StepError
from onboarding.models import StepMessage
from tests.onboarding.conftest import PNG


def post_message(client, url, body, attachment=None):
    data = {"message-body": body}
    if attachment is not None:
        data["message-attachment"] = attachment
    return client.post(url, data)


def test_business_and_staff_talk_on_the_step_and_both_see_it(
    client, learner, staff_hcm, shot, django_capture_on_commit_callbacks
):
    member_url = reverse("onboarding:step", args=[shot.pk])
    staff_url = reverse("onboarding:staff_review", args=[shot.pk])
    client.force_login(learner)
    response = post_message(
        client,
        reverse("onboarding:step_message", args=[shot.pk]),
        "Ảnh này đã đủ chưa ạ?",
        SimpleUploadedFile("ban-chup.png", PNG, content_type="image/png"),
    )
    assert response.status_code == 302
    assert response["Location"] == member_url + "#conversation"
    question = StepMessage.objects.get()
    assert question.author == learner and not question.from_staff
    assert question.attachment_type == "image/png" and question.attachment_size == len(PNG)

    client.force_login(staff_hcm)
    page = client.get(staff_url).content.decode()
    assert "Ảnh này đã đủ chưa ạ?" in page
    assert reverse("onboarding:message_attachment", args=[question.pk]) in page
    attachment = client.get(reverse("onboarding:message_attachment", args=[question.pk]))
    assert attachment.status_code == 200
    assert b"".join(attachment.streaming_content) == PNG
    assert attachment["X-Content-Type-Options"] == "nosniff"
    staff_message_url = reverse("onboarding:staff_step_message", args=[shot.pk])
    assert post_message(client, staff_message_url, "Đủ rồi, chờ duyệt nhé.").status_code == 302
    answer = StepMessage.objects.latest("pk")
    assert answer.from_staff and answer.author == staff_hcm

    client.force_login(learner)
    page = client.get(member_url).content.decode()
    assert page.index("Ảnh này đã đủ chưa ạ?") < page.index("Đủ rồi, chờ duyệt nhé.")
    # Talking does not move the step.
    shot.refresh_from_db()
    assert shot.status == shot.Status.SUBMITTED


def test_a_message_posted_to_the_step_itself_moves_nothing_and_is_not_kept(client, learner, shot):
    """The step's own address takes its actions only: a message sent there (an old page)
    is an invalid action, not a message, and the step stays as it was."""
    client.force_login(learner)
    response = post_message(client, reverse("onboarding:step", args=[shot.pk]), "Xin chào")
    assert response.status_code == 200
    assert not StepMessage.objects.exists()
    shot.refresh_from_db()
    assert shot.status == shot.Status.SUBMITTED


def test_a_refused_staff_message_shows_the_review_page_again(client, staff_hcm, shot):
    client.force_login(staff_hcm)
    response = post_message(client, reverse("onboarding:staff_step_message", args=[shot.pk]), "")
    assert response.status_code == 400
    assert response.context["message_form"].errors
    assert response.context["can_review"]  # the review form is still there
    assert not StepMessage.objects.exists()


def test_staff_of_another_province_and_strangers_see_nothing(
    client, learner, other_learner, staff_hanoi, shot
):
    message = services.step_message_post(
        step=shot,
        by=learner,
        body="Câu hỏi",
        upload=SimpleUploadedFile("a.png", PNG),
        content_type="image/png",
    )
    attachment_url = reverse("onboarding:message_attachment", args=[message.pk])
    for user in (staff_hanoi, other_learner):
        client.force_login(user)
        assert client.get(attachment_url).status_code == 404
        assert client.get(reverse("onboarding:staff_review", args=[shot.pk])).status_code == 404
        for name in ("onboarding:step_message", "onboarding:staff_step_message"):
            assert post_message(client, reverse(name, args=[shot.pk]), "x").status_code == 404
    assert StepMessage.objects.count() == 1


def test_an_attachment_that_is_not_what_it_says_is_refused_and_the_text_kept(client, learner, shot):
    client.force_login(learner)
    fake = SimpleUploadedFile("hoa-don.png", b"MZ\x90\x00 not an image", content_type="image/png")
    response = post_message(
        client, reverse("onboarding:step_message", args=[shot.pk]), "Xem giúp", fake
    )
    assert response.status_code == 400
    assert not StepMessage.objects.exists()
    body = response.content.decode()
    assert "Xem giúp" in body  # what was typed stays in the form
    assert response.context["message_form"].errors["attachment"]


def test_an_empty_message_is_refused(client, learner, shot):
    client.force_login(learner)
    response = post_message(client, reverse("onboarding:step_message", args=[shot.pk]), "   ")
    assert response.status_code == 400
    assert not StepMessage.objects.exists()
    with pytest.raises(StepError):
        services.step_message_post(step=shot, by=learner, body="  ")


def test_a_staff_member_who_belongs_to_the_business_writes_for_the_business(
    learner, staff_hcm, shot
):
    shot.journey.business.memberships.create(user=staff_hcm)
    message = services.step_message_post(step=shot, by=staff_hcm, body="Tôi là thành viên")
    assert not message.from_staff
