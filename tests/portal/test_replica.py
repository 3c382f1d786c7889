"""portal/replica.py: reports and dashboards read from the read replica when there is one;
writes, reads after a write and everything else stay on the primary."""

import pytest
from django.conf import settings as django_settings
from django.db import transaction

from portal import replica


@pytest.fixture
def with_replica(settings):
    settings.DATABASES = {**settings.DATABASES, "replica": settings.DATABASES["default"]}


def test_the_router_sends_reports_reads_to_the_replica(with_replica):
    from onboarding.models import Business

    router = replica.ReplicaRouter()
    assert router.db_for_read(Business) is None
    with replica.replica_reads():
        assert router.db_for_read(Business) == "replica"
        assert router.db_for_write(Business) == "default"
    assert router.db_for_read(Business) is None
    assert router.allow_migrate("replica", "onboarding") is False
    assert router.allow_migrate("default", "onboarding") is True


@pytest.mark.django_db(transaction=True)
def test_reads_after_a_write_in_the_same_transaction_stay_on_the_primary(with_replica):
    from onboarding.models import Business

    router = replica.ReplicaRouter()
    with replica.replica_reads(), transaction.atomic():
        assert router.db_for_read(Business) is None


def test_without_a_replica_everything_reads_the_primary():
    assert "replica" not in django_settings.DATABASES
    with replica.replica_reads():
        assert replica.ReplicaRouter().db_for_read(None) is None


def test_a_streamed_export_reads_from_the_replica_while_it_streams(rf):
    from django.http import StreamingHttpResponse

    seen = []

    def rows():
        seen.append(replica._reading.get())
        yield b"a\n"

    @replica.reads_from_replica
    def view(request):
        return StreamingHttpResponse(rows())

    response = view(rf.get("/"))
    assert seen == []  # nothing read yet: the rows come as the answer is sent
    assert b"".join(response.streaming_content) == b"a\n"
    assert seen == [True]
    assert replica._reading.get() is False
