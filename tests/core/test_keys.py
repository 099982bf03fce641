"""Loading private keys: every source, every failure, never echoing key material."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from kx_support import KeyPair

from kalshi_ext import KalshiClient, KalshiConfigurationError, load_private_key

PASSPHRASE = b"correct horse battery staple"


def _assert_no_key_material(exc: BaseException, key: KeyPair) -> None:
    text = str(exc) + repr(exc)
    for fragment in key.secret_fragments():
        assert fragment not in text
    assert "PRIVATE KEY-----\n" not in text
    assert exc.__cause__ is None  # cryptography errors are not chained in


def test_load_from_pem_str_and_bytes(any_key: KeyPair) -> None:
    for source in (any_key.pem, any_key.pem.encode()):
        key = load_private_key(private_key=source)
        assert isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey)


def test_load_from_key_object(any_key: KeyPair) -> None:
    assert load_private_key(private_key=any_key.private) is any_key.private


def test_load_from_path_with_tilde(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rsa_key: KeyPair) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "k.pem").write_text(rsa_key.pem)
    key = load_private_key(private_key_path="~/keys/k.pem")
    assert isinstance(key, rsa.RSAPrivateKey)


def test_encrypted_pem_with_passphrase(any_key: KeyPair) -> None:
    encrypted = any_key.encrypted_pem(PASSPHRASE)
    assert load_private_key(private_key=encrypted, passphrase=PASSPHRASE.decode()) is not None
    assert load_private_key(private_key=encrypted, passphrase=PASSPHRASE) is not None


def test_encrypted_pem_without_passphrase(rsa_key: KeyPair) -> None:
    with pytest.raises(KalshiConfigurationError, match="encrypted: pass private_key_passphrase") as info:
        load_private_key(private_key=rsa_key.encrypted_pem(PASSPHRASE))
    _assert_no_key_material(info.value, rsa_key)


def test_wrong_passphrase(any_key: KeyPair) -> None:
    with pytest.raises(KalshiConfigurationError, match="wrong passphrase") as info:
        load_private_key(private_key=any_key.encrypted_pem(PASSPHRASE), passphrase="nope")
    assert "nope" not in str(info.value)
    _assert_no_key_material(info.value, any_key)


def test_passphrase_for_unencrypted_key(rsa_key: KeyPair) -> None:
    with pytest.raises(KalshiConfigurationError, match="not encrypted"):
        load_private_key(private_key=rsa_key.pem, passphrase="x")


def test_ec_key_refused_as_object_and_pem(ec_key: KeyPair) -> None:
    with pytest.raises(KalshiConfigurationError, match="RSA or Ed25519"):
        load_private_key(private_key=ec_key.private)
    with pytest.raises(KalshiConfigurationError, match="RSA or Ed25519") as info:
        load_private_key(private_key=ec_key.pem)
    _assert_no_key_material(info.value, ec_key)


def test_small_rsa_key_refused() -> None:
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(KalshiConfigurationError, match="at least 2048"):
        load_private_key(private_key=small)


def test_public_key_pem_refused(rsa_key: KeyPair) -> None:
    public_pem = rsa_key.public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    with pytest.raises(KalshiConfigurationError, match="public key"):
        load_private_key(private_key=public_pem)


def test_openssh_ed25519_accepted(ed_key: KeyPair) -> None:
    openssh = ed_key.private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
    )
    assert isinstance(load_private_key(private_key=openssh), ed25519.Ed25519PrivateKey)


def test_corrupt_pem(rsa_key: KeyPair) -> None:
    lines = rsa_key.pem.splitlines()
    corrupt = "\n".join([lines[0], lines[1][::-1], *lines[2:]])
    with pytest.raises(KalshiConfigurationError, match="could not parse") as info:
        load_private_key(private_key=corrupt)
    _assert_no_key_material(info.value, rsa_key)


def test_not_pem_text_hints_at_path(rsa_key: KeyPair) -> None:
    with pytest.raises(KalshiConfigurationError, match="private_key_path") as info:
        load_private_key(private_key="~/.kalshi/key.pem")
    assert "~/.kalshi/key.pem" not in str(info.value)  # the value is never echoed


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KalshiConfigurationError, match="not found"):
        load_private_key(private_key_path=tmp_path / "missing.pem")


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(KalshiConfigurationError, match="directory"):
        load_private_key(private_key_path=tmp_path)


def test_both_sources(tmp_path: Path, rsa_key: KeyPair) -> None:
    path = tmp_path / "k.pem"
    path.write_text(rsa_key.pem)
    with pytest.raises(KalshiConfigurationError, match="not both"):
        load_private_key(private_key=rsa_key.pem, private_key_path=path)
    with pytest.raises(KalshiConfigurationError, match="not both"):
        KalshiClient(key_id="k", private_key=rsa_key.pem, private_key_path=path)


def test_no_source() -> None:
    with pytest.raises(KalshiConfigurationError, match="no private key"):
        load_private_key()


@pytest.mark.parametrize("bad", ["", "   ", b""])
def test_empty_pem(bad: str | bytes) -> None:
    with pytest.raises(KalshiConfigurationError, match="empty"):
        load_private_key(private_key=bad)


def test_client_key_errors_happen_in_constructor(rsa_key: KeyPair, ec_key: KeyPair, tmp_path: Path) -> None:
    cases: list[dict[str, object]] = [
        {"key_id": "", "private_key": rsa_key.pem},
        {"key_id": "k"},
        {"private_key": rsa_key.pem},
        {"key_id": "k", "private_key": ec_key.private},
        {"key_id": "k", "private_key": rsa_key.encrypted_pem(PASSPHRASE)},
        {"key_id": "k", "private_key": rsa_key.encrypted_pem(PASSPHRASE), "private_key_passphrase": "bad"},
        {"key_id": "k", "private_key_path": tmp_path / "none.pem"},
        {"private_key_passphrase": "orphan"},
    ]
    for kwargs in cases:
        with pytest.raises(KalshiConfigurationError) as info:
            KalshiClient(**kwargs)  # type: ignore[arg-type]
        _assert_no_key_material(info.value, rsa_key)
