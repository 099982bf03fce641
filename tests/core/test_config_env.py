"""from_env(): variable names, Perps prefix fallback, Klear variables, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from kx_support import KeyPair

from kalshi_ext import (
    AsyncKalshiClient,
    AsyncKlearClient,
    AsyncPerpsClient,
    KalshiClient,
    KalshiConfigurationError,
    KlearClient,
    PerpsClient,
)


def _key_file(tmp_path: Path, key: KeyPair, name: str = "k.pem") -> str:
    path = tmp_path / name
    path.write_text(key.pem)
    return str(path)


def test_trade_from_env_with_path(tmp_path: Path, rsa_key: KeyPair) -> None:
    env = {"KALSHI_API_KEY_ID": "kid-1", "KALSHI_PRIVATE_KEY_PATH": _key_file(tmp_path, rsa_key)}
    with KalshiClient.from_env(env=env) as client:
        assert client.signer is not None
        assert client.signer.key_id == "kid-1"
        assert client.environment == "production"


def test_trade_from_env_with_pem_text_and_escaped_newlines(ed_key: KeyPair) -> None:
    escaped = ed_key.pem.replace("\n", "\\n")  # how many CI secret stores hand PEMs over
    env = {"KALSHI_KEY_ID": "kid-2", "KALSHI_PRIVATE_KEY": escaped, "KALSHI_DEMO": "true"}
    with KalshiClient.from_env(env=env) as client:
        assert client.signer is not None and client.signer.algorithm == "ed25519"
        assert client.environment == "demo"


def test_from_env_reads_os_environ(monkeypatch: pytest.MonkeyPatch, rsa_key: KeyPair) -> None:
    monkeypatch.setenv("KALSHI_API_KEY_ID", "kid-os")
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", rsa_key.pem)
    monkeypatch.setenv("KALSHI_DEMO", "1")
    with KalshiClient.from_env() as client:
        assert client.signer is not None and client.signer.key_id == "kid-os"
        assert client.environment == "demo"


def test_encrypted_key_from_env(rsa_key: KeyPair) -> None:
    env = {
        "KALSHI_API_KEY_ID": "kid",
        "KALSHI_PRIVATE_KEY": rsa_key.encrypted_pem(b"pass-phrase"),
        "KALSHI_PRIVATE_KEY_PASSPHRASE": "pass-phrase",
    }
    with KalshiClient.from_env(env=env) as client:
        assert client.signer is not None


def test_explicit_demo_argument_wins_over_env() -> None:
    with KalshiClient.from_env(env={"KALSHI_DEMO": "true"}, demo=False) as client:
        assert client.environment == "production"
    with KalshiClient.from_env(env={}, demo=True) as client:
        assert client.environment == "demo"


def test_no_credentials_in_env_gives_public_client() -> None:
    with KalshiClient.from_env(env={}) as client:
        assert client.signer is None


def test_key_id_without_key(tmp_path: Path) -> None:
    with pytest.raises(KalshiConfigurationError, match="KALSHI_API_KEY_ID is set but neither"):
        KalshiClient.from_env(env={"KALSHI_API_KEY_ID": "kid"})


def test_key_without_key_id(rsa_key: KeyPair) -> None:
    with pytest.raises(KalshiConfigurationError, match="KALSHI_API_KEY_ID is not") as info:
        KalshiClient.from_env(env={"KALSHI_PRIVATE_KEY": rsa_key.pem})
    for fragment in rsa_key.secret_fragments():
        assert fragment not in str(info.value)


def test_both_key_sources_in_env(tmp_path: Path, rsa_key: KeyPair) -> None:
    env = {
        "KALSHI_API_KEY_ID": "kid",
        "KALSHI_PRIVATE_KEY": rsa_key.pem,
        "KALSHI_PRIVATE_KEY_PATH": _key_file(tmp_path, rsa_key),
    }
    with pytest.raises(KalshiConfigurationError, match="set only one") as info:
        KalshiClient.from_env(env=env)
    assert rsa_key.secret_fragments()[0] not in str(info.value)


@pytest.mark.parametrize("value", ["maybe", "2", "enabled"])
def test_bad_demo_value(value: str) -> None:
    with pytest.raises(KalshiConfigurationError, match="KALSHI_DEMO must be one of"):
        KalshiClient.from_env(env={"KALSHI_DEMO": value})


def test_credentials_as_options_refused(rsa_key: KeyPair) -> None:
    with pytest.raises(KalshiConfigurationError, match="pass key_id to the constructor"):
        KalshiClient.from_env(env={}, key_id="kid")


def test_options_pass_through() -> None:
    with KalshiClient.from_env(env={}, timeout=3.5, base_url="http://127.0.0.1:1", allow_custom_host=True) as client:
        assert client.base_url == "http://127.0.0.1:1"


def test_perps_prefers_perps_prefix(tmp_path: Path, rsa_key: KeyPair, ed_key: KeyPair) -> None:
    env = {
        "KALSHI_API_KEY_ID": "trade-kid",
        "KALSHI_PRIVATE_KEY_PATH": _key_file(tmp_path, rsa_key, "trade.pem"),
        "KALSHI_PERPS_API_KEY_ID": "perps-kid",
        "KALSHI_PERPS_PRIVATE_KEY": ed_key.pem,
        "KALSHI_PERPS_DEMO": "yes",
        "KALSHI_DEMO": "no",
    }
    with PerpsClient.from_env(env=env) as client:
        assert client.signer is not None
        assert (client.signer.key_id, client.signer.algorithm) == ("perps-kid", "ed25519")
        assert client.environment == "demo"
    with KalshiClient.from_env(env=env) as client:
        assert client.signer is not None and client.signer.key_id == "trade-kid"
        assert client.environment == "production"


def test_perps_falls_back_to_kalshi_prefix(tmp_path: Path, rsa_key: KeyPair) -> None:
    env = {"KALSHI_API_KEY_ID": "kid", "KALSHI_PRIVATE_KEY_PATH": _key_file(tmp_path, rsa_key), "KALSHI_DEMO": "1"}
    with PerpsClient.from_env(env=env) as client:
        assert client.signer is not None and client.signer.key_id == "kid"
        assert client.base_url == "https://external-api.demo.kalshi.co/trade-api/v2"


def test_perps_key_source_taken_as_a_unit(rsa_key: KeyPair) -> None:
    # The Trade passphrase must not be applied to a Perps key (and vice versa).
    env = {
        "KALSHI_PERPS_API_KEY_ID": "perps-kid",
        "KALSHI_PERPS_PRIVATE_KEY": rsa_key.pem,
        "KALSHI_PRIVATE_KEY_PASSPHRASE": "for-the-trade-key",
    }
    with PerpsClient.from_env(env=env) as client:
        assert client.signer is not None


def test_klear_from_env() -> None:
    env = {
        "KALSHI_KLEAR_ADMIN_USER_ID": "admin-7",
        "KALSHI_KLEAR_ACCESS_TOKEN": "klear-token-secret-value",
        "KALSHI_KLEAR_DEMO": "true",
    }
    with KlearClient.from_env(env=env) as client:
        assert client.credentials.admin_user_id == "admin-7"
        assert client.environment == "demo"
        assert "klear-token-secret-value" not in repr(client)


def test_klear_from_env_demo_argument() -> None:
    env = {"KALSHI_KLEAR_ADMIN_USER_ID": "a", "KALSHI_KLEAR_ACCESS_TOKEN": "token-123456"}
    with KlearClient.from_env(demo=True, env=env) as client:
        assert client.base_url == "https://demo-api.kalshi.co/klear-api/v1"


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "KALSHI_KLEAR_ADMIN_USER_ID and KALSHI_KLEAR_ACCESS_TOKEN"),
        ({"KALSHI_KLEAR_ADMIN_USER_ID": "a"}, "KALSHI_KLEAR_ACCESS_TOKEN"),
        ({"KALSHI_KLEAR_ACCESS_TOKEN": "secret-token-xyz"}, "KALSHI_KLEAR_ADMIN_USER_ID"),
    ],
)
def test_klear_from_env_missing(env: dict[str, str], missing: str) -> None:
    with pytest.raises(KalshiConfigurationError, match=missing) as info:
        KlearClient.from_env(env=env)
    assert "secret-token-xyz" not in str(info.value)


async def test_async_from_env(tmp_path: Path, rsa_key: KeyPair) -> None:
    env = {
        "KALSHI_API_KEY_ID": "kid",
        "KALSHI_PRIVATE_KEY_PATH": _key_file(tmp_path, rsa_key),
        "KALSHI_KLEAR_ADMIN_USER_ID": "a",
        "KALSHI_KLEAR_ACCESS_TOKEN": "token-123456",
    }
    async with AsyncKalshiClient.from_env(env=env) as a, AsyncPerpsClient.from_env(env=env) as b:
        assert a.signer is not None and b.signer is not None
    async with AsyncKlearClient.from_env(env=env, demo=True) as c:
        assert c.environment == "demo"
