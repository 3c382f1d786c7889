from celery import shared_task


@shared_task(name="portal.ping")
def ping() -> str:
    """Answers "pong": lets the health check and the service tests see a worker."""
    return "pong"
