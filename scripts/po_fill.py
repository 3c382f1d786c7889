"""Fills msgstr entries of a .po file from a JSON mapping {msgid: translation}.

Usage: python scripts/po_fill.py locale/vi/LC_MESSAGES/django.po translations.json
Prints the msgids still untranslated, so nothing is shipped half done by accident.
"""

import json
import sys

import polib


def main(po_path: str, mapping_path: str) -> int:
    po = polib.pofile(po_path)
    mapping = json.loads(open(mapping_path, encoding="utf-8").read())
    for entry in po:
        if entry.msgid in mapping:
            value = mapping[entry.msgid]
            if entry.msgid_plural:
                values = value if isinstance(value, list) else [value, value]
                entry.msgstr_plural = {i: v for i, v in enumerate(values)}
            else:
                entry.msgstr = value
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    po.save()
    missing = [e.msgid for e in po if not e.obsolete and not e.translated()]
    for msgid in missing:
        print("untranslated:", msgid)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
