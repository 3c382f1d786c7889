from celery import shared_task


@shared_task(name="portal.ping", ignore_result=False)  # its caller waits for the answer
def ping() -> str:
    """Answers "pong": lets the health check and the service tests see a worker."""
    return "pong"
