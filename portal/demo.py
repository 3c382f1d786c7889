"""The demo accounts' password (DESIGN.md "Demo accounts": demo data only). It lives in
the lowest layer because every app's demo loader creates accounts with it."""

DEMO_PASSWORD = "demo-pass-2026"
