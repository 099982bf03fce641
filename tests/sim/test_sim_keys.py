"""Simulator.register_key: a key made elsewhere signs requests as a simulated user."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from kalshi_ext import AuthenticationError, KalshiClient
from kalshi_ext.sim import IN_PROCESS_BASE_URL, SimError, Simulator, open_state


def _client(sim: Simulator, key_id: str, private_key: object) -> KalshiClient:
    return KalshiClient(
        key_id=key_id,
        private_key=private_key,  # type: ignore[arg-type]
        base_url=IN_PROCESS_BASE_URL,
        allow_custom_host=True,
        transport=sim.transport(),
    )


def _public_pem(key: ed25519.Ed25519PrivateKey | rsa.RSAPrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def test_a_registered_key_signs_as_its_user(quiet_sim: Simulator) -> None:
    ed_key, rsa_key = ed25519.Ed25519PrivateKey.generate(), rsa.generate_private_key(65537, 2048)
    other = quiet_sim.new_user("25.00")
    with _client(quiet_sim, "outside-ed", ed_key) as kalshi, pytest.raises(AuthenticationError):
        kalshi.portfolio.balance()  # not registered yet: NOT_FOUND, as Kalshi answers
    quiet_sim.register_key(key_id="outside-ed", public_key=_public_pem(ed_key))  # PEM text, the default user
    quiet_sim.register_key(key_id="outside-rsa", public_key=rsa_key.public_key(), user=other, name="bot")
    with _client(quiet_sim, "outside-ed", ed_key) as kalshi:
        assert kalshi.portfolio.balance().balance_dollars == Decimal("100.0000")
        listed = {k.api_key_id: k.name for k in kalshi.api_keys.list().api_keys}
        assert listed == {quiet_sim.user.key_id: "sim", "outside-ed": "registered"}
    with _client(quiet_sim, "outside-rsa", rsa_key) as kalshi:
        assert kalshi.portfolio.balance().balance_dollars == Decimal("25.0000")
    with _client(quiet_sim, "outside-rsa", ed_key) as kalshi, pytest.raises(AuthenticationError):
        kalshi.portfolio.balance()  # the id is registered, but with another key


def test_refusals(quiet_sim: Simulator) -> None:
    ed_pem = _public_pem(ed25519.Ed25519PrivateKey.generate())
    quiet_sim.register_key(key_id="taken", public_key=ed_pem)
    private_pem = (
        ed25519.Ed25519PrivateKey.generate()
        .private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        .decode()
    )
    refused: list[tuple[dict[str, object], int, str]] = [
        ({"key_id": "taken", "public_key": ed_pem}, 400, "already registered"),
        ({"key_id": quiet_sim.user.key_id, "public_key": ed_pem}, 400, "already registered"),
        ({"key_id": "", "public_key": ed_pem}, 400, "key_id"),
        ({"key_id": "a b", "public_key": ed_pem}, 400, "key_id"),
        ({"key_id": "bad", "public_key": "-----BEGIN PUBLIC KEY-----\nnot a key\n"}, 400, "not a PEM public key"),
        ({"key_id": "private", "public_key": private_pem}, 400, "not a PEM public key"),
        ({"key_id": "object", "public_key": ed25519.Ed25519PrivateKey.generate()}, 400, "public_key must be"),
        ({"key_id": "scope", "public_key": ed_pem, "scopes": ["admin"]}, 400, "unknown scope"),
        ({"key_id": "nobody", "public_key": ed_pem, "user": "no-such-user"}, 404, "not found"),
    ]
    for kwargs, status, words in refused:
        with pytest.raises(SimError, match=words) as caught:
            quiet_sim.register_key(**kwargs)  # type: ignore[arg-type]
        assert caught.value.status == status, kwargs
        assert "PRIVATE KEY" not in str(caught.value)  # key material is never echoed
    assert sorted(quiet_sim.keys.keys) == sorted([quiet_sim.user.key_id, "taken"])


def test_a_registered_key_survives_a_restart(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    sim = open_state(tmp_path / "paper.sqlite", seed=4, markets=1, agents=False)
    sim.register_key(key_id="kept", public_key=_public_pem(key), scopes=["read"])
    sim.close()
    again = open_state(tmp_path / "paper.sqlite")
    with _client(again, "kept", key) as kalshi:
        assert kalshi.portfolio.balance().balance_dollars == Decimal("1000.0000")
    assert again.keys.keys["kept"].scopes == ["read"]
    again.close()
