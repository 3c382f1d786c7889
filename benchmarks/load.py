"""A load generator in the standard library, for machines without wrk (benchmarks/http.py
uses wrk when it is installed): N connections, each sending its next request as soon as
the previous answer is read, for a fixed time; the same figures as wrk's summary.

gunicorn's sync workers close the connection after every answer (so does wrk's server
side then): each request opens its own connection, as wrk does against them. Being
Python, it costs more CPU per request than wrk; the ratios to the bare view, measured with
the same generator in the same run, hold better than the absolute figures.
"""

from __future__ import annotations

import asyncio
import time
from urllib.parse import urlsplit


def percentile(sorted_values: list[float], share: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, round(share / 100 * len(sorted_values)) - 1))
    return sorted_values[index]


async def _request(host: str, port: int, raw: bytes, timeout: float) -> int:
    reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    try:
        writer.write(raw)
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
        status = int(head.split(b" ", 2)[1])
        length = None
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        if length is None:
            await asyncio.wait_for(reader.read(), timeout)
        else:
            await asyncio.wait_for(reader.readexactly(length), timeout)
        return status
    finally:
        writer.close()


async def _run(url: str, headers: dict, connections: int, duration: float, timeout: float):
    parts = urlsplit(url)
    host, port = parts.hostname, parts.port or 80
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    lines = [f"GET {target} HTTP/1.1", f"Host: {parts.netloc}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    latencies: list[float] = []
    errors = {"status": 0, "socket": 0}
    started = time.perf_counter()
    deadline = started + duration

    async def connection() -> None:
        while time.perf_counter() < deadline:
            sent = time.perf_counter()
            try:
                status = await _request(host, port, raw, timeout)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
                errors["socket"] += 1
                continue
            latencies.append(time.perf_counter() - sent)
            if status >= 400:
                errors["status"] += 1

    await asyncio.gather(*(connection() for _ in range(connections)))
    return latencies, errors, time.perf_counter() - started


def run(
    url: str,
    *,
    headers: dict | None = None,
    connections: int = 16,
    duration: float = 10,
    timeout: float = 10,
) -> dict:
    """wrk's figures for `url`: requests, duration_us, p50/p95/p99 (µs), status_errors
    (answers 400 and above) and socket_errors."""
    latencies, errors, elapsed = asyncio.run(
        _run(url, headers or {}, connections, duration, timeout)
    )
    latencies.sort()
    return {
        "requests": len(latencies),
        "duration_us": int(elapsed * 1e6),
        "p50": int(percentile(latencies, 50) * 1e6),
        "p95": int(percentile(latencies, 95) * 1e6),
        "p99": int(percentile(latencies, 99) * 1e6),
        "status_errors": errors["status"],
        "socket_errors": errors["socket"],
    }
