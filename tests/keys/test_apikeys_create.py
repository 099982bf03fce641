"""``create_api_key`` (sync and async): key pairs made locally, uploaded public keys, failures."""

from __future__ import annotations

import errno
import os
import socket
import stat
import traceback
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from keymock import ADMIN_ID, FAST_RETRY, KeyMock, Reply, Secrets, pem_private, pem_public

from kalshi_ext import (
    AsyncKalshiClient,
    BadRequestError,
    KalshiClient,
    KalshiConfigurationError,
    KalshiConnectionError,
    PermissionDeniedError,
    RetryPolicy,
    ServerError,
    load_private_key,
)
from kalshi_ext.keys import _keyfile
from kalshi_ext.keys._keyfile import KeyFileError

PASSPHRASE = "another long passphrase"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def assert_clean(secrets: Secrets, exc: BaseException) -> None:
    for text in (str(exc), repr(exc), "".join(traceback.format_exception(exc))):
        assert not secrets.leaks(text)


def register_file(secrets: Secrets, path: Path, passphrase: str | None = None) -> Any:
    """Load the key the SDK made and register its plain PEM as a secret for the leak guard."""
    key = load_private_key(private_key_path=path, passphrase=passphrase)
    secrets.add_pem(pem_private(key))
    return key


def notes(exc: BaseException) -> str:
    return " ".join(getattr(exc, "__notes__", []))


@pytest.mark.parametrize("key_type", ["rsa", "ed25519"])
def test_local_pair_is_saved_then_uploaded(
    client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path, key_type: str
) -> None:
    target = tmp_path / "new" / "bot.pem"
    saved = client.create_api_key("bot", save_to=target, key_type=key_type)
    key = register_file(secrets, target)
    assert mode(target) == 0o600 and mode(target.parent) == 0o700
    assert target.read_text().startswith("-----BEGIN " + "PRIVATE KEY-----")
    assert (saved.key_type, saved.path, saved.encrypted, saved.name) == (key_type, target, False, "bot")
    assert isinstance(key, rsa.RSAPrivateKey if key_type == "rsa" else ed25519.Ed25519PrivateKey)
    if key_type == "rsa":
        assert key.key_size == 2048
    upload = mock.seen[-1]
    assert upload.path == "/api_keys" and upload.body["name"] == "bot"
    assert upload.body["public_key"] == pem_public(key)
    assert "PRIVATE" not in str(upload.body)
    with saved.client() as fresh:  # signs with the file; the mock verifies with the uploaded key
        fresh.get_api_keys()
    assert mock.seen[-1].key_id == saved.api_key_id
    assert not secrets.leaks(repr(saved))


@pytest.mark.parametrize("key_type", ["rsa", "ed25519"])
def test_local_pair_with_passphrase(
    client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path, key_type: str
) -> None:
    secrets.add(PASSPHRASE)
    target = tmp_path / "bot.pem"
    saved = client.create_api_key("bot", save_to=target, key_type=key_type, passphrase=PASSPHRASE.encode())
    register_file(secrets, target, PASSPHRASE)
    assert target.read_text().startswith("-----BEGIN ENCRYPTED " + "PRIVATE KEY-----") and saved.encrypted
    with pytest.raises(KalshiConfigurationError, match="wrong passphrase"):
        load_private_key(private_key_path=target, passphrase="not it")
    with saved.client(private_key_passphrase=PASSPHRASE) as fresh:
        fresh.get_api_keys()
    assert mock.seen[-1].key_id == saved.api_key_id


@pytest.mark.parametrize("form", ["str", "bytes", "object", "pkcs1"])
def test_uploading_a_public_key(client: KalshiClient, mock: KeyMock, tmp_path: Path, form: str) -> None:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public: Any = {
        "str": pem_public(private),
        "bytes": pem_public(private).encode(),
        "object": private.public_key(),
        "pkcs1": private.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.PKCS1),
    }[form]
    saved = client.create_api_key("mine", public_key=public)
    assert saved.path is None and saved.key_type == "rsa" and not saved.encrypted
    assert mock.seen[-1].body["public_key"] == pem_public(private)  # normalised to SubjectPublicKeyInfo
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(KalshiConfigurationError, match="private key is not known here"):
        saved.client()
    with KalshiClient(
        key_id=saved.api_key_id, private_key=private, base_url=mock.base_url, allow_custom_host=True
    ) as own:
        own.get_api_keys()


def test_official_sdk_request_model(client: KalshiClient, mock: KeyMock) -> None:
    from kalshi_trade_api.models import CreateApiKeyRequest

    private = ed25519.Ed25519PrivateKey.generate()
    request = CreateApiKeyRequest(name="modelled", public_key=pem_public(private), scopes=["read"])  # type: ignore[list-item]
    saved = client.create_api_key(request)
    assert saved.key_type == "ed25519" and saved.path is None
    assert mock.seen[-1].body == {"name": "modelled", "public_key": pem_public(private), "scopes": ["read"]}
    client.create_api_key(create_api_key_request=request)
    with pytest.raises(KalshiConfigurationError, match="public key was given twice"):
        client.create_api_key(request, public_key=pem_public(private))


@pytest.fixture(scope="module")
def odd_keys() -> dict[str, Any]:
    from cryptography.hazmat.primitives.asymmetric import ec

    return {
        "private": rsa.generate_private_key(public_exponent=65537, key_size=2048),
        "small": rsa.generate_private_key(public_exponent=65537, key_size=1024),
        "ec": ec.generate_private_key(ec.SECP256R1()),
    }


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({}, "pass save_to"),
        ({"save_to": "F", "public_key": "PUB"}, "with public_key nothing is saved"),
        ({"public_key": "PUB", "passphrase": PASSPHRASE}, "with public_key nothing is saved"),
        ({"public_key": "PUB", "key_type": "ed25519"}, "but public_key is an rsa key"),
        ({"public_key": "PRIV"}, "contains a PRIVATE key; it was not sent"),
        ({"public_key": "PRIVOBJ"}, "is a private key object"),
        ({"public_key": "SMALL"}, "at least 2048 bits"),
        ({"public_key": "EC"}, "Kalshi accepts RSA or Ed25519"),
        ({"public_key": "not pem"}, "not PEM text"),
        ({"public_key": "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"}, "could not be parsed"),
        ({"save_to": "F", "key_type": "x25519"}, "key_type must be"),
        ({"save_to": "F", "passphrase": b""}, "passphrase must not be empty"),
        ({"save_to": "F", "name": ""}, "name must not be empty"),
    ],
)
def test_bad_input_is_refused_before_anything(
    client: KalshiClient,
    mock: KeyMock,
    secrets: Secrets,
    tmp_path: Path,
    kwargs: dict[str, Any],
    fragment: str,
    odd_keys: dict[str, Any],
) -> None:
    private = odd_keys["private"]
    secrets.add_pem(pem_private(private))
    values = {
        "F": tmp_path / "bot.pem",
        "PUB": pem_public(private),
        "PRIV": pem_private(private),
        "PRIVOBJ": private,
        "SMALL": pem_public(odd_keys["small"]),
        "EC": odd_keys["ec"].public_key(),
    }
    args = {"name": "bot", **{k: values.get(v, v) if isinstance(v, str) else v for k, v in kwargs.items()}}
    with pytest.raises(KalshiConfigurationError, match=fragment) as info:
        client.create_api_key(args.pop("name"), **args)
    assert mock.seen == [] and list(tmp_path.iterdir()) == []
    assert_clean(secrets, info.value)


def test_existing_file_is_refused_before_the_pair_is_made(client: KalshiClient, mock: KeyMock, tmp_path: Path) -> None:
    (tmp_path / "bot.pem").write_text("old")
    with pytest.raises(KeyFileError, match="already exists"):
        client.create_api_key("bot", save_to=tmp_path / "bot.pem")
    assert mock.seen == [] and (tmp_path / "bot.pem").read_text() == "old"


def test_write_failure_uploads_nothing(
    client: KalshiClient, mock: KeyMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_keyfile, "_write_all", full_disk)
    with pytest.raises(KeyFileError, match="No space left on device"):
        client.create_api_key("bot", save_to=tmp_path / "d" / "bot.pem")
    assert mock.seen == [] and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("status", "error"), [(400, BadRequestError), (403, PermissionDeniedError)])
def test_refused_upload_removes_the_file(
    client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path, status: int, error: type[Exception]
) -> None:
    mock.override["POST /api_keys"] = lambda seen: Reply(status, {"error": {"code": "no", "message": "refused"}})
    target = tmp_path / "new" / "bot.pem"
    with pytest.raises(error) as info:
        client.create_api_key("bot", save_to=target, key_type="ed25519")
    assert not (tmp_path / "new").exists()
    assert f"the private key file made for it ({target}) was removed" in notes(info.value)
    assert len(mock.keys) == 1
    assert_clean(secrets, info.value)


def test_unknown_outcome_keeps_the_file(client: KalshiClient, mock: KeyMock, tmp_path: Path, secrets: Secrets) -> None:
    mock.override["POST /api_keys"] = lambda seen: Reply(500, {"error": {"code": "oops", "message": "internal"}})
    target = tmp_path / "bot.pem"
    with pytest.raises(ServerError) as info:
        client.create_api_key("bot", save_to=target, key_type="ed25519")
    register_file(secrets, target)
    assert mode(target) == 0o600
    assert "may have registered the key 'bot' anyway" in notes(info.value) and str(target) in notes(info.value)


def test_connection_refused_removes_the_file(admin_private: Any, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with KalshiClient(
        key_id=ADMIN_ID,
        private_key=admin_private,
        base_url=f"http://127.0.0.1:{port}/trade-api/v2",
        allow_custom_host=True,
        retry=RetryPolicy(**FAST_RETRY),
    ) as offline:
        with pytest.raises(KalshiConnectionError) as info:
            offline.create_api_key("bot", save_to=tmp_path / "bot.pem", key_type="ed25519")
    assert not info.value.outcome_unknown
    assert list(tmp_path.iterdir()) == []
    assert "was removed" in notes(info.value)


def test_overwrite_replaces_only_after_a_successful_upload(
    client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path
) -> None:
    target = tmp_path / "bot.pem"
    target.write_text("old")
    mock.override["POST /api_keys"] = lambda seen: Reply(400, {"error": {"code": "no", "message": "refused"}})
    with pytest.raises(BadRequestError) as info:
        client.create_api_key("bot", save_to=target, overwrite=True, key_type="ed25519")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["bot.pem"]
    assert f"nothing was written to {target}" in notes(info.value)
    del mock.override["POST /api_keys"]
    saved = client.create_api_key("bot", save_to=target, overwrite=True, key_type="ed25519")
    register_file(secrets, target)
    assert mode(target) == 0o600 and [p.name for p in tmp_path.iterdir()] == ["bot.pem"]
    with saved.client() as fresh:
        fresh.get_api_keys()


def test_undocumented_200_on_create_is_accepted(
    client: KalshiClient, mock: KeyMock, tmp_path: Path, secrets: Secrets
) -> None:
    mock.override["POST /api_keys"] = lambda seen: Reply(200, mock._create(seen.body).body)
    saved = client.create_api_key("bot", save_to=tmp_path / "bot.pem", key_type="ed25519")
    register_file(secrets, tmp_path / "bot.pem")
    assert saved.api_key_id in mock.keys


async def test_async_create(async_client: AsyncKalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path) -> None:
    saved = await async_client.create_api_key("bot", save_to=tmp_path / "bot.pem", key_type="rsa")
    register_file(secrets, tmp_path / "bot.pem")
    async with saved.async_client() as fresh:
        await fresh.get_api_keys()
    assert mock.seen[-1].key_id == saved.api_key_id
    mock.override["POST /api_keys"] = lambda seen: Reply(400, {"error": {"code": "no", "message": "refused"}})
    with pytest.raises(BadRequestError) as info:
        await async_client.create_api_key("bot2", save_to=tmp_path / "bot2.pem", key_type="ed25519")
    assert not (tmp_path / "bot2.pem").exists() and "was removed" in notes(info.value)


def test_success_without_an_id_keeps_the_file(
    client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path
) -> None:
    from kalshi_ext import KalshiResponseError

    mock.override["POST /api_keys"] = lambda seen: Reply(201, {})
    with pytest.raises(KalshiResponseError, match="registered the key 'bot' but sent no api_key_id") as info:
        client.create_api_key("bot", save_to=tmp_path / "bot.pem", key_type="ed25519")
    assert str(tmp_path / "bot.pem") in str(info.value)
    register_file(secrets, tmp_path / "bot.pem")


def test_saved_key_helpers(client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path) -> None:
    saved = client.create_api_key("bot", save_to=tmp_path / "bot.pem", key_type="ed25519")
    register_file(secrets, tmp_path / "bot.pem")
    assert saved.env() == {"KALSHI_API_KEY_ID": saved.api_key_id, "KALSHI_PRIVATE_KEY_PATH": str(tmp_path / "bot.pem")}
    with pytest.raises(KalshiConfigurationError, match="do not pass key_id"):
        saved.client(key_id="other")
    with saved.client(demo=True) as demo:  # an explicit environment wins (no request is sent here)
        assert demo.environment == "demo"
    with KalshiClient.from_env(env=saved.env(), base_url=mock.base_url, allow_custom_host=True) as from_env:
        from_env.get_api_keys()
    assert mock.seen[-1].key_id == saved.api_key_id
