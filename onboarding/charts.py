"""Server-side charts: small inline SVG bar charts, always paired with a table in the
template (the accessible text alternative)."""

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

ROW = 42  # label line + bar
BAR_HEIGHT = 16
CHART_WIDTH = 520


def bar_chart(rows: list[dict], *, label: str, value: str, title: str, colour="#0b5cab") -> str:
    """A horizontal bar chart of `rows` (dicts with `label` and `value` keys), each label on
    its own line above its bar so long Vietnamese titles are never cut. The SVG is hidden
    from screen readers because a table next to it shows the same numbers."""
    if not rows:
        return ""
    top = max(int(r[value]) for r in rows) or 1
    height = len(rows) * ROW + 4
    bar_space = CHART_WIDTH - 50
    parts = []
    for i, row in enumerate(rows):
        y = i * ROW
        width = max(2, round(bar_space * int(row[value]) / top)) if row[value] else 0
        text = str(row[label])
        if len(text) > 80:
            text = text[:79] + "…"
        parts.append(
            format_html(
                '<text x="0" y="{}" font-size="13" fill="#1b1f24">{}</text>'
                '<rect x="0" y="{}" width="{}" height="{}" rx="3" fill="{}"></rect>'
                '<text x="{}" y="{}" font-size="13" font-weight="600" fill="#1b1f24">{}</text>',
                y + 14,
                text,
                y + 20,
                width,
                BAR_HEIGHT,
                colour,
                width + 6,
                y + 33,
                row[value],
            )
        )
    return mark_safe(  # noqa: S308 - every part above is escaped by format_html
        f'<svg class="bar-chart" viewBox="0 0 {CHART_WIDTH} {height}" width="100%" '
        f'aria-hidden="true" focusable="false"><title>{escape(title)}</title>'
        + "".join(parts)
        + "</svg>"
    )
