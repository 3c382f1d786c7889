"""portal/sanitize.py: user-written text cleaned of HTML, kept as typed."""

from portal.sanitize import clean_text


def test_clean_text_stores_plain_text_not_html():
    assert clean_text("A & B") == "A & B"
    assert clean_text("<b>Hợp tác xã</b> A &amp; B") == "Hợp tác xã A & B"
    assert clean_text("1 < 2 > 0") == "1 < 2 > 0"
    assert clean_text("<script>alert(1)</script>Tên") == "alert(1)Tên"
    assert clean_text("Tom &amp;amp; Jerry") == "Tom &amp; Jerry"  # one level, as typed
    assert clean_text("R&copyright") == "R&copyright"  # no semicolon: not an entity
