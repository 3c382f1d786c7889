"""The one Celery app. Without CELERY_BROKER_URL tasks run in process (eager)."""

import functools
import logging
import os

from celery import Celery
from celery.contrib.django.task import DjangoTask
from celery.signals import task_postrun, task_prerun
from django.db import close_old_connections, transaction
from kombu.exceptions import OperationalError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

logger = logging.getLogger(__name__)


class PortalTask(DjangoTask):
    """`delay_on_commit` that never turns a committed request into an error page: when the
    broker cannot take the message (Redis down), the records are saved already, so the
    failure is logged and the request goes on. What was not queued is found again by the
    sweeps beat runs (certification.tasks.deliver_pending: certificates without their PDF
    or e-mail)."""

    def delay_on_commit(self, *args, **kwargs) -> None:
        transaction.on_commit(functools.partial(self._publish, args, kwargs))

    def _publish(self, args, kwargs) -> None:
        if self.app.conf.task_always_eager:
            self.delay(*args, **kwargs)  # in process: the task's own errors propagate
            return
        try:
            self.delay(*args, **kwargs)
        except (OperationalError, ConnectionError, OSError):
            logger.exception("broker unreachable: %s%r not queued", self.name, args)


app = Celery("portal", task_cls=PortalTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect(dispatch_uid="portal-task-connections-before")
@task_postrun.connect(dispatch_uid="portal-task-connections-after")
def _close_old_connections(sender=None, **kwargs) -> None:
    """Before and after each task, as before and after each request: connections past
    CONN_MAX_AGE or broken are closed, the others kept (checked before their next use).
    Not for a task run in process: that is the caller's connection and transaction."""
    if not getattr(getattr(sender, "request", None), "is_eager", False):
        close_old_connections()
