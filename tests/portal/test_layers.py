"""The apps are layers (README "Architecture"): import-linter's contract in pyproject.toml
holds, and it fails when a module imports from an app above its own."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from importlinter import api

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _contract() -> dict:
    options = api.read_configuration(str(ROOT / "pyproject.toml"))
    (contract,) = [c for c in options["contracts_options"] if c.get("id") == "layers"]
    return {"roots": options["session_options"]["root_packages"], **contract}


def test_the_contract_names_every_app_lowest_last():
    contract = _contract()
    assert contract["type"] == "layers"
    assert contract["layers"] == [
        "home",
        "events",
        "onboarding",
        "courses",
        "certification",
        "portal",
    ]
    assert sorted(contract["roots"]) == sorted(contract["layers"])


def _lint(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", "pyproject.toml", "--no-cache"],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def tree(tmp_path) -> Path:
    """A copy of the apps' Python modules and the contract, to add a module to."""
    for package in _contract()["roots"]:
        shutil.copytree(
            ROOT / package,
            tmp_path / package,
            ignore=shutil.ignore_patterns(
                "__pycache__", "templates", "static", "locale", "content", "*.mo", "*.po"
            ),
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_layers_hold_and_an_upward_import_breaks_them(tree):
    kept = _lint(tree)
    assert kept.returncode == 0, kept.stdout + kept.stderr
    assert "1 kept, 0 broken" in kept.stdout

    # certification is below onboarding: importing its models from there is refused.
    (tree / "certification" / "upward.py").write_text("from onboarding.models import Business\n")
    broken = _lint(tree)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "BROKEN" in broken.stdout
    assert "certification.upward -> onboarding.models" in broken.stdout
