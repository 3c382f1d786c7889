"""Server-side charts: small inline SVG bar charts, always paired with a table in the
template (the accessible text alternative)."""

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 190
CHART_WIDTH = 520


def bar_chart(rows: list[dict], *, label: str, value: str, title: str, colour="#0b5cab") -> str:
    """A horizontal bar chart of `rows` (dicts with `label` and `value` keys). The SVG is
    decorative for screen readers (aria-hidden) because a table shows the same numbers."""
    if not rows:
        return ""
    top = max(int(r[value]) for r in rows) or 1
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    bar_space = CHART_WIDTH - LABEL_WIDTH - 50
    parts = []
    for i, row in enumerate(rows):
        y = GAP + i * (BAR_HEIGHT + GAP)
        width = max(2, round(bar_space * int(row[value]) / top)) if row[value] else 0
        text = str(row[label])
        if len(text) > 28:
            text = text[:27] + "…"
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" font-size="12" fill="#1b1f24">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" rx="3" fill="{}"></rect>'
                '<text x="{}" y="{}" font-size="12" fill="#1b1f24">{}</text>',
                LABEL_WIDTH - 6,
                y + 15,
                text,
                LABEL_WIDTH,
                y,
                width,
                BAR_HEIGHT,
                colour,
                LABEL_WIDTH + width + 6,
                y + 15,
                row[value],
            )
        )
    return mark_safe(  # noqa: S308 - every part above is escaped by format_html
        f'<svg class="bar-chart" viewBox="0 0 {CHART_WIDTH} {height}" width="100%" '
        f'role="img" aria-hidden="true" focusable="false"><title>{escape(title)}</title>'
        + "".join(parts)
        + "</svg>"
    )
