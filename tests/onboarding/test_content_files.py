"""onboarding/content_files.py: the readers of the journey files (a broken file fails with a
message naming it and the step) and how a step is resolved (shared steps with the
journey's overrides, legal bases, courses). Pure data: no database. What the shipped files
must hold is checked in tests/content/test_content.py."""

import shutil
from pathlib import Path

import pytest

from courses.content_files import legal_bases
from onboarding import content_files as journey_files
from portal.content import ContentError
from tests.content.edits import edit, refusal_of


def _copy_journey(tmp_path, key) -> Path:
    target = tmp_path / f"{key}.yaml"
    shutil.copy(journey_files.JOURNEYS / f"{key}.yaml", target)
    return target


def test_a_journey_that_breaks_the_rules_is_refused_with_the_step(tmp_path):
    path = _copy_journey(tmp_path, "shopee-store")
    edit(path, "  - use: verify-identity\n", "  - use: verify-idenity\n")
    edit(path, "    depends_on: [verify-identity]\n", "    depends_on: [first-listing]\n")
    message = refusal_of(journey_files.read_journey, path)
    assert "shopee-store.yaml: step 3: no shared step 'verify-idenity'" in message
    assert "step shop-setup: depends on first-listing, which is not above it" in message


def test_a_journey_step_with_an_unknown_legal_basis_or_field_is_refused(tmp_path):
    path = _copy_journey(tmp_path, "notify-website")
    edit(path, "    legal_basis: decree-98-2020\n", "    legal_basis: decree-98-2021\n")
    with pytest.raises(ContentError, match="legal basis 'decree-98-2021' is not in"):
        journey_files.read_journey(path)
    edit(path, "    legal_basis: decree-98-2021\n", "    evidnce: url\n")
    with pytest.raises(ContentError, match="notify-website.yaml: at steps"):
        journey_files.read_journey(path)


def test_a_shared_step_takes_the_journeys_overrides():
    tiki_store = journey_files.read_journey(journey_files.JOURNEYS / "tiki-store.yaml")
    tiki = {step["key"]: step for step in tiki_store["steps"]}
    shared = journey_files.shared_steps()["verify-identity"]
    assert tiki["verify-identity"]["guidance"] == shared["guidance"]
    assert tiki["verify-identity"]["depends_on"] == ["verify-phone"]
    assert tiki["complete-course"]["course_slug"] == "mo-gian-hang-shopee-lazada-tiki"
    basis = legal_bases()["law-122-2025"]
    assert tiki["verify-identity"]["legal_document"] == basis["title"]
    assert tiki["verify-identity"]["legal_document_en"] == basis["title_en"]
    assert tiki["verify-identity"]["legal_valid_from"] == "2026-07-01"


def test_a_file_named_for_another_key_or_with_a_key_twice_is_refused(tmp_path):
    path = _copy_journey(tmp_path, "shopee-store")
    renamed = path.with_name("shopee.yaml")
    path.rename(renamed)
    edit(renamed, "  - key: shop-setup\n", "  - key: verify-identity\n")
    message = refusal_of(journey_files.read_journey, renamed)
    assert "shopee.yaml: the file is named shopee.yaml but the key is shopee-store" in message
    assert "another step has the key verify-identity" in message


def test_steps_get_the_defaults_and_journeys_come_in_file_name_order(tmp_path):
    for key in ("tiki-store", "notify-website", "shopee-store"):
        _copy_journey(tmp_path, key)
    journeys = journey_files.read_journeys(tmp_path)
    assert [j["key"] for j in journeys] == ["notify-website", "shopee-store", "tiki-store"]
    defaulted = 0
    for journey in journeys:
        raw = journey_files.read_checked(
            tmp_path / f"{journey['key']}.yaml", schema=journey_files.JOURNEY_SCHEMA
        )
        for written, step in zip(raw["steps"], journey["steps"], strict=True):
            if "use" in written:
                continue
            for field, default in journey_files.STEP_DEFAULTS.items():
                assert step[field] == written.get(field, default), (step["key"], field)
                defaulted += field not in written
    assert defaulted  # the files leave some fields to the defaults
