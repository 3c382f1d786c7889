"""Renders the course covers' SVG sources (courses/content/covers/*.svg) to the PNGs the
content loader imports as Wagtail images. Run after editing an SVG:

    .venv/bin/python scripts/render_covers.py

PNG rather than SVG in the CMS: uploads of SVG would let any editor store script-bearing
files on the site, and PNG renditions work with every image filter.
"""

from pathlib import Path

from playwright.sync_api import sync_playwright

COVERS = Path(__file__).resolve().parent.parent / "courses" / "content" / "covers"
SIZE = {"width": 1200, "height": 675}


def main() -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport=SIZE)
        for svg in sorted(COVERS.glob("*.svg")):
            page.goto(svg.as_uri())
            page.screenshot(path=svg.with_suffix(".png"))
            print(svg.with_suffix(".png").name)
        browser.close()


if __name__ == "__main__":
    main()
