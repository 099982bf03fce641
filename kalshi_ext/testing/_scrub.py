"""Removing secrets from what a cassette stores: headers, URLs, JSON and text bodies, WS frames.

Three nets, applied to everything recorded (requests, responses, handshakes, frames):

1. **Headers by name** (``KALSHI-ACCESS-SIGNATURE``, ``-KEY``, ``-TIMESTAMP``, ``Authorization``,
   cookies): the value becomes ``<scrubbed>`` (``Bearer <scrubbed>`` keeps the scheme).
2. **Fields by name** in JSON bodies and query strings (``private_key``, ``access_token``,
   ``password``, ``passphrase``, ``secret``..., matched as substrings of the lower-cased name,
   and ``token`` exactly). A private key keeps its kind in the placeholder
   (``<scrubbed private key: rsa pkcs1>``) so replay can hand out a freshly generated key of the
   same kind instead (a replayed ``generate_api_key`` then writes a usable key file).
3. **Values anywhere**: any PEM private-key block in any string, and every literal secret the
   scrubber knows: the ones given to it, plus the value of every scrubbed credential header it
   has seen (the key id, signatures, the Bearer credential and its token part), so a server that
   echoes one in a body, a URL or a frame does not leak it either.

The timestamp header is scrubbed although it is no secret: with the signature gone it is
useless, and without it re-recorded cassettes differ only where the exchange's answers do.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any

SCRUBBED = "<scrubbed>"
_KEY_PLACEHOLDER = "<scrubbed private key: {}>"

DEFAULT_HEADERS = frozenset(
    {
        "kalshi-access-key",
        "kalshi-access-signature",
        "kalshi-access-timestamp",
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
    }
)
# Headers whose values are hunted everywhere else too. The key id is one (GET /api_keys lists it,
# and the cassette promises not to hold it); the timestamp is not: a number that short would
# mangle unrelated data.
_LEARNED_HEADERS = frozenset(
    {"kalshi-access-key", "kalshi-access-signature", "authorization", "proxy-authorization", "cookie"}
)
DEFAULT_FIELD_PARTS = ("private_key", "access_token", "refresh_token", "password", "passphrase", "secret")
DEFAULT_EXACT_FIELDS = frozenset({"token", "api_token", "auth_token", "session_token"})

# Assembled from parts so that no PEM private-key header literal sits in the source tree.
_PEM_KEY = re.compile(
    "-----BEGIN ([A-Z0-9 ]*?)PRIVATE" + " KEY-----" + r"[\s\S]*?" + "-----END [A-Z0-9 ]*?PRIVATE" + " KEY-----"
)
_PLACEHOLDER_RE = re.compile(r"<scrubbed private key: ([a-z0-9 ]+)>")
_MIN_SECRET = 8  # shorter literals are not hunted in free text (they would mangle it, protect nothing)


def key_kind(pem: str) -> str:
    """``"rsa pkcs1"``, ``"rsa pkcs8"``, ``"ed25519 pkcs8"``, or ``"unknown"`` (encrypted, other)."""
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    match = _PEM_KEY.search(pem)
    if match is None:
        return "unknown"
    try:
        key = load_pem_private_key(match.group(0).encode("ascii"), password=None)
    except (ValueError, TypeError):
        return "unknown"
    container = "pkcs1" if match.group(1).strip() == "RSA" else "pkcs8"
    if isinstance(key, rsa.RSAPrivateKey):
        return f"rsa {container}"
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "ed25519 pkcs8"
    return "unknown"


def fresh_key_pem(kind: str) -> str | None:
    """A newly generated private key PEM of ``kind`` (see :func:`key_kind`), or None for ``unknown``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey
    if kind.startswith("rsa"):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    elif kind == "ed25519 pkcs8":
        key = ed25519.Ed25519PrivateKey.generate()
    else:
        return None
    fmt = serialization.PrivateFormat.TraditionalOpenSSL if kind == "rsa pkcs1" else serialization.PrivateFormat.PKCS8
    return key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption()).decode("ascii")


class Scrubber:
    """What a cassette removes before anything is stored (see the module docstring).

    ``headers`` are lower-case header names; ``field_parts`` are substrings and ``exact_fields``
    whole names of JSON keys and query parameters (lower case); ``secrets`` are literal values
    removed wherever they appear. Thread-safe: clients on several threads may share a cassette.
    """

    def __init__(
        self,
        *,
        headers: Iterable[str] = DEFAULT_HEADERS,
        field_parts: Iterable[str] = DEFAULT_FIELD_PARTS,
        exact_fields: Iterable[str] = DEFAULT_EXACT_FIELDS,
        secrets: Iterable[str] = (),
    ) -> None:
        self.headers = frozenset(h.lower() for h in headers)
        self.field_parts = tuple(f.lower() for f in field_parts)
        self.exact_fields = frozenset(f.lower() for f in exact_fields)
        self._secrets: set[str] = set()
        self._lock = threading.Lock()
        for value in secrets:
            self.add_secret(value)

    def add_secret(self, value: str) -> None:
        """Scrub ``value`` wherever it appears from now on (ignored below 8 characters)."""
        if isinstance(value, str) and len(value) >= _MIN_SECRET:
            with self._lock:
                self._secrets.add(value)

    def is_secret_field(self, name: str) -> bool:
        lowered = name.lower()
        return lowered in self.exact_fields or any(part in lowered for part in self.field_parts)

    # -- values ----------------------------------------------------------------------------

    def text(self, value: str) -> str:
        """``value`` without PEM private keys and known literal secrets."""
        if "PRIVATE" in value:
            value = _PEM_KEY.sub(lambda m: _KEY_PLACEHOLDER.format(key_kind(m.group(0))), value)
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)  # longest first: "a:b" before "b"
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, SCRUBBED)
        return value

    def json(self, value: Any) -> Any:
        """A scrubbed copy of decoded JSON (secret-named fields replaced, every string cleaned)."""
        if isinstance(value, dict):
            return {str(k): self._field(str(k), v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.json(item) for item in value]
        if isinstance(value, str):
            return self.text(value)
        return value

    def _field(self, name: str, value: Any) -> Any:
        if value is None or value == "" or not self.is_secret_field(name):
            return self.json(value)
        if isinstance(value, str) and _PEM_KEY.search(value):
            return _KEY_PLACEHOLDER.format(key_kind(value))
        return SCRUBBED

    # -- headers and URLs ------------------------------------------------------------------

    def header(self, name: str, value: str) -> str:
        """The stored form of one header value (learning credential values on the way)."""
        lowered = name.lower()
        if lowered not in self.headers:
            return self.text(value)
        if lowered in _LEARNED_HEADERS:
            self._learn(value)
        scheme, sep, _ = value.partition(" ")
        if lowered in ("authorization", "proxy-authorization") and sep and scheme.isalpha():
            return f"{scheme} {SCRUBBED}"
        return SCRUBBED

    def _learn(self, value: str) -> None:
        self.add_secret(value)
        scheme, sep, credential = value.partition(" ")
        if sep and scheme.isalpha():
            self.add_secret(credential)
            self.add_secret(credential.rpartition(":")[2])  # Klear: Bearer <admin_user_id>:<access_token>

    def header_map(self, items: Iterable[tuple[str, str]]) -> dict[str, str]:
        """Stored form of a header list: lower-case names, in order; a repeated header's values
        are joined with ``", "`` (HTTP list semantics; ``Set-Cookie`` is scrubbed to one value)."""
        stored: dict[str, str] = {}
        for name, value in items:
            key, clean = name.lower(), self.header(name, value)
            if key in stored and stored[key] != clean:
                stored[key] = f"{stored[key]}, {clean}"
            else:
                stored[key] = clean
        return stored

    def query(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """Query parameters with secret-named values replaced and every value cleaned."""
        return [(k, SCRUBBED if self.is_secret_field(k) and v else self.text(v)) for k, v in pairs]


def restore_keys(value: Any) -> Any:
    """Replace private-key placeholders in decoded JSON (or text) with fresh keys of their kind."""
    if isinstance(value, dict):
        return {k: restore_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [restore_keys(v) for v in value]
    if isinstance(value, str) and "<scrubbed private key:" in value:
        return _PLACEHOLDER_RE.sub(lambda m: fresh_key_pem(m.group(1)) or m.group(0), value)
    return value
