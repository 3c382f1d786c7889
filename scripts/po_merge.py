"""A git merge driver for .po catalogues: the union of both sides' entries.

Catalogues are keyed by msgid, so two branches that each add strings never really
conflict; git's line merge sees conflicts in location comments and neighbouring entries.
Register once per clone (merges only; nothing else needs it):

    git config merge.po.name "union of gettext catalogues"
    git config merge.po.driver "python3 scripts/po_merge.py %O %A %B"

`.gitattributes` routes *.po here. Where both sides translated a string differently,
ours (%A) wins; a translation beats an empty one.
"""

import sys

try:
    import polib
except ImportError:  # the system python3 without the project's venv
    sys.path.insert(0, ".venv/lib/python3.11/site-packages")
    import polib


def key(entry) -> tuple:
    return (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def main(base_path: str, ours_path: str, theirs_path: str) -> int:
    ours = polib.pofile(ours_path, wrapwidth=79)
    theirs = polib.pofile(theirs_path, wrapwidth=79)
    index = {key(e): e for e in ours}
    for entry in theirs:
        mine = index.get(key(entry))
        if mine is None:
            ours.append(entry)
            index[key(entry)] = entry
            continue
        if not mine.translated() and entry.translated():
            mine.msgstr = entry.msgstr
            mine.msgstr_plural = entry.msgstr_plural
            mine.flags = list(entry.flags)
        if mine.obsolete and not entry.obsolete:
            mine.obsolete = False
        for occurrence in entry.occurrences:
            if occurrence not in mine.occurrences:
                mine.occurrences.append(occurrence)
    ours.save(ours_path)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
