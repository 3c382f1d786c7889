"""portal/tasks.py: the notifications' e-mails, queued and sent once."""

import pytest

from portal import services, tasks
from tests.portal.conftest import tell

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("notice_templates")]


def test_daily_digest_carries_the_unread_once(
    learner, other_learner, django_capture_on_commit_callbacks, mailoutbox
):
    services.notification_preferences_update(user=learner, choices={"step_approved": "daily"})
    with django_capture_on_commit_callbacks(execute=True):
        first = tell(learner, context={"name": "Một"}, url="/onboarding/")
        tell(learner, context={"name": "Hai"})
        read = tell(learner, context={"name": "Ba"})
        tell(other_learner, kind="steps_overdue")  # daily by default
    assert mailoutbox == []
    services.notification_read(user=learner, notification_id=read.pk)

    assert tasks.send_notification_digests() == 2  # eager here: both digests went
    mine = [m for m in mailoutbox if m.to == [learner.email]]
    assert len(mine) == 1
    assert mine[0].subject == "2 thông báo mới"
    assert "Thông báo: Một & co" in mine[0].body and "Thông báo: Hai & co" in mine[0].body
    assert "Ba" not in mine[0].body
    assert "/onboarding/" in mine[0].body
    first.refresh_from_db()
    assert first.emailed_at is not None
    # A rerun (or a redelivered task) sends nothing again.
    assert tasks.send_notification_digests() == 0
    assert services.notification_digest_send(user_id=learner.pk) == 0
    assert len(mailoutbox) == 2
