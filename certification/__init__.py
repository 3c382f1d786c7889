"""Certificates: issued on completion, rendered in Vietnamese, verifiable by anyone.

- ``services.certificate_issue(recipient=..., subject=...)`` is the one way in (the apps
  above call it with a subject and an organisation that fit ``subjects.py``'s protocols:
  certification knows no app above it); one current certificate per recipient and
  subject (a conditional unique constraint), PDF and e-mail queued after the commit.
- ``pdf.py`` draws the A4 certificate (ReportLab, Be Vietnam Pro, QR code, the signed
  credential attached); ``signing.py`` signs Open Badges 3.0 credentials with an Ed25519
  Data Integrity proof (eddsa-jcs-2022); ``credentials.py`` builds them, the issuer
  profile and the signed revocation list (W3C Bitstring Status List at
  /certificates/status/revocation/, which each credential's credentialStatus names).
- Operations: set CERTIFICATE_SIGNING_KEY (PEM, or base64 of the 32-byte seed) or
  CERTIFICATE_SIGNING_KEY_FILE in production (``manage.py check --deploy`` reports a
  missing key); after rotating it, list the old public keys in
  CERTIFICATE_PREVIOUS_PUBLIC_KEYS. ``manage.py verify_certificate file.pdf`` checks a PDF
  offline. Behind reverse proxies set CERTIFICATE_TRUSTED_PROXIES (their number) so the
  verification pages' rate limit (CERTIFICATE_VERIFY_RATE_LIMIT a minute) counts visitors.
- Staff work at /certificates/manage/ (revoke, bulk re-issue, ZIP of a course's PDFs; the
  jobs show progress, a failed one says so) and in the admin's read-only listing.
"""
