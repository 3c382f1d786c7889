"""Server-side charts: horizontal bar charts in plain HTML (each label a line of text, each
bar a box whose width is the value's share), always paired with a table in the template
(the accessible text alternative). HTML rather than SVG: an SVG scales its text down with
the chart, so on a phone its labels shrink to 7 pixels; HTML text keeps the page's size and
wraps."""

from django.utils.html import format_html, format_html_join


def _field(row, name: str):
    return row[name] if isinstance(row, dict) else getattr(row, name)


def bar_chart(rows, *, label: str, value: str, title: str, colour="#0b5cab") -> str:
    """A bar chart of `rows` (dicts with `label` and `value` keys, or objects with those
    attributes), each label on its own
    line above its bar so long Vietnamese titles wrap instead of being cut. Hidden from
    screen readers because a table next to it shows the same numbers."""
    if not rows:
        return ""
    top = max(int(_field(r, value)) for r in rows) or 1
    items = format_html_join(
        "",
        '<li><span class="bar-label">{}</span><span class="bar-track"><span class="bar-area">'
        '<span class="bar" style="width: {}%; background: {}"></span></span>'
        '<span class="bar-value">{}</span></span></li>',
        (
            (
                _field(row, label),
                max(1, round(100 * int(n) / top, 1)) if n else 0,
                colour,
                n,
            )
            for row, n in ((row, _field(row, value)) for row in rows)
        ),
    )
    return format_html(
        '<figure class="bar-chart" aria-hidden="true"><figcaption>{}</figcaption>'
        "<ol>{}</ol></figure>",
        title,
        items,
    )
