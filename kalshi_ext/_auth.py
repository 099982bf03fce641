"""Credential holders that produce per-request auth headers.

Two kinds exist: :class:`~kalshi_ext.RequestSigner` (API key + private key; Trade and Perps
APIs) and :class:`KlearAuth` (Bearer ``admin_user_id:access_token``; Klear API). The transport
only needs the small :class:`HeaderAuth` protocol.
"""

from __future__ import annotations

from typing import Any, Protocol

from ._errors import KalshiConfigurationError
from ._secrets import REDACTED, NoCopy
from ._validate import check_identifier

# Header names the caller may never set: the transport owns authentication, and a stale or
# foreign credential header silently overriding ours would be hard to debug (and a leak risk).
RESERVED_HEADER_PREFIX = "kalshi-access-"
RESERVED_HEADERS = frozenset({"authorization"})


class HeaderAuth(Protocol):
    """What the transport needs from a credential holder."""

    @property
    def is_slow(self) -> bool:
        """True if producing headers is CPU-heavy (async clients then do it in a worker thread)."""
        ...

    def headers(self, method: str, path: str) -> dict[str, str]:
        """Auth headers for one request (called afresh for every attempt)."""
        ...

    def secrets(self) -> tuple[str, ...]:
        """Strings to scrub from any error message, in case a server echoes them."""
        ...


class KlearAuth(NoCopy):
    """Bearer credentials for the Klear (self-clearing member) API.

    Sends ``Authorization: Bearer <admin_user_id>:<access_token>`` on every request. Generate the
    token on the Security page of https://klearing.kalshi.com and treat it as a secret: it is
    redacted from ``repr()`` and instances refuse to be pickled.

    Raises:
        KalshiConfigurationError: an empty value, surrounding whitespace or control characters,
            or a ``:`` in ``admin_user_id`` (it separates the two parts of the token).
    """

    __slots__ = ("_access_token", "_admin_user_id")

    def __init__(self, admin_user_id: str, access_token: str) -> None:
        self._admin_user_id = check_identifier("admin_user_id", admin_user_id)
        if ":" in admin_user_id:
            raise KalshiConfigurationError("admin_user_id must not contain ':' (it separates id and token)")
        self._access_token = check_identifier("access_token", access_token)
        if " " in access_token:
            raise KalshiConfigurationError("access_token must not contain spaces")

    @property
    def admin_user_id(self) -> str:
        """The Klear admin user id (not a secret)."""
        return self._admin_user_id

    @property
    def is_slow(self) -> bool:
        """Always False: a Bearer header costs nothing to build."""
        return False

    def headers(self, method: str = "GET", path: str = "/") -> dict[str, str]:
        """The ``Authorization`` header (the same for every request)."""
        return {"Authorization": f"Bearer {self._admin_user_id}:{self._access_token}"}

    def secrets(self) -> tuple[str, ...]:
        """The token, for scrubbing from error messages."""
        return (self._access_token,)

    def __repr__(self) -> str:
        return f"KlearAuth(admin_user_id={self._admin_user_id!r}, access_token={REDACTED!r})"


def is_reserved_header(name: str) -> bool:
    """True for headers only the transport may set (``KALSHI-ACCESS-*`` and ``Authorization``)."""
    lowered = name.lower()
    return lowered.startswith(RESERVED_HEADER_PREFIX) or lowered in RESERVED_HEADERS


def check_user_headers(headers: Any) -> dict[str, str]:
    """Validate extra headers given to a client constructor.

    Raises:
        KalshiConfigurationError: not a mapping of str to str, or a reserved auth header.
    """
    if headers is None:
        return {}
    if not hasattr(headers, "items"):
        raise KalshiConfigurationError(f"headers must be a mapping, not {type(headers).__name__}")
    out: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise KalshiConfigurationError("headers must map str to str")
        if is_reserved_header(name):
            raise KalshiConfigurationError(
                f"header {name!r} is reserved: authentication headers are set by the client from its credentials"
            )
        out[name] = value
    return out
