"""What certification needs of the things it certifies, declared so that it knows no app
above it (README "Architecture").

A certificate is issued to a *recipient* for a *subject*:

- the subject (a course, a journey, an event, a programme) fits ``CertificateSubject``: its
  title in both languages as printed, the template its certificates are issued from (None:
  it issues none; the template's ``validity_months`` say how long one is valid) and where a
  holder renews it before it expires;
- the recipient is a person (the User model) or an organisation that fits
  ``CertificateOrganisation`` (a business): the names and addresses printed and written to,
  its province and the people who hold its certificates with it.
  Each organisation model is registered once, in its app's ``AppConfig.ready``, with
  ``organisation_register``, so that a person's certificates include their organisations'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:  # annotations only
    from django.db.models import Model, QuerySet

    from certification.models import CertificateTemplate
    from portal.models import Province


@runtime_checkable
class CertificateSubject(Protocol):
    """What a certificate is for."""

    pk: Any

    @property
    def certificate_template(self) -> CertificateTemplate | None:
        """The template to issue from; None: no certificate."""

    @property
    def certificate_title(self) -> str:
        """The subject's title as printed (Vietnamese)."""

    @property
    def certificate_title_en(self) -> str:
        """The English title as printed ("" while untranslated)."""

    def get_retake_url(self) -> str:
        """Where a holder renews an expiring certificate ("" when it is not renewed)."""


@runtime_checkable
class CertificateOrganisation(Protocol):
    """An organisation a certificate is issued to (its members hold it)."""

    pk: Any

    @property
    def certificate_name(self) -> str:
        """The name printed on the certificate."""

    @property
    def certificate_tax_code(self) -> str:
        """The tax code printed under the name ("" for none)."""

    @property
    def certificate_email(self) -> str:
        """Where the certificate is e-mailed ("" for nowhere)."""

    province: Province | None  # whose co-signer signs, whose staff manage the certificate

    @classmethod
    def certificate_held_through(cls, user) -> QuerySet:
        """The organisations through which ``user`` holds certificates (as a member)."""


_organisations: list[type[Model]] = []


def organisation_register(model: type[Model]) -> None:
    """Declares ``model`` an organisation recipient (idempotent); call it from the app's
    ``AppConfig.ready``."""
    if model not in _organisations:
        _organisations.append(model)


def organisations() -> tuple[type[Model], ...]:
    return tuple(_organisations)
