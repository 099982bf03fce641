"""The one Kalshi request signer, shared by REST, the WebSocket handshake and FIX logon.

Kalshi signs the text ``timestamp_ms + METHOD + path``: ``path`` is the URL path exactly as
sent (``/trade-api/v2/markets``, percent-escapes unchanged), without query string or fragment.
RSA keys sign with RSA-PSS (SHA-256, MGF1-SHA-256, salt length = digest length); Ed25519 keys
sign the same text with Ed25519. Signatures are base64 (standard alphabet, padded).

Everything here is pure: the timestamp can be injected, nothing is cached between calls, so
every retry gets a fresh signature.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from ._secrets import NoCopy, mask_identifier
from ._validate import check_identifier

if TYPE_CHECKING:
    from ._keys import PrivateKey

HEADER_KEY = "KALSHI-ACCESS-KEY"
HEADER_TIMESTAMP = "KALSHI-ACCESS-TIMESTAMP"
HEADER_SIGNATURE = "KALSHI-ACCESS-SIGNATURE"

Algorithm = Literal["rsa", "ed25519"]


def signing_path(path: str) -> str:
    """Return the part of ``path`` that is signed: everything before ``?`` or ``#``."""
    for sep in ("?", "#"):
        cut = path.find(sep)
        if cut >= 0:
            path = path[:cut]
    return path


def presign_text(timestamp_ms: int, method: str, path: str) -> str:
    """Build the text Kalshi expects to be signed: ``f"{timestamp_ms}{METHOD}{path}"`` (query dropped)."""
    return f"{timestamp_ms}{method.upper()}{signing_path(path)}"


def now_ms() -> int:
    """Milliseconds since the Unix epoch, the unit of ``KALSHI-ACCESS-TIMESTAMP``."""
    return time.time_ns() // 1_000_000


def signing_function(private_key: PrivateKey) -> Callable[[bytes], bytes]:
    """Return ``sign(message) -> signature`` for an RSA or Ed25519 key.

    The padding and hash objects are built once here rather than per signature: async clients
    sign in worker threads, and the less Python work (GIL held) around the GIL-free RSA
    operation, the closer two threads get to twice the throughput of one.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if isinstance(private_key, Ed25519PrivateKey):
        return private_key.sign
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
    sha256 = hashes.SHA256()
    rsa_sign = private_key.sign

    def sign(message: bytes) -> bytes:
        return rsa_sign(message, pss, sha256)

    return sign


def sign_bytes(private_key: PrivateKey, message: bytes) -> bytes:
    """Sign ``message`` with an RSA (PSS/SHA-256/MGF1-SHA-256/salt=32) or Ed25519 private key."""
    return signing_function(private_key)(message)


class RequestSigner(NoCopy):
    """Holds an API key id and its private key, and signs Kalshi requests.

    Reusable outside REST: :meth:`sign_text` signs arbitrary text (FIX logon), and
    :meth:`headers` gives the three ``KALSHI-ACCESS-*`` headers for any method and path
    (the WebSocket handshake signs ``GET`` and the WS URL path).

    ``repr()`` shows the algorithm and a shortened key id, never the key. Instances refuse to be
    pickled or copied.
    """

    __slots__ = ("_algorithm", "_key", "_key_id", "_sign")

    def __init__(self, key_id: str, private_key: str | bytes | PrivateKey) -> None:
        """Build a signer from a key id and an unencrypted PEM or a loaded key object.

        Raises:
            KalshiConfigurationError: empty key id; unreadable PEM; a key that is not RSA/Ed25519.
        """
        from ._keys import load_private_key

        self._key_id = check_identifier("key_id", key_id)
        self._key = load_private_key(private_key=private_key)
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        self._algorithm: Algorithm = "ed25519" if isinstance(self._key, Ed25519PrivateKey) else "rsa"
        self._sign = signing_function(self._key)

    @classmethod
    def from_key(
        cls,
        *,
        key_id: str,
        private_key: str | bytes | PrivateKey | None = None,
        private_key_path: str | os.PathLike[str] | None = None,
        private_key_passphrase: str | bytes | None = None,
    ) -> RequestSigner:
        """Load the key from PEM text, a key object or a file, then build a signer.

        Raises:
            KalshiConfigurationError: see :func:`kalshi_ext.load_private_key`; also an empty key id.
        """
        from ._keys import load_private_key

        check_identifier("key_id", key_id)
        key = load_private_key(
            private_key=private_key, private_key_path=private_key_path, passphrase=private_key_passphrase
        )
        return cls(key_id, key)

    @property
    def key_id(self) -> str:
        """The API key id (sent in ``KALSHI-ACCESS-KEY``; an identifier, not a secret)."""
        return self._key_id

    @property
    def algorithm(self) -> Algorithm:
        """``"rsa"`` or ``"ed25519"``."""
        return self._algorithm

    @property
    def is_slow(self) -> bool:
        """True for RSA (hundreds of microseconds per signature): async clients sign it off the loop."""
        return self._algorithm == "rsa"

    def sign_text(self, text: str | bytes) -> str:
        """Sign arbitrary text and return the base64 signature."""
        data = text.encode("utf-8") if isinstance(text, str) else text
        return base64.b64encode(self._sign(data)).decode("ascii")

    def headers(self, method: str, path: str, *, timestamp_ms: int | None = None) -> dict[str, str]:
        """Return the ``KALSHI-ACCESS-*`` headers for one request.

        ``path`` is the full URL path as sent (``/trade-api/v2/...``); a query string or fragment
        is ignored. ``timestamp_ms`` defaults to now; pass it only in tests.
        """
        ts = now_ms() if timestamp_ms is None else timestamp_ms
        signature = base64.b64encode(self._sign(presign_text(ts, method, path).encode())).decode("ascii")
        return {HEADER_KEY: self._key_id, HEADER_TIMESTAMP: str(ts), HEADER_SIGNATURE: signature}

    def public_key_pem(self) -> str:
        """The matching public key as SubjectPublicKeyInfo PEM (what ``POST /api_keys`` takes)."""
        from cryptography.hazmat.primitives import serialization

        return (
            self._key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode("ascii")
        )

    def secrets(self) -> tuple[str, ...]:
        """Nothing textual to scrub: the key never becomes text, and signatures are per request."""
        return ()

    def __repr__(self) -> str:
        return f"RequestSigner(key_id={mask_identifier(self._key_id)!r}, algorithm={self._algorithm!r})"
