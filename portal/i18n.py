"""Content fields that come in two languages: `<field>` (Vietnamese) and `<field>_en`."""


def in_language(obj, field: str, language: str):
    """The English variant of a field when English is active and it is filled in;
    otherwise the Vietnamese original."""
    if language == "en":
        value = getattr(obj, f"{field}_en", "")
        if value:
            return value
    return getattr(obj, field)


def language_of(user) -> str:
    """The language `user` last chose in the portal (Vietnamese when unknown)."""
    profile = getattr(user, "profile", None)
    return getattr(profile, "language", None) or "vi"


def emails_by_language(rows) -> dict[str, list[str]]:
    """Groups (e-mail, language) pairs so that each person gets an e-mail in the language
    they read the portal in: {"vi": [...], "en": [...]}."""
    groups: dict[str, list[str]] = {}
    for email, language in rows:
        if email:
            groups.setdefault(language or "vi", []).append(email)
    return groups
