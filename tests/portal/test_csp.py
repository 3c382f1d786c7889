"""Content-Security-Policy: no inline scripts on the portal; Wagtail's admin gets only the
additions it needs. The browser tests (tests/e2e) fail on anything the policy blocks."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(
    p
    for p in ROOT.glob("**/templates/**/*.html")
    if not {".venv", "node_modules", "var"} & set(p.relative_to(ROOT).parts)
)
# A <script> without src that is not a data block (JSON) would run inline.
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=[\"']application/(?:ld\+)?json[\"'])[^>]*>", re.I
)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
JAVASCRIPT_URL = re.compile(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", re.I)


def header(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {name: values for name, *values in (d.split() for d in policy.split(";") if d.strip())}


def test_templates_have_no_inline_scripts_or_event_handlers():
    assert len(TEMPLATES) > 20  # the scan does see the project's templates
    found = []
    for path in TEMPLATES:
        text = path.read_text(encoding="utf-8")
        for pattern in (INLINE_SCRIPT, EVENT_HANDLER, JAVASCRIPT_URL):
            found += [
                f"{path.relative_to(ROOT)}: {m.group(0)[:60]}" for m in pattern.finditer(text)
            ]
    assert found == []


def test_every_page_carries_a_policy_without_inline_scripts(client, home_page):
    policy = header(client.get("/"))
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert "https://www.youtube.com" in policy["frame-src"]  # lesson videos
    # Error pages and allauth's too.
    assert header(client.get("/khong-co/"))["script-src"] == ["'self'"]
    assert header(client.get("/accounts/login/"))["script-src"] == ["'self'"]


def test_the_admin_gets_its_additions_and_nothing_else_does(client, national_admin, home_page):
    from django.conf import settings

    client.force_login(national_admin)
    admin = header(client.get("/admin/"))
    for directive, values in settings.CONTENT_SECURITY_POLICY_ADMIN_UPDATE.items():
        assert set(values) <= set(admin[directive])
    public = header(client.get("/"))
    assert public["script-src"] == ["'self'"]
    assert "blob:" not in public["img-src"]


def test_the_language_switch_works_from_a_static_file(client, home_page):
    html = client.get("/").content.decode()
    assert "data-submit-on-change" in html
    assert re.search(r'<script src="/static/js/portal\.js" defer>', html)
    assert "document.addEventListener" in (ROOT / "static" / "js" / "portal.js").read_text()
