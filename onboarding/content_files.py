"""The journey template files: `onboarding/content/journeys/<key>.yaml` (one per template)
and `onboarding/content/shared_steps.yaml`, read, checked against their JSON Schemas and
resolved into the shape `services.journey_templates_load_defaults` writes.

Resolving means: a step written `use: <key>` becomes the shared step with the journey's
overrides; a `legal_basis` key becomes the legal basis' titles and dates (defined once,
in courses/content/legal_bases.yaml); `course:` becomes `course_slug`. Pure data (no
ORM), so the content tests run without a database.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from courses.content_files import legal_bases
from portal.content import ContentError, read_checked

CONTENT = Path(__file__).resolve().parent / "content"
JOURNEYS = CONTENT / "journeys"
JOURNEY_SCHEMA = CONTENT / "journey.schema.json"
SHARED_STEPS = CONTENT / "shared_steps.yaml"
SHARED_STEPS_SCHEMA = CONTENT / "shared_steps.schema.json"

STEP_DEFAULTS = {
    "evidence": "none",
    "review_required": False,
    "optional": False,
    "depends_on": [],
    "duration_days": 1,
}


@cache
def shared_steps() -> dict[str, dict]:
    return read_checked(SHARED_STEPS, schema=SHARED_STEPS_SCHEMA)


def read_journey(path: Path) -> dict:
    """One journey file, resolved. Raises ContentError naming the file and the step when
    a shared step or legal basis is unknown, two steps share a key, or a step depends on
    one that is not above it (staff could not save such a template in the admin)."""
    data = read_checked(path, schema=JOURNEY_SCHEMA)
    problems = []
    if path.stem != data["key"]:
        problems.append(f"the file is named {path.name} but the key is {data['key']}")
    steps, above = [], set()
    for position, raw in enumerate(data["steps"], start=1):
        try:
            step = _resolve_step(raw)
        except ContentError as exc:
            problems.append(f"step {position}: {exc}")
            continue
        if step["key"] in above:
            problems.append(f"step {position}: another step has the key {step['key']}")
        for key in step["depends_on"]:
            if key not in above:
                problems.append(f"step {step['key']}: depends on {key}, which is not above it")
        above.add(step["key"])
        steps.append(step)
    if problems:
        raise ContentError("\n".join(f"{path.name}: {problem}" for problem in problems))
    certificate = data["certificate"]
    return {
        "key": data["key"],
        "title": data["title"],
        "title_en": data["title_en"],
        "description": data["description"],
        "description_en": data["description_en"],
        "platform": data["platform"],
        "issues_certificate": certificate is not None,
        "certificate_template": certificate["template"] if certificate else None,
        "steps": steps,
    }


def _resolve_step(raw: dict) -> dict:
    if "use" in raw:
        shared = shared_steps().get(raw["use"])
        if shared is None:
            raise ContentError(f"no shared step {raw['use']!r} in shared_steps.yaml")
        raw = {**shared, **{k: v for k, v in raw.items() if k != "use"}}
    step = {**STEP_DEFAULTS, **raw}
    basis = {}
    if "legal_basis" in step:
        basis = legal_bases().get(step["legal_basis"])
        if basis is None:
            raise ContentError(f"legal basis {step['legal_basis']!r} is not in legal_bases.yaml")
    return {
        "key": step["key"],
        "title": step["title"],
        "title_en": step["title_en"],
        "guidance": step["guidance"],
        "guidance_en": step["guidance_en"],
        "legal_document": basis.get("title", ""),
        "legal_document_en": basis.get("title_en", ""),
        "legal_valid_from": basis.get("valid_from"),
        "legal_valid_to": basis.get("valid_to"),
        "evidence": step["evidence"],
        "review_required": step["review_required"],
        "optional": step["optional"],
        "depends_on": list(step["depends_on"]),
        "duration_days": step["duration_days"],
        "course_slug": step.get("course", ""),
    }


def read_journeys(directory: Path = JOURNEYS) -> list[dict]:
    """Every journey file of `directory`, resolved, in file-name order (each file is named
    after its key, so keys are unique)."""
    return [read_journey(path) for path in sorted(directory.glob("*.yaml"))]
