"""Content fields that come in two languages: `<field>` (Vietnamese) and `<field>_en`."""


def in_language(obj, field: str, language: str):
    """The English variant of a field when English is active and it is filled in;
    otherwise the Vietnamese original."""
    if language == "en":
        value = getattr(obj, f"{field}_en", "")
        if value:
            return value
    return getattr(obj, field)
