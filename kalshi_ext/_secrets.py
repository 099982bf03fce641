"""Helpers that keep secrets out of reprs, log lines and exception messages.

This module is deliberately dependency-free so that error and auth modules can use it
without pulling httpx or cryptography into ``import kalshi_ext``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NoReturn

REDACTED = "<redacted>"

# Secrets shorter than this are not scrubbed from free text: replacing every "a" in a
# server message because someone chose a one-letter token would mangle the message and
# protect nothing (such a token is not a secret worth the name).
_MIN_SCRUB_LENGTH = 6


def mask_identifier(value: str, keep: int = 4) -> str:
    """Return ``value`` shortened to its first ``keep`` characters plus an ellipsis.

    Used for identifiers that are not secrets by themselves (an API key id) but that we
    still prefer not to print in full.
    """
    if len(value) <= keep:
        return "…"
    return value[:keep] + "…"


def scrub(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each secret in ``text`` with ``<redacted>``."""
    for secret in secrets:
        if secret and len(secret) >= _MIN_SCRUB_LENGTH and secret in text:
            text = text.replace(secret, REDACTED)
    return text


def refuse_pickle(obj: object) -> NoReturn:
    """Raise ``TypeError``: objects holding key material must not be serialised by accident."""
    raise TypeError(f"{type(obj).__name__} holds credentials and cannot be pickled or copied")


class NoCopy:
    """Base for objects holding key material: pickling and copying raise ``TypeError``."""

    __slots__ = ()

    def __reduce__(self) -> NoReturn:
        refuse_pickle(self)

    def __copy__(self) -> NoReturn:
        refuse_pickle(self)

    def __deepcopy__(self, memo: Any) -> NoReturn:
        refuse_pickle(self)


_SECRET_FIELDS = ("private_key", "access_token", "secret", "password", "passphrase")


def redact_fields(value: Any) -> Any:
    """A copy of decoded JSON with the values of secret-looking fields (``private_key``...) replaced.

    Used where a response body is kept on an exception (``KalshiResponseError.body``): an
    undocumented success of ``POST /api_keys/generate`` would otherwise carry the private key.
    """
    if isinstance(value, dict):
        return {
            key: "<redacted>" if any(field in str(key).lower() for field in _SECRET_FIELDS) else redact_fields(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_fields(item) for item in value]
    return value
