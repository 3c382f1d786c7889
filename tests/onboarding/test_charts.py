"""onboarding/charts.py: bar charts in plain HTML, each bar's width its value's share of the
largest."""

import re
from types import SimpleNamespace

from onboarding.charts import bar_chart


def _bars(html: str) -> list[tuple[str, str, str]]:
    """(label, width, value) of each bar."""
    return re.findall(
        r'<span class="bar-label">(.*?)</span>.*?width: ([\d.]+)%.*?'
        r'<span class="bar-value">(.*?)</span>',
        html,
    )


def test_widths_are_shares_of_the_largest_value():
    rows = [{"name": "Tiki", "n": 40}, {"name": "Shopee", "n": 80}, {"name": "Sendo", "n": 20}]
    html = bar_chart(rows, label="name", value="n", title="Theo sàn")
    assert _bars(html) == [
        ("Tiki", "50.0", "40"),
        ("Shopee", "100.0", "80"),
        ("Sendo", "25.0", "20"),
    ]
    assert "<figcaption>Theo sàn</figcaption>" in html
    # The table beside it carries the numbers for screen readers.
    assert 'aria-hidden="true"' in html


def test_a_small_value_still_shows_and_zero_shows_nothing():
    rows = [SimpleNamespace(key="a", done=1000), SimpleNamespace(key="b", done=1)]
    rows.append(SimpleNamespace(key="c", done=0))
    widths = [width for _, width, _ in _bars(bar_chart(rows, label="key", value="done", title="t"))]
    assert widths == ["100.0", "1", "0"]


def test_all_zero_values_draw_empty_bars_without_dividing_by_zero():
    html = bar_chart([{"k": "x", "v": 0}, {"k": "y", "v": 0}], label="k", value="v", title="t")
    assert [width for _, width, _ in _bars(html)] == ["0", "0"]


def test_no_rows_no_chart():
    assert bar_chart([], label="k", value="v", title="t") == ""


def test_labels_and_title_are_escaped():
    html = bar_chart(
        [{"k": "<script>alert(1)</script>", "v": 3}], label="k", value="v", title='"><b>x</b>'
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>" not in html and "&lt;b&gt;" in html
