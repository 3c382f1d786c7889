"""Screenshots of the main pages as each demo user sees them, in Vietnamese and English,
on a desktop and a phone. Run against `make run`:

    .venv/bin/python scripts/screenshot_tour.py [http://127.0.0.1:8000]

Writes var/screenshots/tour/<user>-<page>-<lang>-<device>.png (Debian's chromium).
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
OUT = Path(__file__).resolve().parents[1] / "var" / "screenshots" / "tour"
PASSWORD = "demo-pass-2026"
TOUR = {
    None: ["/", "/courses/", "/certificates/verify/", "/accounts/login/"],
    "learner@demo.example": ["/learning/", "/onboarding/", "/certificates/"],
    "staff@demo.example": ["/onboarding/staff/", "/staff/officials/"],
    "staff.hanoi@demo.example": ["/onboarding/staff/"],
}
DEVICES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for user, paths in TOUR.items():
            for device, viewport in DEVICES.items():
                context = browser.new_context(viewport=viewport)
                page = context.new_page()
                if user:
                    page.goto(BASE + "/accounts/login/")
                    page.fill("input[name=login]", user)
                    page.fill("input[name=password]", PASSWORD)
                    page.click("form button[type=submit]")
                    page.wait_for_load_state()
                for lang in ("vi", "en"):
                    for path in paths:
                        page.goto(f"{BASE}{path}?lang={lang}")
                        name = (path.strip("/").replace("/", "_") or "home") + f"-{lang}-{device}"
                        who = (user or "anonymous").split("@")[0]
                        page.screenshot(path=str(OUT / f"{who}-{name}.png"), full_page=True)
                        print(who, path, lang, device)
                context.close()
        browser.close()


if __name__ == "__main__":
    main()
