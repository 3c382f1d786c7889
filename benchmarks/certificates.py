"""Certificate figures: PDFs rendered per second on one core, against a baseline measured
in the same run, and the time to issue 10,000 certificates through the task queue.

    .venv/bin/python benchmarks/certificates.py [--pdfs 300] [--issue 10000]

Baseline: a plain ReportLab certificate drawn the straightforward way: the TTF fonts
registered for every document, the images decoded for every document, and the QR code
drawn with ReportLab's own pure-Python QR widget. Ours (certification/pdf.py): fonts
registered once, images decoded once, the QR code drawn from segno's module matrix as
merged rectangles. Issuing runs in process (the embedded default: Celery eager) on a
throw-away SQLite database: commit the row, then the PDF task and the e-mail task.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TMP = Path(tempfile.mkdtemp(prefix="cert-bench-"))
os.environ.update(
    {
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "SQLITE_PATH": str(TMP / "bench.sqlite3"),
        "MEDIA_ROOT": str(TMP / "media"),
        "PRIVATE_STORAGE_ROOT": str(TMP / "private"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "CERTIFICATE_SIGNING_KEY_FILE": str(TMP / "key.pem"),
        "LOG_LEVEL": "WARNING",
        "CELERY_BROKER_URL": "",
    }
)


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
    print(f"ratio against baseline: {distinct / baseline:.1f}x (target: >= 50 PDFs/s per core)")


def bench_issue(count: int) -> None:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core import mail
    from django.core.management import call_command

    from certification import demo, services
    from certification.models import Certificate

    # Only what certificates need (and what that depends on).
    call_command("migrate", "certification", verbosity=0)
    call_command("migrate", "wagtailcore", verbosity=0)  # its usage index of templates
    demo.load()  # the demo templates, with their logo and signature images
    template = demo.template(demo.COURSE_TEMPLATE)
    side = max(1, int(count**0.5))
    users = [
        get_user_model().objects.create(username=f"u{i}", email=f"u{i}@example.com")
        for i in range(side)
    ]
    subjects = []
    for i in range((count + side - 1) // side):
        group = Group.objects.create(name=f"bench-course-{i}")
        group.certificate_template = template
        group.certificate_title = f"Khoá học thương mại điện tử số {i}"
        group.certificate_province = None
        group.get_retake_url = lambda: ""
        subjects.append(group)
    pairs = [(u, s) for s in subjects for u in users][:count]
    start = time.perf_counter()
    for user, subject in pairs:
        services.certificate_issue(recipient=user, subject=subject)
    elapsed = time.perf_counter() - start
    issued = Certificate.objects.exclude(pdf="").count()
    print(
        f"issued {issued} certificates (row, signed credential, PDF task, e-mail task; "
        f"in process) in {elapsed:.1f} s: {issued / elapsed:.1f} per second; "
        f"{len(mail.outbox)} e-mails"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfs", type=int, default=300)
    parser.add_argument("--issue", type=int, default=10_000)
    args = parser.parse_args()
    bench_pdfs(args.pdfs)
    if args.issue:
        bench_issue(args.issue)


if __name__ == "__main__":
    main()
