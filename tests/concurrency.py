"""Runs the same work in many threads released at once, each with its own database
connection: how the service-tier tests prove "however many events arrive at once"."""

import threading

from django.db import connection


def race(n: int, work, *, expected=()):
    """Calls `work()` in `n` threads that start together. Returns (results, errors):
    what each call returned, and the exceptions raised other than those in `expected`
    (a refusal the caller counts as a correct outcome)."""
    barrier = threading.Barrier(n)
    lock = threading.Lock()
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            value = work()
            with lock:
                results.append(value)
        except tuple(expected):
            pass
        except Exception as exc:  # noqa: BLE001 - handed to the test to assert on
            with lock:
                errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors
