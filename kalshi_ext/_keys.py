"""Loading private keys (RSA or Ed25519) from PEM text, a file, or an already-loaded key object.

Every failure raises :class:`KalshiConfigurationError` with a message that names the problem
but never contains key material. Underlying cryptography exceptions are suppressed (``from
None``) rather than chained: they are generic, and a chained traceback is one more place where
a future library version could print part of the input.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from ._errors import KalshiConfigurationError
from ._secrets import without_traceback

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    PrivateKey: TypeAlias = RSAPrivateKey | Ed25519PrivateKey
else:
    PrivateKey = Any

_ENCRYPTED_MARKERS = (b"ENCRYPTED PRIVATE KEY", b"Proc-Type: 4,ENCRYPTED")
_MIN_RSA_BITS = 2048


def _as_bytes(value: str | bytes) -> bytes:
    if isinstance(value, str):
        return value.encode("utf-8")
    return bytes(value)


def _check_type(key: object) -> PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    if isinstance(key, RSAPrivateKey):
        if key.key_size < _MIN_RSA_BITS:
            raise KalshiConfigurationError(f"RSA keys must have at least {_MIN_RSA_BITS} bits, got {key.key_size}")
        return key
    if isinstance(key, Ed25519PrivateKey):
        return key
    raise KalshiConfigurationError(
        f"unsupported private key type {type(key).__name__}: Kalshi accepts RSA or Ed25519 private keys"
    )


def _decode_pem(pem: bytes, passphrase: bytes | None) -> object:
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.serialization import load_pem_private_key, load_ssh_private_key

    if b"-----BEGIN" not in pem:
        raise KalshiConfigurationError(
            "private_key is not PEM text (expected '-----BEGIN ... PRIVATE KEY-----'); "
            "to load a file, pass private_key_path=..."
        )
    if b"PUBLIC KEY-----" in pem and b"PRIVATE KEY-----" not in pem:
        raise KalshiConfigurationError("this is a public key; signing needs the private key")
    encrypted = any(marker in pem for marker in _ENCRYPTED_MARKERS)
    if encrypted and passphrase is None:
        raise KalshiConfigurationError("the private key is encrypted: pass private_key_passphrase")
    try:
        if b"OPENSSH PRIVATE KEY-----" in pem:
            return load_ssh_private_key(pem, password=passphrase)
        return load_pem_private_key(pem, password=passphrase)
    except TypeError:
        # cryptography raises TypeError for a passphrase mismatch in either direction.
        if passphrase is None:
            raise KalshiConfigurationError("the private key is encrypted: pass private_key_passphrase") from None
        raise KalshiConfigurationError(
            "a passphrase was given but the private key is not encrypted; drop private_key_passphrase"
        ) from None
    except ValueError:
        if encrypted or passphrase is not None:
            raise KalshiConfigurationError(
                "could not decrypt the private key: wrong passphrase (or corrupt key)"
            ) from None
        raise KalshiConfigurationError("could not parse the private key PEM (corrupt or unsupported format)") from None
    except UnsupportedAlgorithm:
        raise KalshiConfigurationError("unsupported private key algorithm: Kalshi accepts RSA or Ed25519") from None


def read_key_file(path: str | os.PathLike[str]) -> bytes:
    """Read a key file, expanding ``~``. Raises KalshiConfigurationError if it cannot be read."""
    if isinstance(path, bool) or not isinstance(path, str | os.PathLike):
        raise KalshiConfigurationError(f"private_key_path must be a str or path, not {type(path).__name__}")
    resolved = Path(path).expanduser()
    if not str(path).strip():
        raise KalshiConfigurationError("private_key_path must not be empty")
    try:
        return resolved.read_bytes()
    except FileNotFoundError:
        raise KalshiConfigurationError(f"private key file not found: {resolved}") from None
    except IsADirectoryError:
        raise KalshiConfigurationError(f"private_key_path is a directory, not a key file: {resolved}") from None
    except PermissionError:
        raise KalshiConfigurationError(f"no permission to read the private key file: {resolved}") from None
    except OSError as exc:
        raise KalshiConfigurationError(f"could not read the private key file {resolved}: {exc.strerror}") from None


def load_private_key(
    *,
    private_key: str | bytes | PrivateKey | None = None,
    private_key_path: str | os.PathLike[str] | None = None,
    passphrase: str | bytes | None = None,
) -> PrivateKey:
    """Load an RSA or Ed25519 private key from exactly one source.

    Args:
        private_key: PEM text (str or bytes; OpenSSH format accepted for Ed25519) or a loaded
            cryptography ``RSAPrivateKey`` / ``Ed25519PrivateKey``.
        private_key_path: a PEM file; ``~`` is expanded.
        passphrase: for encrypted PEMs.

    Raises:
        KalshiConfigurationError: no source or both sources; unreadable file; not PEM; a public
            key; encrypted without passphrase; wrong passphrase; passphrase for an unencrypted
            key; a key that is neither RSA (>= 2048 bits) nor Ed25519 (e.g. EC).
    """
    try:
        return _load(private_key, private_key_path, passphrase)
    except KalshiConfigurationError as exc:
        failure = exc
    # Raised from here, with the inner frames cut off: error reporters that capture frame locals
    # (Sentry and the like) would otherwise find the PEM and the passphrase in them.
    del private_key, passphrase
    raise without_traceback(failure)


def _load(
    private_key: str | bytes | PrivateKey | None, private_key_path: str | os.PathLike[str] | None, passphrase: Any
) -> PrivateKey:
    if private_key is not None and private_key_path is not None:
        raise KalshiConfigurationError("pass either private_key or private_key_path, not both")
    if passphrase is not None and not isinstance(passphrase, str | bytes):
        raise KalshiConfigurationError(f"private_key_passphrase must be str or bytes, not {type(passphrase).__name__}")
    secret = _as_bytes(passphrase) if passphrase is not None else None
    if secret == b"":
        secret = None
    if private_key_path is not None:
        return _check_type(_decode_pem(read_key_file(private_key_path), secret))
    if private_key is None:
        raise KalshiConfigurationError("no private key given: pass private_key or private_key_path")
    if isinstance(private_key, str | bytes | bytearray):
        pem = _as_bytes(private_key).strip()
        if not pem:
            raise KalshiConfigurationError("private_key must not be empty")
        return _check_type(_decode_pem(pem, secret))
    if secret is not None:
        raise KalshiConfigurationError("private_key_passphrase only applies to PEM text or files, not key objects")
    return _check_type(private_key)


def normalise_env_pem(value: str) -> str:
    """Undo the ``\\n`` escaping that CI secret stores often apply to multi-line PEM text."""
    if "\n" not in value and "\\n" in value:
        return value.replace("\\n", "\n")
    return value
