"""Helpers that keep secrets out of reprs, log lines and exception messages.

This module is deliberately dependency-free so that error and auth modules can use it
without pulling httpx or cryptography into ``import kalshi_ext``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, NoReturn, TypeVar

E = TypeVar("E", bound=BaseException)

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


def scrub_deep(value: Any, secrets: Iterable[str]) -> Any:
    """``value`` (decoded JSON: strings, dicts, lists) with every secret replaced, keys included.

    A server that echoes a request's signature may put it anywhere in an error body, nested
    ``details`` included; everything kept on an error goes through this first.
    """
    wanted = tuple(s for s in secrets if s and len(s) >= _MIN_SCRUB_LENGTH)
    if not wanted:
        return value
    return _scrub_deep(value, wanted)


def _scrub_deep(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, dict):
        return {_scrub_deep(k, secrets): _scrub_deep(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub_deep(item, secrets) for item in value]
    return value


def secret_forms(value: str) -> tuple[str, ...]:
    """``value`` and the spellings a server might echo it in (percent-encoded)."""
    from urllib.parse import quote

    encoded = quote(value, safe="")
    return (value, encoded) if encoded != value else (value,)


# The secrets sent by the requests of the current call (signatures, tokens), set by the transport,
# so that errors raised after the transport returned (a success body that does not parse) are
# scrubbed of them too.
CALL_SECRETS: ContextVar[tuple[str, ...]] = ContextVar("kalshi_ext_call_secrets", default=())


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


class UnparsedBody(NoCopy):
    """Holds, for one API-key call only, the JSON of a success answer the generated model rejected.

    Errors never carry key material (they outlive calls, get logged, pickled and sent to error
    reporters), so an undocumented success of ``POST /api_keys/generate`` keeps its private key
    here instead, where only the API-key helper that asked for it reads it.
    """

    __slots__ = ("value",)

    def __init__(self) -> None:
        self.value: Any = None

    def take(self) -> Any:
        value, self.value = self.value, None
        return value


UNPARSED_BODY: ContextVar[UnparsedBody | None] = ContextVar("kalshi_ext_unparsed_body", default=None)


@contextmanager
def capture_unparsed_body() -> Iterator[UnparsedBody]:
    """Within the block, a rejected success body of this task's calls lands on the holder yielded."""
    holder = UnparsedBody()
    token = UNPARSED_BODY.set(holder)
    try:
        yield holder
    finally:
        UNPARSED_BODY.reset(token)


def without_traceback(error: E) -> E:
    """``error`` with its traceback cut, so frames that held key material (and their locals,
    which error reporters capture) are not reachable from it; callers drop their own first."""
    error.__traceback__ = None
    error.__context__ = None
    error.__suppress_context__ = True
    return error


def _is_secret_field(name: str) -> bool:
    return any(field in name.lower() for field in _SECRET_FIELDS)


def _redacting_repr(self: Any) -> str:
    import attrs

    shown = ", ".join(
        f"{f.name}={REDACTED if _is_secret_field(f.name) else repr(getattr(self, f.name, None))}"
        for f in attrs.fields(type(self))
        if f.repr
    )
    return f"{type(self).__name__}({shown})"


def hide_secrets_in_reprs(models: Any) -> int:
    """Give every generated model class with a secret-looking field (``GenerateApiKeyResponse.
    private_key``) a ``repr()`` that redacts it; return how many classes were changed.

    The generated attrs repr prints every field, and a response model ends up in log lines,
    debugger views and error reporters. Idempotent.
    """
    import attrs

    changed = 0
    for value in vars(models).values():
        if not (isinstance(value, type) and attrs.has(value)) or value.__repr__ is _redacting_repr:
            continue
        if any(_is_secret_field(f.name) for f in attrs.fields(value)):
            value.__repr__ = _redacting_repr  # type: ignore[method-assign]
            changed += 1
    return changed


class _CallSecretsFilter(logging.Filter):
    """Scrubs the current call's secrets from records of the HTTP libraries under the clients.

    httpcore's DEBUG trace prints response headers and httpx's INFO line prints the reason
    phrase: a server that echoes a request's signature there would put it in a log. The records
    are emitted in the call's own context, where :data:`CALL_SECRETS` holds what it sent.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = CALL_SECRETS.get()
        if secrets:
            message = record.getMessage()
            scrubbed = scrub(message, secrets)
            if scrubbed != message:
                record.msg, record.args = scrubbed, ()
        return True


_LIBRARY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def install_log_scrubbing() -> None:
    """Add the scrubbing filter to the loggers of httpx and httpcore (once)."""
    for name in _LIBRARY_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, _CallSecretsFilter) for f in target.filters):
            target.addFilter(_CallSecretsFilter())
