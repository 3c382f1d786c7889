"""Server-side charts: horizontal bar charts in plain HTML (each label a line of text, each
bar a box whose width is the value's share), always paired with a table in the template
(the accessible text alternative). HTML rather than SVG: an SVG scales its text down with
the chart, so on a phone its labels shrink to 7 pixels; HTML text keeps the page's size and
wraps."""

from django.utils.html import format_html, format_html_join


def bar_chart(rows: list[dict], *, label: str, value: str, title: str, colour="#0b5cab") -> str:
    """A bar chart of `rows` (dicts with `label` and `value` keys), each label on its own
    line above its bar so long Vietnamese titles wrap instead of being cut. Hidden from
    screen readers because a table next to it shows the same numbers."""
    if not rows:
        return ""
    top = max(int(r[value]) for r in rows) or 1
    items = format_html_join(
        "",
        '<li><span class="bar-label">{}</span><span class="bar-track"><span class="bar-area">'
        '<span class="bar" style="width: {}%; background: {}"></span></span>'
        '<span class="bar-value">{}</span></span></li>',
        (
            (
                row[label],
                max(1, round(100 * int(row[value]) / top, 1)) if row[value] else 0,
                colour,
                row[value],
            )
            for row in rows
        ),
    )
    return format_html(
        '<figure class="bar-chart" aria-hidden="true"><figcaption>{}</figcaption>'
        "<ol>{}</ol></figure>",
        title,
        items,
    )
