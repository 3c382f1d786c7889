"""A private Redis and Celery worker for the fault tests of the service tier: they kill and
stop them, so they never touch the shared ones that .ci/run starts."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """redis-server on its own port, in memory only."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self._answers, what=f"redis-server on port {self.port}")
        return self

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        self.process = None


class Worker:
    """`celery worker` (one process) against the test database and the given broker, with
    tests/services_settings.py. Started in its own process group, so kill() takes the
    pool's children with it, as a host going down would."""

    def __init__(self, broker_url: str, email_dir: Path, log: Path):
        self.broker_url, self.email_dir, self.log = broker_url, email_dir, log
        self.process: subprocess.Popen | None = None

    def start(self) -> Worker:
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE="tests.services_settings",
            DATABASE_URL=worker_database_url(),
            CELERY_BROKER_URL=self.broker_url,
            CELERY_RESULT_BACKEND=self.broker_url,
            WORKER_EMAIL_DIR=str(self.email_dir),
        )
        env.pop("REDIS_URL", None)
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "portal", "worker", "--concurrency", "1"]
                + ["--loglevel", "INFO", "--without-gossip", "--without-mingle"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self

    def kill(self) -> None:
        """SIGKILL, no warm shutdown: the tasks it held stay unacknowledged."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self.process = None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process = None


def worker_database_url() -> str:
    """DATABASE_URL with the database pytest created for this run."""
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path="/" + connection.settings_dict["NAME"]))


def wait_for(condition, *, what: str, timeout: float = 90, every: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"waited {timeout:.0f} s for {what}")


def emails_by_attachment(email_dir: Path) -> dict[str, int]:
    """How many e-mails the worker wrote for each attached file name."""
    import email
    from collections import Counter

    counts: Counter = Counter()
    separator = b"\n" + b"-" * 79 + b"\n"
    for path in email_dir.glob("*.log"):
        for raw in path.read_bytes().split(separator):
            if not raw.strip():
                continue
            message = email.message_from_bytes(raw)
            for part in message.walk():
                name = part.get_filename()
                if name:
                    counts[name] += 1
    return dict(counts)
