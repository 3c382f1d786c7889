"""Status colours mean one thing each (static/css/portal.css says which): red only for
errors, refusals, revocations and destructive actions. A template line that shows red must
say one of those; anything else (a category, a waiting state, an overdue step) is plain
or amber."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(
    p
    for p in ROOT.glob("**/templates/**/*.html")
    if ".venv" not in p.parts and "node_modules" not in p.parts
)
RED = re.compile(r"badge-red|message-error")
# What red may say: errors and refusals (and the statuses that are refusals).
REFUSAL = re.compile(
    r"error|invalid|revoked|rejected|rejection|declined|expired|cannot|status|errors",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_red_is_only_for_errors_and_refusals(path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for match in RED.finditer(line):
            around = line[max(0, match.start() - 160) : match.end() + 160]
            assert REFUSAL.search(around), f"{path.name}:{number} shows red for: {around}"


def test_warnings_are_not_red():
    css = (ROOT / "static" / "css" / "portal.css").read_text(encoding="utf-8")
    warning = re.search(r"\.message-warning \{[^}]*\}", css).group(0)
    assert "--red" not in warning and "--amber" in warning
