"""Signature verification of every request and WebSocket handshake, against registered keys.

Real cryptography: RSA-PSS (SHA-256, MGF1-SHA-256, salt = digest length) or Ed25519 over
``timestamp_ms + METHOD + path`` (path as sent, percent-escapes unchanged, no query). The timestamp
must lie within ``window_ms`` of the *auth clock*: the wall clock, in-process and on loopback alike,
unless ``Simulator(auth_clock=...)`` gives another (so advancing simulated hours does not expire
every signature, and clients sign as they would against Kalshi). Failures answer 401 with
the bodies Kalshi sends (SIMULATOR.md 1.11).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from ._errors import SimError

PublicKey = rsa.RSAPublicKey | ed25519.Ed25519PublicKey
SCOPES = (
    "read",
    "write",
    "read::block_trade_accept",
    "read::portfolio_balance",
    "write::trade",
    "write::transfer",
    "write::fcm_risk",
    "write::block_trade_accept",
)
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


@dataclass(slots=True)
class ApiKey:
    key_id: str
    user_id: str
    name: str
    public_key: PublicKey = field(repr=False)
    key_type: str
    scopes: list[str]
    created_ms: int


def load_public_key(pem: str | bytes) -> tuple[PublicKey, str]:
    """Parse a PEM public key (SubjectPublicKeyInfo or PKCS#1 RSA).

    Raises:
        SimError: 400 ``invalid_parameters`` if it is not an RSA or Ed25519 public key.
    """
    data = pem.encode() if isinstance(pem, str) else pem
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        raise SimError.invalid_parameters("public_key is not a PEM public key") from None
    if isinstance(key, rsa.RSAPublicKey):
        return key, "rsa"
    if isinstance(key, ed25519.Ed25519PublicKey):
        return key, "ed25519"
    raise SimError.invalid_parameters("public_key must be an RSA or Ed25519 key")


def public_key_of(value: str | bytes | PublicKey) -> tuple[PublicKey, str]:
    """A public key given as PEM (see :func:`load_public_key`) or as a loaded key object.

    Raises:
        SimError: 400 ``invalid_parameters`` for anything but an RSA or Ed25519 public key (a
            private key included: only the public half is ever registered).
    """
    if isinstance(value, rsa.RSAPublicKey):
        return value, "rsa"
    if isinstance(value, ed25519.Ed25519PublicKey):
        return value, "ed25519"
    if isinstance(value, str | bytes):
        return load_public_key(value)
    raise SimError.invalid_parameters(
        f"public_key must be PEM text or an RSA or Ed25519 public key, not {type(value).__name__}"
    )


def verify_signature(key: PublicKey, message: bytes, signature: bytes) -> bool:
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, message, _PSS, hashes.SHA256())
        else:
            key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


class KeyRegistry:
    """API keys by id; verifies the three ``KALSHI-ACCESS-*`` headers of a request."""

    def __init__(self, auth_now_ms: Callable[[], int], *, window_ms: int = 10_000) -> None:
        self.keys: dict[str, ApiKey] = {}
        self.auth_now_ms = auth_now_ms
        self.window_ms = window_ms
        self.verify = True  # a switch for hot unit loops; never off on loopback by default

    def add(self, key: ApiKey) -> None:
        self.keys[key.key_id] = key

    def authenticate(self, method: str, raw_path: str, headers: Mapping[str, str]) -> ApiKey:
        """Return the key that signed the request.

        ``headers`` must have lower-case names; ``raw_path`` is the path as sent, without query.

        Raises:
            SimError: 401 ``signature_is_missing_from_headers``, ``header_timestamp_expired``, or
                ``authentication_error`` with details ``NOT_FOUND`` (unknown key) or
                ``INCORRECT_API_KEY_SIGNATURE``.
        """
        key_id = headers.get("kalshi-access-key")
        ts = headers.get("kalshi-access-timestamp")
        sig = headers.get("kalshi-access-signature")
        if not key_id or not ts or not sig:
            raise SimError.unauthorized("signature_is_missing_from_headers")
        key = self.keys.get(key_id)
        if key is None:
            raise SimError(
                401, "authentication_error", "authentication error", details="NOT_FOUND", service="authentication"
            )
        if not self.verify:
            return key
        try:
            ts_ms = int(ts)
        except ValueError:
            raise SimError.unauthorized("header_timestamp_expired") from None
        if abs(self.auth_now_ms() - ts_ms) > self.window_ms:
            raise SimError.unauthorized("header_timestamp_expired")
        try:
            signature = base64.b64decode(sig, validate=True)
        except (binascii.Error, ValueError):
            signature = b""
        message = f"{ts}{method.upper()}{raw_path}".encode()
        if not verify_signature(key.public_key, message, signature):
            raise SimError(
                401,
                "authentication_error",
                "authentication error",
                details="INCORRECT_API_KEY_SIGNATURE",
                service="authentication",
            )
        return key
