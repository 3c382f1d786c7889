"""The admin menu: each of our items has its own place (menu orders are distinct)."""

from wagtail.admin.menu import admin_menu


def test_our_admin_menu_items_have_distinct_orders(db):
    items = [item for item in admin_menu.registered_menu_items if 450 <= item.order < 500]
    orders = [item.order for item in items]
    assert len(items) >= 6
    assert len(set(orders)) == len(orders), sorted((i.order, str(i.label)) for i in items)
