"""Vietnam's provincial units: loading the reference data and resolving names.

The data file is a copy of ../shared/domain/provinces.json (34 current units since
2025-07-01, and the 63 former units with the unit each merged into).
"""

import json
import unicodedata
from functools import cache
from pathlib import Path

from django.utils.text import slugify

from portal.models import Province

DATA_FILE = Path(__file__).with_name("provinces.json")

HO_CHI_MINH_CODE = 79
HA_NOI_CODE = 1


@cache
def reference_data() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def load_provinces(province_model) -> None:
    """Creates or updates every unit. Takes the model so a data migration can pass its
    historical model. Idempotent."""
    data = reference_data()
    current = {}
    for row in data["current"]:
        obj, _ = province_model.objects.update_or_create(
            code=row["code"],
            is_current=True,
            defaults={"name": row["name_vi"], "codename": row["codename"], "kind": row["kind"]},
        )
        current[row["code"]] = obj
    for row in data["legacy"]:
        province_model.objects.update_or_create(
            code=row["code"],
            is_current=False,
            defaults={
                "name": row["name_vi"],
                "codename": row.get("codename") or _codename(row["name_vi"]),
                "kind": row.get("kind", ""),
                "merged_into": current[row["successor_code"]],
            },
        )


def _codename(name: str) -> str:

    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    return slugify("".join(c for c in plain if not unicodedata.combining(c))).replace("-", "_")


def current_province(code: int):

    return Province.objects.get(code=code, is_current=True)
