"""Pages per second through gunicorn, against a bare view measured in the same run.

    .venv/bin/python benchmarks/http.py                 # 100,000 learners, 10,000 businesses
    .venv/bin/python benchmarks/http.py --small         # seconds: what CI runs

Production settings on PostgreSQL and Redis (the services `.ci/run` starts), a database
seeded by `manage.py seed_scale`, gunicorn with 2 sync workers, and wrk (Debian's:
`apt-get install -y wrk`; without it benchmarks/load.py, in Python) with 16 connections over
the pages of issue #10, as an anonymous visitor, a learner and onboarding staff. For each
page: requests per second, p50/p95/p99 latency, errors (non-2xx/3xx answers and socket
errors), and the ratio to /bench/ok, a bare Django view returning "ok" in the same
gunicorn (mounted only by the benchmark's URL configuration, benchmarks/http_urls.py),
measured before, between and after the pages.

The seeded database is created once per size and kept (`bench_http_<size>`; --fresh
seeds it again), so a second run measures in a minute. Every answer is checked first:
a page that redirects to the log-in form or fails is an error, never a fast page.
"""

# ruff: noqa: E402 (the path is set before the imports)
from __future__ import annotations

import sys
from pathlib import Path

# The project, not benchmarks/, first on the path: this file would shadow the standard
# library's http package (urllib and Django import it).
ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

from benchmarks import load, stack

PYTHON = sys.executable

SIZES = {
    "full": {"learners": 100_000, "businesses": 10_000, "courses": 200},
    "small": {"learners": 300, "businesses": 30, "courses": 5},
}
# Targets of issue #10: a share of the bare view's requests per second, or a latency.
TARGET_RATIO = {"anonymous": 0.50, "learner": 0.25}
TARGET_STAFF_P95_MS = 300

WRK_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK {\\"requests\\": %d, \\"duration_us\\": %d, \\"p50\\": %d, \\"p95\\": %d, \\"p99\\": %d, "
    .. "\\"status_errors\\": %d, \\"socket_errors\\": %d}\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tiny dataset, 1 s per page")
    parser.add_argument("--learners", type=int)
    parser.add_argument("--businesses", type=int)
    parser.add_argument("--courses", type=int)
    parser.add_argument("--duration", type=int, help="seconds of load per page (default 10)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument(
        "--generator", choices=["wrk", "python"], help="the load generator (default: wrk if found)"
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument(
        "--postgres",
        default=stack.POSTGRES,
        help="the PostgreSQL server (the database is created on it)",
    )
    parser.add_argument(
        "--redis",
        default=stack.REDIS + "/12",
        help="the Redis database for the cache (keys are prefixed per run)",
    )
    parser.add_argument("--database", help="database name (default bench_http_<size>)")
    parser.add_argument("--fresh", action="store_true", help="drop and seed the database again")
    parser.add_argument("--drop", action="store_true", help="drop the database afterwards")
    args = parser.parse_args()
    size = dict(SIZES["small" if args.small else "full"])
    for key in size:
        if getattr(args, key) is not None:
            size[key] = getattr(args, key)
    args.size = size
    args.duration = args.duration or (1 if args.small else 10)
    args.database = args.database or "bench_http_{learners}_{businesses}_{courses}".format(**size)
    return args


def environment(args, tmp: Path) -> dict:
    return stack.environment(
        database_url=f"{args.postgres}/{args.database}", redis_url=args.redis, tmp=tmp
    )


def run(cmd: list[str], env: dict, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=env, cwd=ROOT, check=True, **kwargs)


def prepare_database(args, env: dict) -> None:
    """A copy of the migrated template, seeded, unless a previous run left it seeded."""
    stack.require_services(args.postgres, args.redis)
    stack.migrated_database(args.postgres, args.database, env, fresh=args.fresh)
    seeded = stack.psql(args.postgres, "SELECT count(*) FROM portal_user", args.database)
    if seeded == "0":
        started = time.monotonic()
        size = args.size
        run(
            [
                PYTHON,
                "manage.py",
                "seed_scale",
                f"--learners={size['learners']}",
                f"--businesses={size['businesses']}",
                f"--courses={size['courses']}",
            ],
            env,
            stdout=subprocess.DEVNULL,
        )
        print(f"seeded {args.database} in {time.monotonic() - started:.0f} s")
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)


def pick_targets(env: dict) -> dict:
    """The pages and the session cookies to request them with (Django in this process,
    on the same settings as gunicorn)."""
    os.environ.update(env)
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    from certification.models import Certificate
    from courses.models import Enrolment
    from portal import roles
    from portal.provinces import HO_CHI_MINH_CODE, current_province
    from portal.seed import SEED_DOMAIN

    enrolment = (
        Enrolment.objects.filter(
            status=Enrolment.Status.ACTIVE,
            user__email__endswith="@" + SEED_DOMAIN,
            course__officials_only=False,
            course__live=True,
            current_lesson__isnull=False,
            progress__gt=0,
        )
        .select_related("user", "course", "current_lesson")
        .order_by("pk")
        .first()
    )
    certificate = Certificate.objects.filter(
        revoked_at__isnull=True, superseded_at__isnull=True, holder__isnull=False
    ).first()
    staff = get_user_model().objects.get(
        email=f"canbo.{current_province(HO_CHI_MINH_CODE).codename}@{SEED_DOMAIN}"
    )
    admin = get_user_model().objects.get(email=f"quantri@{SEED_DOMAIN}")
    assert roles.has_role(staff, roles.STAFF) and roles.is_national_admin(admin)

    def session(user) -> str:
        """The cookies a browser signed in as `user` sends: the session and, once a page
        with a form was shown, the CSRF cookie (the pages' forms carry tokens from it)."""
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user)
        client.get("/learning/")
        names = (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME)
        return "; ".join(f"{name}={client.cookies[name].value}" for name in names)

    learner_cookie, staff_cookie = session(enrolment.user), session(staff)
    admin_cookie = session(admin)
    course, lesson = enrolment.course.url, enrolment.current_lesson.url
    return {
        "rows": [
            ("anonymous", "/", None, "/accounts/login/"),
            ("anonymous", "/courses/", None, "/accounts/login/"),
            ("anonymous", course, None, "/accounts/login/"),
            ("anonymous", f"/certificates/verify/{certificate.code}/", None, certificate.code),
            ("learner", lesson, learner_cookie, "/accounts/logout/"),
            ("learner", course, learner_cookie, "/accounts/logout/"),
            ("learner", "/learning/", learner_cookie, "/accounts/logout/"),
            # Staff of Hồ Chí Minh City see their province; a national admin all businesses.
            ("staff", "/onboarding/staff/", staff_cookie, "/accounts/logout/"),
            ("admin", "/onboarding/staff/", admin_cookie, "/accounts/logout/"),
        ],
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(args, env: dict, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "portal.wsgi:application",
            f"--workers={args.workers}",
            f"--bind=127.0.0.1:{port}",
            "--worker-class=sync",
            "--log-level=warning",
        ],
        env=env,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/ok", timeout=30).read()
            return server
        except OSError:  # refused while booting, or slow to answer the first request
            if server.poll() is not None:
                raise SystemExit("gunicorn did not start") from None
            time.sleep(0.2)
    stop(server)
    raise SystemExit("gunicorn did not answer within 120 s")


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def check(base: str, path: str, cookie: str | None, marker: str) -> None:
    """The page answers 200 with what proves who asked (not a log-in redirect)."""
    print(f"checking {path}", flush=True)
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(base + path, headers={"Cookie": cookie} if cookie else {})
    try:
        with opener.open(request, timeout=60) as response:
            body = response.read().decode("utf-8", "replace")
            status = response.status
    except urllib.error.HTTPError as exc:
        raise SystemExit(f"{path}: HTTP {exc.code}") from exc
    if status != 200 or marker not in body:
        raise SystemExit(f"{path}: HTTP {status}, without {marker!r}: not the page expected")
    for _ in range(10):  # warm both workers' per-process caches
        with opener.open(request, timeout=60) as response:
            response.read()


def measure(args, script: Path, url: str, cookie: str | None) -> dict:
    """wrk's figures for `url` under load (or benchmarks/load.py's without wrk)."""
    if args.generator == "wrk":
        cmd = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "10s"]
        cmd += ["-s", str(script)]
        if cookie:
            cmd += ["-H", f"Cookie: {cookie}"]
        out = subprocess.run(cmd + [url], capture_output=True, text=True, check=True).stdout
        line = next(line for line in out.splitlines() if line.startswith("WRK "))
        result = json.loads(line[4:])
    else:
        headers = {"Cookie": cookie} if cookie else {}
        result = load.run(
            url, headers=headers, connections=args.connections, duration=args.duration
        )
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["errors"] = result["status_errors"] + result["socket_errors"]
    settle(url)
    return result


def settle(url: str) -> None:
    """Waits until the requests wrk left queued are answered, so that a slow page does not
    slow the next measurement down."""
    base = url.split("/", 3)[:3]
    urllib.request.urlopen("/".join(base) + "/bench/ok", timeout=120).read()
    time.sleep(1)


def main() -> None:
    args = parse_args()
    args.generator = args.generator or ("wrk" if shutil.which("wrk") else "python")
    tmp = Path(tempfile.mkdtemp(prefix="bench-http-"))
    env = environment(args, tmp)
    prepare_database(args, env)
    targets = pick_targets(env)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    script = tmp / "report.lua"
    script.write_text(WRK_SCRIPT)
    server = start_gunicorn(args, env, port)
    try:
        check(base, "/bench/ok", None, "ok")
        for _who, path, cookie, marker in targets["rows"]:
            check(base, path, cookie, marker)
        bare = [measure(args, script, base + "/bench/ok", None)]
        results = []
        half = len(targets["rows"]) // 2
        for i, (who, path, cookie, _marker) in enumerate(targets["rows"]):
            if i == half:
                bare.append(measure(args, script, base + "/bench/ok", None))
            results.append((who, path, measure(args, script, base + path, cookie)))
        bare.append(measure(args, script, base + "/bench/ok", None))
    finally:
        stop(server)
        shutil.rmtree(tmp, ignore_errors=True)
        if args.drop:
            from django.db import connections

            connections.close_all()
            stack.drop(args.postgres, args.database)
    report(args, bare, results)


def report(args, bare: list[dict], results: list) -> None:
    ceiling = statistics.mean(b["rps"] for b in bare)
    size = args.size
    print(
        f"\n{size['learners']:,} learners, {size['businesses']:,} businesses, "
        f"{size['courses']} courses; gunicorn {args.workers} sync workers, {args.generator} "
        f"{args.connections} connections, {args.duration} s per page"
    )
    spread = ", ".join(f"{b['rps']:.0f}" for b in bare)
    print(f"bare view /bench/ok: {ceiling:8.0f} req/s (before, between, after: {spread})")
    print(
        f"{'who':10s} {'page':46s} {'req/s':>8s} {'p50 ms':>7s} {'p95 ms':>7s} "
        f"{'p99 ms':>7s} {'errors':>6s} {'x bare':>7s}  target"
    )
    failed = False
    for who, path, r in results:
        ratio = r["rps"] / ceiling
        if who in ("staff", "admin"):
            ok = r["p95"] / 1000 < TARGET_STAFF_P95_MS
            target = f"p95 < {TARGET_STAFF_P95_MS} ms"
        else:
            ok = ratio >= TARGET_RATIO[who]
            target = f">= {TARGET_RATIO[who]:.2f}"
        ok = ok and r["errors"] == 0
        failed |= not ok
        shown = path if len(path) <= 46 else path[:20] + "…" + path[-25:]
        print(
            f"{who:10s} {shown:46s} {r['rps']:8.0f} {r['p50'] / 1000:7.1f} "
            f"{r['p95'] / 1000:7.1f} {r['p99'] / 1000:7.1f} {r['errors']:6d} {ratio:7.3f}  "
            f"{target} {'met' if ok else 'MISSED'}"
        )
    errors = sum(r["errors"] for _w, _p, r in results) + sum(b["errors"] for b in bare)
    print(f"errors: {errors}; targets {'missed' if failed else 'met'}")
    if errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
