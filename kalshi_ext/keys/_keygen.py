"""Key types, passphrases, local key pairs and the PEM bytes that go into a key file.

Encryption: both key types are encrypted the same way, as PKCS#8 ``ENCRYPTED PRIVATE KEY``
with cryptography's ``BestAvailableEncryption`` (PBES2). The server hands out RSA keys as
PKCS#1 (the ``RSA PRIVATE KEY`` PEM header), whose only encryption is OpenSSL's legacy
``Proc-Type: 4,ENCRYPTED`` scheme (weak MD5 key derivation), and that legacy format cannot hold
Ed25519 keys at all; so an encrypted file is always re-serialised to PKCS#8, which holds both.
Without a passphrase a server-generated key is written exactly as received.

Messages never contain key material or passphrases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from .._errors import KalshiConfigurationError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

    from .._keys import PrivateKey

    PublicKey: TypeAlias = RSAPublicKey | Ed25519PublicKey
else:
    PublicKey = Any

KeyType = Literal["rsa", "ed25519"]
KEY_TYPES: tuple[KeyType, ...] = ("rsa", "ed25519")
RSA_BITS = 2048
# cryptography refuses longer PKCS#8 passwords ("not supported by this backend").
MAX_PASSPHRASE_BYTES = 1023


def check_key_type(value: object) -> KeyType:
    """Return ``"rsa"`` or ``"ed25519"`` (case-insensitive; an ``ApiKeyType`` works too).

    Raises:
        KalshiConfigurationError: anything else.
    """
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered == "rsa":
            return "rsa"
        if lowered == "ed25519":
            return "ed25519"
        shown = repr(value) if len(value) <= 20 else f"a {len(value)}-character string"
        raise KalshiConfigurationError(f"key_type must be 'rsa' or 'ed25519', got {shown}")
    raise KalshiConfigurationError(f"key_type must be 'rsa' or 'ed25519', not {type(value).__name__}")


def check_passphrase(value: object) -> bytes | None:
    """Return the passphrase as bytes (str is UTF-8 encoded), or None.

    Raises:
        KalshiConfigurationError: not str/bytes; empty; longer than 1023 bytes.
    """
    if value is None:
        return None
    if isinstance(value, str):
        data = value.encode("utf-8")
    elif isinstance(value, bytes | bytearray):
        data = bytes(value)
    else:
        raise KalshiConfigurationError(f"passphrase must be str or bytes, not {type(value).__name__}")
    if not data:
        raise KalshiConfigurationError("passphrase must not be empty; pass None for an unencrypted key file")
    if len(data) > MAX_PASSPHRASE_BYTES:
        raise KalshiConfigurationError(f"passphrase must be at most {MAX_PASSPHRASE_BYTES} bytes (UTF-8)")
    return data


def key_type_of(key: object) -> KeyType:
    """``"rsa"`` or ``"ed25519"`` for a private or public key object.

    Raises:
        KalshiConfigurationError: another key type.
    """
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    if isinstance(key, rsa.RSAPrivateKey | rsa.RSAPublicKey):
        return "rsa"
    if isinstance(key, ed25519.Ed25519PrivateKey | ed25519.Ed25519PublicKey):
        return "ed25519"
    raise KalshiConfigurationError(f"unsupported key type {type(key).__name__}: Kalshi accepts RSA or Ed25519")


def new_private_key(key_type: KeyType) -> PrivateKey:
    """A fresh RSA-2048 (e = 65537) or Ed25519 private key."""
    if key_type == "ed25519":
        from cryptography.hazmat.primitives.asymmetric import ed25519

        return ed25519.Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)


def private_key_file_bytes(key: PrivateKey, passphrase: bytes | None) -> bytes:
    """PKCS#8 PEM of ``key``, encrypted with ``passphrase`` when one is given."""
    from cryptography.hazmat.primitives import serialization

    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase is not None else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def server_key_file_bytes(pem: str, key: PrivateKey, passphrase: bytes | None) -> bytes:
    """What to write for a key the server generated: its PEM as received, or encrypted PKCS#8."""
    if passphrase is not None:
        return private_key_file_bytes(key, passphrase)
    data = pem.encode("ascii", errors="strict")
    return data if data.endswith(b"\n") else data + b"\n"


def public_key_pem(key: PrivateKey | PublicKey) -> str:
    """SubjectPublicKeyInfo PEM (``BEGIN PUBLIC KEY``) of a private or public key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    public = key.public_key() if isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode(
        "ascii"
    )


def parse_public_key(value: object) -> tuple[str, KeyType]:
    """Validate a public key to upload; return it as SubjectPublicKeyInfo PEM and its type.

    Accepts PEM text (``BEGIN PUBLIC KEY`` or ``BEGIN RSA PUBLIC KEY``, str or bytes) or a
    cryptography RSA/Ed25519 public key object.

    Raises:
        KalshiConfigurationError: a private key (it is never sent); not PEM; unparseable; an
            RSA key under 2048 bits; another algorithm.
    """
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    if hasattr(value, "private_bytes"):
        raise KalshiConfigurationError(
            "public_key is a private key object; pass its .public_key() (the private key is never uploaded)"
        )
    if isinstance(value, str | bytes | bytearray):
        pem = value.encode("utf-8") if isinstance(value, str) else bytes(value)
        if b"PRIVATE KEY" in pem:
            raise KalshiConfigurationError(
                "public_key contains a PRIVATE key; it was not sent. Pass the public key "
                "('-----BEGIN PUBLIC KEY-----'), or omit public_key to have a key pair made and saved locally"
            )
        if b"-----BEGIN" not in pem:
            raise KalshiConfigurationError("public_key is not PEM text (expected '-----BEGIN PUBLIC KEY-----')")
        try:
            key: object = load_pem_public_key(pem.strip())
        except (ValueError, UnsupportedAlgorithm):
            raise KalshiConfigurationError(
                "public_key could not be parsed as an RSA or Ed25519 PEM public key"
            ) from None
    else:
        key = value
    key_type = key_type_of(key)
    if isinstance(key, rsa.RSAPublicKey) and key.key_size < RSA_BITS:
        raise KalshiConfigurationError(f"RSA keys must have at least {RSA_BITS} bits, got {key.key_size}")
    return public_key_pem(key), key_type  # type: ignore[arg-type]
