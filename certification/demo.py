"""Demo certificate templates (runs before courses.demo, which names the first template).

Idempotent: templates and their images are looked up by name/title, never duplicated.
"""

from __future__ import annotations

import io
import math

from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image, ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

from certification.models import CertificateTemplate

COURSE_TEMPLATE = "Chứng nhận khoá học · Sở Công Thương TP.HCM"
HANOI_COURSE_TEMPLATE = "Chứng nhận khoá học · Sở Công Thương Hà Nội"
NATIONAL_COURSE_TEMPLATE = "Chứng nhận khoá học · Cục TMĐT và KTS"
OFFICIALS_TEMPLATE = "Chứng nhận bồi dưỡng cán bộ · Cục TMĐT và KTS"
READINESS_TEMPLATE = "Chứng nhận sẵn sàng TMĐT · đồng ký Sở Công Thương"

# Demo signatories are placeholders, titled as such: a demo certificate must neither carry a
# real official's name nor present an invented person as the holder of a real office.
SAMPLE_SIGNATORY = "Nguyễn Văn Mẫu"
SAMPLE_SIGNATORY_TITLE = "Người ký mẫu (dữ liệu minh họa, không phải chức danh thật)"
SAMPLE_SIGNATORY_TITLE_EN = "Sample signatory (demo data, not a real office holder)"
# The placeholder as template fields (also for the events' demo templates).
SPECIMEN_SIGNATORY = {
    "signatory_name": SAMPLE_SIGNATORY,
    "signatory_title": SAMPLE_SIGNATORY_TITLE,
    "signatory_title_en": SAMPLE_SIGNATORY_TITLE_EN,
}

TEMPLATES = [
    {
        "name": COURSE_TEMPLATE,
        "issuer_name": "Sở Công Thương Thành phố Hồ Chí Minh",
        "issuer_name_en": "Ho Chi Minh City Department of Industry and Trade",
        "title": "Chứng nhận hoàn thành khoá học",
        "title_en": "Certificate of course completion",
        "wording": "đã hoàn thành khoá học",
        "wording_en": "has successfully completed the course",
        **SPECIMEN_SIGNATORY,
        "accent_colour": "#b3261e",
        "validity_months": None,
        "co_signer_name": "",
    },
    {
        "name": HANOI_COURSE_TEMPLATE,
        "issuer_name": "Sở Công Thương Thành phố Hà Nội",
        "issuer_name_en": "Hanoi Department of Industry and Trade",
        "title": "Chứng nhận hoàn thành khoá học",
        "title_en": "Certificate of course completion",
        "wording": "đã hoàn thành khoá học",
        "wording_en": "has successfully completed the course",
        **SPECIMEN_SIGNATORY,
        "accent_colour": "#8a5300",
        "validity_months": None,
        "co_signer_name": "",
    },
    {
        "name": NATIONAL_COURSE_TEMPLATE,
        "issuer_name": "Cục Thương mại điện tử và Kinh tế số",
        "issuer_name_en": "Vietnam E-commerce and Digital Economy Agency",
        "title": "Chứng nhận hoàn thành khoá học",
        "title_en": "Certificate of course completion",
        "wording": "đã hoàn thành khoá học",
        "wording_en": "has successfully completed the course",
        **SPECIMEN_SIGNATORY,
        "accent_colour": "#0b5cab",
        "validity_months": None,
        "co_signer_name": "",
    },
    {
        "name": OFFICIALS_TEMPLATE,
        "issuer_name": "Cục Thương mại điện tử và Kinh tế số",
        "issuer_name_en": "Vietnam E-commerce and Digital Economy Agency",
        "title": "Chứng nhận bồi dưỡng quản lý nhà nước về thương mại điện tử",
        "title_en": "Certificate of training in e-commerce administration",
        "wording": "đã hoàn thành chương trình bồi dưỡng",
        "wording_en": "has completed the training programme",
        **SPECIMEN_SIGNATORY,
        "accent_colour": "#0b5cab",
        "validity_months": 12,
        "co_signer_name": "",
    },
    {
        "name": READINESS_TEMPLATE,
        "issuer_name": "Cục Thương mại điện tử và Kinh tế số",
        "issuer_name_en": "Vietnam E-commerce and Digital Economy Agency",
        "title": "Chứng nhận doanh nghiệp sẵn sàng thương mại điện tử",
        "title_en": "E-commerce readiness certificate",
        "wording": "đã hoàn thành lộ trình",
        "wording_en": "has completed the onboarding journey",
        **SPECIMEN_SIGNATORY,
        "accent_colour": "#1e7b34",
        "validity_months": 24,
        "co_signer_name": "Sở Công Thương {province}",
    },
]


def _png(draw) -> bytes:

    image = Image.new("RGBA", (360, 160), (255, 255, 255, 0))
    draw(ImageDraw.Draw(image))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _logo(d) -> None:
    d.ellipse((100, 0, 260, 160), fill=(179, 38, 30, 255))
    points = []
    for i in range(10):
        r = 62 if i % 2 == 0 else 25
        a = -math.pi / 2 + i * math.pi / 5
        points.append((180 + r * math.cos(a), 82 + r * math.sin(a)))
    d.polygon(points, fill=(255, 205, 0, 255))


def _signature(d) -> None:
    points = [(20 + x * 3.2, 90 + 35 * math.sin(x / 9) * math.cos(x / 23)) for x in range(100)]
    d.line(points, fill=(20, 40, 120, 255), width=5)
    d.line([(60, 130), (300, 118)], fill=(20, 40, 120, 255), width=3)


def _image(title: str, draw):

    if not Collection.objects.filter(depth=1).exists():  # wiped by a test's flush
        Collection.add_root(name="Root")
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        image.file = ImageFile(
            io.BytesIO(_png(draw)), name=f"{title.lower().replace(' ', '-')}.png"
        )
        image.save()
    return image


def template_ensure(data: dict, **images) -> tuple[CertificateTemplate, bool]:
    """The demo template named ``data["name"]``, created or brought up to date with
    ``data`` (earlier demo data may differ, e.g. its signatories). Idempotent."""
    template, created = CertificateTemplate.objects.get_or_create(
        name=data["name"], defaults={**data, **images}
    )
    changed = {k: v for k, v in data.items() if getattr(template, k) != v}
    if changed:
        CertificateTemplate.objects.filter(pk=template.pk).update(**changed)
        template.refresh_from_db()
    return template, created


@transaction.atomic
def load(stdout=None) -> None:
    logo = _image("Demo certificate logo", _logo)
    signature = _image("Demo certificate signature", _signature)
    for data in TEMPLATES:
        template, created = template_ensure(data, logo_image=logo, signature_image=signature)
        if stdout is not None and created:
            stdout.write(f"certificate template: {template.name}")


def course_template(key) -> CertificateTemplate | None:
    """The demo template a course file's `certificate.template` names: `national` (the
    agency), `officials` (officials' training, valid a year) or a province code (that
    province's department); None for any other key or when the demo templates are absent."""
    name = {
        "national": NATIONAL_COURSE_TEMPLATE,
        "officials": OFFICIALS_TEMPLATE,
        79: COURSE_TEMPLATE,
        1: HANOI_COURSE_TEMPLATE,
    }.get(key)
    return template(name) if name else None


def template(name: str) -> CertificateTemplate | None:
    """A demo template by its name constant (for the other apps' demo loaders)."""
    return CertificateTemplate.objects.filter(name=name).first()
