"""Certificate figures: PDFs rendered per second on one core, against a baseline measured
in the same run, and the time to issue 10,000 certificates through the task queue.

    .venv/bin/python benchmarks/certificates.py                        # 300 PDFs, 10,000 issued
    .venv/bin/python benchmarks/certificates.py --pdfs 30 --issue 200  # seconds: what CI runs

Baseline: a plain ReportLab certificate drawn the straightforward way: the TTF fonts
registered for every document, the images decoded for every document, and the QR code
drawn with ReportLab's own pure-Python QR widget. Ours (certification/pdf.py): fonts
registered once, images decoded once, the QR code drawn from segno's module matrix as
merged rectangles.

Issuing is production's path: PostgreSQL and Redis (the services `.ci/run` starts; see
benchmarks/stack.py) and two Celery workers (one process each). This process queues the
completions of courses (real course pages, learners with profiles in the provinces) as the
portal queues many at once: certification.services.certificates_issue_queue, a task per
batch of learners. The workers issue them (row, signed credential, notification; the PDF
and e-mail tasks queued on commit), render the PDFs and send the e-mails. The clock starts
when the first batch is queued and stops when every certificate has its PDF and its
e-mail. Target: 10,000 in under 5 minutes. The database is a fresh copy of the migrated
template, dropped afterwards. BENCH_WORKER_LOGLEVEL=INFO has the workers log each task's time.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project, not benchmarks/, first on the path: benchmarks/http.py would shadow the
# standard library's http package.
sys.path[0] = str(ROOT)

from benchmarks import stack  # noqa: E402

TARGET_PDFS_PER_SECOND = 50
TARGET_ISSUE_SECONDS_PER_10000 = 300


def _png(colour, size=(360, 160)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


LOGO, SIGNATURE = _png((179, 38, 30)), _png((20, 40, 120))
URL = "https://portal.example.vn/certificates/verify/ABCD2345EFGH6/"


def content():
    from certification import pdf

    look = pdf.Look(
        "Sở Công Thương Thành phố Hồ Chí Minh",
        "Ho Chi Minh City Department of Industry and Trade",
        "Chứng nhận hoàn thành khoá học",
        "Certificate of course completion",
        "đã hoàn thành khoá học",
        "has successfully completed the course",
        "Bùi Tá Hoàng Vũ",
        "Giám đốc Sở Công Thương",
        logo=LOGO,
        signature=SIGNATURE,
    )
    return pdf.Content(
        look=look,
        recipient_name="Nguyễn Thị Thu Hà",
        subject_title="Thương mại điện tử cơ bản cho doanh nghiệp nhỏ",
        issued_on_vi="25/11/2026",
        issued_on_en="25 November 2026",
        code="ABCD2345EFGH6",
        verify_url=URL,
        credential_json=b'{"@context": [], "proof": {"proofValue": "z' + b"x" * 88 + b'"}}',
    )


def baseline_render(c) -> bytes:
    """The straightforward way, nothing cached."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from certification.pdf import font_dir

    for name, file in (("BaseRegular", "Regular"), ("BaseBold", "Bold")):
        pdfmetrics.registerFont(TTFont(name, str(font_dir() / f"BeVietnamPro-{file}.ttf")))
    w, h = landscape(A4)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(w, h))
    canvas.rect(18, 18, w - 36, h - 36)
    canvas.drawImage(ImageReader(io.BytesIO(c.look.logo)), 52, h - 112, 64, 64)
    canvas.setFont("BaseBold", 13)
    canvas.drawCentredString(w / 2, h - 70, c.look.issuer_name.upper())
    canvas.setFont("BaseBold", 30)
    canvas.drawCentredString(w / 2, h - 130, c.look.title.upper())
    canvas.setFont("BaseRegular", 13)
    canvas.drawCentredString(w / 2, h - 150, c.look.title_en)
    canvas.setFont("BaseBold", 28)
    canvas.drawCentredString(w / 2, h - 220, c.recipient_name)
    canvas.setFont("BaseRegular", 12)
    canvas.drawCentredString(w / 2, h - 250, c.look.wording)
    canvas.setFont("BaseBold", 17)
    canvas.drawCentredString(w / 2, h - 280, c.subject_title)
    canvas.setFont("BaseRegular", 11)
    canvas.drawCentredString(w / 2, h - 310, f"Cấp ngày {c.issued_on_vi}")
    canvas.drawImage(ImageReader(io.BytesIO(c.look.signature)), w - 270, 88, 140, 60)
    canvas.drawCentredString(w - 200, 70, c.look.signatory_name)
    widget = QrCodeWidget(c.verify_url)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(92, 92, transform=[92 / (x1 - x0), 0, 0, 92 / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, 56, 78)
    canvas.drawString(56, 62, c.code)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def per_second(render, items) -> float:
    """Renders per second of CPU time of this process (pinned to one core): the figure
    per core, not disturbed by other work on a shared machine."""
    render(items[0])  # warm-up (imports)
    start = time.process_time()
    for item in items:
        render(item)
    return len(items) / (time.process_time() - start)


def bench_pdfs(count: int) -> None:
    from certification import pdf

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    import dataclasses

    c = content()
    # Each certificate has its own URL and code: no cache may flatter the figures.
    items = [
        dataclasses.replace(
            c,
            verify_url=f"https://portal.example.vn/certificates/verify/{i:013d}/",
            code=f"{i:013d}",
        )
        for i in range(count)
    ]
    baseline = per_second(baseline_render, items[: max(20, count // 5)])
    ours = per_second(pdf.render, [c] * count)
    distinct = per_second(pdf.render, items)
    print(f"baseline (ReportLab QR widget, nothing cached): {baseline:8.1f} PDFs/s on one core")
    print(f"certification.pdf, same certificate:            {ours:8.1f} PDFs/s on one core")
    print(f"certification.pdf, a new QR code each time:     {distinct:8.1f} PDFs/s on one core")
    ok = distinct >= TARGET_PDFS_PER_SECOND
    print(
        f"ratio against baseline: {distinct / baseline:.1f}x "
        f"(target: >= {TARGET_PDFS_PER_SECOND} PDFs/s per core) {'met' if ok else 'MISSED'}"
    )


def bench_issue(count: int, *, postgres: str, redis_url: str) -> None:
    stack.require_services(postgres, redis_url)
    tmp = Path(tempfile.mkdtemp(prefix="cert-bench-"))
    database = f"bench_certificates_{os.getpid()}"
    broker = f"{redis_url}/13"
    env = stack.environment(
        database_url=f"{postgres}/{database}",
        redis_url=f"{redis_url}/12",
        tmp=tmp,
        broker_url=broker,
    )
    stack.migrated_database(postgres, database, env)
    import redis

    # A queue and worker names of this run's own (benchmarks/http_settings.py): another run
    # on the same Redis neither takes its tasks nor answers for its workers.
    env["BENCH_CELERY_QUEUE"] = f"bench-certificates-{os.getpid()}"
    os.environ.update(env)
    workers = []
    try:
        import django

        django.setup()
        from django.db import connections

        courses, users = _issue_setup(count)
        connections.close_all()
        workers = [
            subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "celery",
                    "-A",
                    "portal",
                    "worker",
                    "--concurrency=1",
                    f"--hostname=bench{n}-{os.getpid()}@%h",
                    "--loglevel=" + os.environ.get("BENCH_WORKER_LOGLEVEL", "WARNING"),
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                ],
                env=env,
                cwd=ROOT,
            )
            for n in (1, 2)
        ]
        _wait_for_workers(len(workers))
        worker_cpu = _cpu_seconds(_tree([w.pid for w in workers]))
        elapsed, issued_in = _issue(courses, users, count, workers)
        worker_cpu = _cpu_seconds(_tree([w.pid for w in workers])) - worker_cpu
        database_cpu = _cpu_seconds(_backends(postgres, database))
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            try:
                worker.wait(timeout=60)
            except subprocess.TimeoutExpired:
                worker.kill()
        from django.db import connections

        connections.close_all()
        stack.drop(postgres, database)
        redis.Redis.from_url(broker).delete(env["BENCH_CELERY_QUEUE"])
        shutil.rmtree(tmp, ignore_errors=True)
    projected = elapsed * 10_000 / count
    print(
        f"issued {count} certificates through the queue (PostgreSQL, Redis, 2 Celery workers): "
        f"issued (rows, credentials) by the workers in {issued_in:.1f} s, every PDF and "
        f"e-mail done after "
        f"{elapsed:.1f} s: {count / elapsed:.1f} per second"
    )
    if worker_cpu:
        print(
            f"CPU: the workers {worker_cpu:.0f} s ({1000 * worker_cpu / count:.1f} ms a "
            f"certificate), PostgreSQL for this database {database_cpu:.0f} s "
            f"({1000 * database_cpu / count:.1f} ms); on two idle cores: about "
            f"{(worker_cpu + database_cpu) / 2 * 10_000 / count:.0f} s for 10,000"
        )
    ok = projected < TARGET_ISSUE_SECONDS_PER_10000
    print(
        f"10,000 certificates: {projected:.0f} s{' (projected)' if count != 10_000 else ''} "
        f"(target: < {TARGET_ISSUE_SECONDS_PER_10000} s) {'met' if ok else 'MISSED'}"
    )


PYTHON = sys.executable
LEARNERS_PER_COURSE = 1000


def _stat(pid: int) -> list[str]:
    """Fields of /proc/<pid>/stat after the command name (empty if it has gone)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return text[text.rindex(")") + 2 :].split()


def _tree(pids: list[int]) -> list[int]:
    """``pids`` and their descendants (a worker and its pool process)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))):
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], list(pids)
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time of these processes so far (0 where /proc is missing)."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0
    for pid in pids:
        fields = _stat(pid)
        if fields:
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def _backends(postgres: str, database: str) -> list[int]:
    """The PostgreSQL server processes of ``database``'s connections (on this machine)."""
    pids = stack.psql(
        postgres, f"SELECT pid FROM pg_stat_activity WHERE datname = '{database}'"
    ).split()
    return [int(pid) for pid in pids]


def _issue_setup(count: int):
    """The demo templates, courses (published, without lessons: issuing reads only their
    titles and template) and learners with profiles spread over the provinces."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Site

    from certification import demo
    from courses.models import CatalogPage, CoursePage
    from courses.services import section_create
    from portal.models import Profile, Province

    demo.load()  # the demo templates, with their logo and signature images
    template = demo.template(demo.COURSE_TEMPLATE)
    catalog = CatalogPage(title="Khoá học", slug="courses")
    Site.objects.get(is_default_site=True).root_page.add_child(instance=catalog)
    section = section_create(province=None, catalog=catalog)
    courses = []
    for i in range((count + LEARNERS_PER_COURSE - 1) // LEARNERS_PER_COURSE):
        course = CoursePage(
            title=f"Thương mại điện tử cơ bản số {i}",
            title_en=f"E-commerce basics no. {i}",
            slug=f"bench-{i}",
            summary="Mở gian hàng và bán hàng",
            track=CoursePage.Track.PLATFORM,
            level=CoursePage.Level.BEGINNER,
            audience=CoursePage.Audience.BUSINESS,
            pass_mark=70,
            certificate_template=template,
        )
        section.add_child(instance=course)
        course.save_revision().publish()
        courses.append(course)
    User = get_user_model()
    learners = min(count, LEARNERS_PER_COURSE)
    users = User.objects.bulk_create(
        [User(username=f"u{i}", email=f"u{i}@example.com") for i in range(learners)]
    )
    provinces = list(Province.objects.current())
    Profile.objects.bulk_create(
        [
            Profile(
                user=u, full_name=f"Nguyễn Thị Học Viên {i}", province=provinces[i % len(provinces)]
            )
            for i, u in enumerate(users)
        ]
    )
    return courses, users


def _wait_for_workers(n: int) -> None:
    from portal.celery import app

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        replies = app.control.ping(timeout=1.0) or []
        ours = [name for reply in replies for name in reply if f"-{os.getpid()}@" in name]
        if len(ours) >= n:
            return
    raise SystemExit("the Celery workers did not start within 120 s")


def _issue(courses, users, count: int, workers) -> tuple[float, float]:
    from certification import services
    from certification.models import Certificate

    start = time.perf_counter()
    left = count
    for course in courses:
        services.certificates_issue_queue(subject=course, recipients=users[:left])
        left -= min(left, len(users))
    issued_in = None
    deadline = time.monotonic() + 45 * 60
    # Counting 10,000 rows five times a second would take a share of the workers' cores.
    pause = 0.2 if count <= 1000 else 1.0
    while time.monotonic() < deadline:
        if issued_in is None and Certificate.objects.count() >= count:
            issued_in = time.perf_counter() - start
        done = Certificate.objects.exclude(pdf="").filter(emailed_at__isnull=False).count()
        if done >= count:
            return time.perf_counter() - start, issued_in
        if any(worker.poll() is not None for worker in workers):
            raise SystemExit("a Celery worker stopped")
        time.sleep(pause)
    elapsed = time.perf_counter() - start
    raise SystemExit(
        f"only {done} of {count} certificates were delivered within {elapsed:.0f} s "
        f"({done / elapsed:.1f} per second)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfs", type=int, default=300)
    parser.add_argument("--issue", type=int, default=10_000, help="0: PDFs per second only")
    parser.add_argument("--postgres", default=stack.POSTGRES, help="the PostgreSQL server")
    parser.add_argument("--redis", default=stack.REDIS, help="the Redis server (databases 12, 13)")
    args = parser.parse_args()
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    bench_pdfs(args.pdfs)
    if affinity:
        os.sched_setaffinity(0, affinity)  # the workers get every core again
    if args.issue:
        bench_issue(args.issue, postgres=args.postgres, redis_url=args.redis)


if __name__ == "__main__":
    main()
