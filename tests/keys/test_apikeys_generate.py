"""``generate_api_key`` (sync and async) against the loopback key mock."""

from __future__ import annotations

import copy
import errno
import os
import pickle
import stat
import traceback
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from keymock import ADMIN_ID, KeyMock, Reply, Secrets

from kalshi_ext import (
    AsyncKalshiClient,
    BadRequestError,
    KalshiClient,
    KalshiConfigurationError,
    ServerError,
    load_private_key,
)
from kalshi_ext.keys import _keyfile
from kalshi_ext.keys._keyfile import KeyFileError
from kalshi_ext.keys._types import ApiKeySaveError, SavedApiKey

PASSPHRASE = "correct horse battery staple"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def assert_clean(secrets: Secrets, *objects: Any) -> None:
    """No secret in the str, repr or formatted traceback of anything given."""
    for obj in objects:
        texts = [str(obj), repr(obj)]
        if isinstance(obj, BaseException):
            texts.append("".join(traceback.format_exception(obj)))
        for text in texts:
            assert not secrets.leaks(text), f"secret leaked through {type(obj).__name__}"


def full_disk(fd: int, data: bytes) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("key_type", ["rsa", "ed25519"])
def test_generate_saves_a_private_key_that_signs(
    client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path, key_type: str
) -> None:
    target = tmp_path / "new-dir" / "bot.pem"
    saved = client.generate_api_key("bot", save_to=target, key_type=key_type)
    assert isinstance(saved, SavedApiKey)
    assert saved.api_key_id in mock.keys and saved.api_key_id != ADMIN_ID
    assert (saved.name, saved.key_type, saved.path, saved.encrypted) == ("bot", key_type, target, False)
    assert saved.environment == "custom"
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700
    assert target.read_text() == mock.generated[saved.api_key_id]  # written exactly as received
    assert mock.seen[-1].body == {"name": "bot", "key_type": key_type}
    assert_clean(secrets, saved)
    with saved.client() as fresh:  # the mock verifies each request with the key it generated
        listed = fresh.get_api_keys()
    assert mock.seen[-1].key_id == saved.api_key_id
    assert saved.api_key_id in [k.api_key_id for k in listed.api_keys]


@pytest.mark.parametrize("key_type", ["rsa", "ed25519"])
def test_passphrase_encrypts_both_key_types(
    client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path, key_type: str
) -> None:
    secrets.add(PASSPHRASE)
    target = tmp_path / "bot.pem"
    saved = client.generate_api_key("bot", save_to=target, key_type=key_type, passphrase=PASSPHRASE)
    text = target.read_text()
    assert text.startswith("-----BEGIN ENCRYPTED " + "PRIVATE KEY-----")
    assert saved.encrypted and mode(target) == 0o600
    assert not secrets.leaks(text)  # not one line of the plain key is in the file
    key = load_private_key(private_key_path=target, passphrase=PASSPHRASE)
    assert isinstance(key, ed25519.Ed25519PrivateKey if key_type == "ed25519" else rsa.RSAPrivateKey)
    with pytest.raises(KalshiConfigurationError, match="encrypted"):
        saved.client()
    with saved.client(private_key_passphrase=PASSPHRASE) as fresh:
        fresh.get_api_keys()
    assert mock.seen[-1].key_id == saved.api_key_id


def test_scopes_and_subaccount_are_sent(client: KalshiClient, mock: KeyMock, tmp_path: Path) -> None:
    client.generate_api_key("reader", save_to=tmp_path / "r.pem", scopes=["read", "read"], subaccount=3)
    assert mock.seen[-1].body == {"name": "reader", "key_type": "rsa", "scopes": ["read"], "subaccount": 3}


def test_official_sdk_request_model_is_accepted(client: KalshiClient, mock: KeyMock, tmp_path: Path) -> None:
    from kalshi_trade_api.models import ApiKeyType, GenerateApiKeyRequest

    request = GenerateApiKeyRequest(name="modelled", key_type=ApiKeyType.API_KEY_TYPE_ED_25519)
    saved = client.generate_api_key(request, save_to=tmp_path / "a.pem")
    assert saved.key_type == "ed25519"
    saved = client.generate_api_key(generate_api_key_request=request, save_to=tmp_path / "b.pem")
    assert mock.seen[-1].body == {"name": "modelled", "key_type": "ed25519"}
    with pytest.raises(KalshiConfigurationError, match="either in the GenerateApiKeyRequest or as keywords"):
        client.generate_api_key(request, save_to=tmp_path / "c.pem", scopes=["read"])


def test_relative_and_home_paths(client: KalshiClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    saved = client.generate_api_key("rel", save_to="keys/rel.pem", key_type="ed25519")
    assert saved.path == tmp_path / "keys" / "rel.pem"
    monkeypatch.chdir("/")
    with saved.client() as fresh:  # the absolute path keeps working after a chdir
        fresh.get_api_keys()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    saved = client.generate_api_key("home", save_to="~/.kalshi/home.pem", key_type="ed25519")
    assert saved.path == tmp_path / "home" / ".kalshi" / "home.pem"
    assert mode(tmp_path / "home" / ".kalshi") == 0o700


def test_overwrite(client: KalshiClient, tmp_path: Path) -> None:
    target = tmp_path / "bot.pem"
    target.write_text("old")
    with pytest.raises(KeyFileError, match="already exists"):
        client.generate_api_key("bot", save_to=target)
    assert target.read_text() == "old"
    saved = client.generate_api_key("bot", save_to=target, overwrite=True, key_type="ed25519")
    assert target.read_text().startswith("-----BEGIN " + "PRIVATE KEY-----")
    assert mode(target) == 0o600
    assert saved.path == target


@pytest.mark.parametrize(
    ("kwargs", "error", "fragment"),
    [
        ({"name": ""}, KalshiConfigurationError, "name must not be empty"),
        ({"name": "  "}, KalshiConfigurationError, "name must not be empty"),
        ({"name": 7}, KalshiConfigurationError, "name must be a str"),
        ({"key_type": "dsa"}, KalshiConfigurationError, "key_type must be 'rsa' or 'ed25519'"),
        ({"passphrase": ""}, KalshiConfigurationError, "passphrase must not be empty"),
        ({"passphrase": "x" * 1024}, KalshiConfigurationError, "at most 1023 bytes"),
        ({"passphrase": 1234}, KalshiConfigurationError, "passphrase must be str or bytes"),
        ({"scopes": "read"}, KalshiConfigurationError, "list of scope names"),
        ({"scopes": []}, KalshiConfigurationError, "must not be empty"),
        ({"scopes": ["write"]}, KalshiConfigurationError, 'needs "read"'),
        ({"subaccount": 64}, KalshiConfigurationError, "between 0 and 63"),
        ({"subaccount": 1, "fcm_subtrader_id": "u_1"}, KalshiConfigurationError, "mutually exclusive"),
        ({"overwrite": "yes"}, KalshiConfigurationError, "overwrite must be True or False"),
        ({"save_to": ""}, KalshiConfigurationError, "save_to must not be empty"),
        ({"save_to": "SUBDIR/"}, KalshiConfigurationError, "names a directory"),
        ({"save_to": "EXISTING"}, KeyFileError, "already exists"),
        ({"save_to": "DIR"}, KeyFileError, "is a directory"),
        ({"save_to": "UNDER_FILE"}, KeyFileError, "is a file"),
    ],
)
def test_bad_input_fails_before_the_server_is_called(
    client: KalshiClient,
    mock: KeyMock,
    secrets: Secrets,
    tmp_path: Path,
    kwargs: dict[str, Any],
    error: type[Exception],
    fragment: str,
) -> None:
    (tmp_path / "existing.pem").write_text("old")
    (tmp_path / "dir").mkdir()
    (tmp_path / "file").write_text("x")
    paths = {
        "SUBDIR/": str(tmp_path / "sub") + "/",
        "EXISTING": tmp_path / "existing.pem",
        "DIR": tmp_path / "dir",
        "UNDER_FILE": tmp_path / "file" / "k.pem",
    }
    args: dict[str, Any] = {"name": "bot", "save_to": tmp_path / "new" / "bot.pem", **kwargs}
    args["save_to"] = (
        paths.get(args["save_to"], args["save_to"]) if isinstance(args["save_to"], str) else args["save_to"]
    )
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error, match=fragment) as info:
        client.generate_api_key(args.pop("name"), **args)
    assert mock.seen == []  # nothing reached the server
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing left behind
    assert (tmp_path / "existing.pem").read_text() == "old"
    secrets.add("x" * 1024)
    assert_clean(secrets, info.value)


def test_unauthenticated_client_is_refused_before_anything(mock: KeyMock, tmp_path: Path) -> None:
    with KalshiClient(base_url=mock.base_url, allow_custom_host=True) as anonymous:
        with pytest.raises(KalshiConfigurationError, match="needs an authenticated client"):
            anonymous.generate_api_key("bot", save_to=tmp_path / "x" / "bot.pem")
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(("status", "error"), [(400, BadRequestError), (500, ServerError)])
def test_server_error_on_generate(
    client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path, status: int, error: type[Exception]
) -> None:
    mock.override["POST /api_keys/generate"] = lambda seen: Reply(status, {"error": {"code": "x", "message": "no"}})
    with pytest.raises(error) as info:
        client.generate_api_key("bot", save_to=tmp_path / "new" / "bot.pem")
    assert not (tmp_path / "new").exists()  # the directory made for the file is gone too
    notes = " ".join(getattr(info.value, "__notes__", []))
    if status == 500:  # a 5xx on a write may have been processed
        assert "may have created the key 'bot'" in notes
    else:
        assert notes == ""
    assert_clean(secrets, info.value)


def test_write_failure_after_the_server_created_the_key_keeps_it_in_memory(
    client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_keyfile, "_write_all", full_disk)
    target = tmp_path / "bot.pem"
    with pytest.raises(ApiKeySaveError) as info:
        client.generate_api_key("bot", save_to=target, key_type="ed25519")
    err = info.value
    assert err.api_key_id in mock.keys  # the orphan exists on the server
    assert err.path == target and err.key_type == "ed25519"
    assert "No space left on device" in str(err) and err.api_key_id in str(err)
    assert f"delete_api_key('{err.api_key_id}')" in str(err)
    assert err.private_key_pem == mock.generated[err.api_key_id]
    assert not target.exists() and list(tmp_path.iterdir()) == []
    assert_clean(secrets, err)
    assert "private_key_pem=<redacted>" in repr(err)
    assert err.args == (str(err),)
    for clone in (pickle.dumps, copy.copy, copy.deepcopy):
        with pytest.raises(TypeError, match="cannot be pickled or copied"):
            clone(err)
    # The key in memory is the real one: the server accepts its signatures.
    with KalshiClient(
        key_id=err.api_key_id, private_key=err.private_key_pem, base_url=mock.base_url, allow_custom_host=True
    ) as rescued:
        rescued.get_api_keys()
    assert mock.seen[-1].key_id == err.api_key_id
    client.delete_api_key(err.api_key_id)
    assert err.api_key_id not in mock.keys


def test_target_created_during_the_call_is_left_alone(
    client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path
) -> None:
    target = tmp_path / "bot.pem"

    def intruder(seen: Any) -> None:
        target.write_text("someone else's")  # appears while the server is generating

    mock.override["POST /api_keys/generate"] = intruder
    with pytest.raises(ApiKeySaveError, match="created by someone else") as info:
        client.generate_api_key("bot", save_to=target)
    assert target.read_text() == "someone else's"
    assert info.value.private_key_pem == mock.generated[info.value.api_key_id]
    assert [p.name for p in tmp_path.iterdir()] == ["bot.pem"]
    assert_clean(secrets, info.value)


def test_undocumented_200_is_still_saved(client: KalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path) -> None:
    mock.override["POST /api_keys/generate"] = lambda seen: Reply(200, mock._generate(seen.body).body)
    saved = client.generate_api_key("bot", save_to=tmp_path / "bot.pem", key_type="ed25519")
    assert (tmp_path / "bot.pem").read_text() == mock.generated[saved.api_key_id]


def test_garbage_private_key_is_not_written(client: KalshiClient, mock: KeyMock, tmp_path: Path) -> None:
    bogus = "-----BEGIN " + "PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----\n"
    mock.override["POST /api_keys/generate"] = lambda seen: Reply(
        201, {"api_key_id": "mock-odd-1", "key_type": "rsa", "private_key": bogus}
    )
    with pytest.raises(ApiKeySaveError, match="not an RSA or Ed25519 PEM private key") as info:
        client.generate_api_key("bot", save_to=tmp_path / "bot.pem")
    assert info.value.private_key_pem == bogus
    assert list(tmp_path.iterdir()) == []


def test_answer_without_private_key(client: KalshiClient, mock: KeyMock, tmp_path: Path) -> None:
    mock.override["POST /api_keys/generate"] = lambda seen: Reply(201, {"api_key_id": "mock-odd-2"})
    with pytest.raises(Exception, match="sent no private key; delete the orphan key") as info:
        client.generate_api_key("bot", save_to=tmp_path / "bot.pem")
    assert "mock-odd-2" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_list_and_delete(client: KalshiClient, mock: KeyMock, tmp_path: Path) -> None:
    saved = client.generate_api_key("bot", save_to=tmp_path / "bot.pem", key_type="ed25519")
    ids = [k.api_key_id for k in client.get_api_keys().api_keys]
    assert ids == [ADMIN_ID, saved.api_key_id]
    assert client.delete_api_key(saved.api_key_id) is None
    assert mock.seen[-1].path == f"/api_keys/{saved.api_key_id}"
    assert [k.api_key_id for k in client.get_api_keys().api_keys] == [ADMIN_ID]
    with pytest.raises(KalshiConfigurationError, match="api_key must not be empty"):
        client.delete_api_key("")
    from kalshi_ext import NotFoundError

    with pytest.raises(NotFoundError):
        client.delete_api_key(saved.api_key_id)


# --- async ----------------------------------------------------------------------------------


@pytest.mark.parametrize("key_type", ["rsa", "ed25519"])
async def test_async_generate(
    async_client: AsyncKalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path, key_type: str
) -> None:
    secrets.add(PASSPHRASE)
    target = tmp_path / "d" / "bot.pem"
    saved = await async_client.generate_api_key("bot", save_to=target, key_type=key_type, passphrase=PASSPHRASE)
    assert mode(target) == 0o600 and mode(target.parent) == 0o700 and saved.encrypted
    async with saved.async_client(private_key_passphrase=PASSPHRASE) as fresh:
        listed = await fresh.get_api_keys()
    assert mock.seen[-1].key_id == saved.api_key_id
    assert saved.api_key_id in [k.api_key_id for k in listed.api_keys]
    await async_client.delete_api_key(saved.api_key_id)
    assert saved.api_key_id not in mock.keys


async def test_async_write_failure_keeps_the_key(
    async_client: AsyncKalshiClient, mock: KeyMock, secrets: Secrets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_keyfile, "_write_all", full_disk)
    with pytest.raises(ApiKeySaveError) as info:
        await async_client.generate_api_key("bot", save_to=tmp_path / "bot.pem")
    assert info.value.private_key_pem == mock.generated[info.value.api_key_id]
    assert_clean(secrets, info.value)


async def test_async_bad_input_and_server_error(async_client: AsyncKalshiClient, mock: KeyMock, tmp_path: Path) -> None:
    with pytest.raises(KalshiConfigurationError, match="key_type"):
        await async_client.generate_api_key("bot", save_to=tmp_path / "bot.pem", key_type="ecdsa")
    assert mock.seen == []
    mock.override["POST /api_keys/generate"] = lambda seen: Reply(400, {"error": {"code": "x", "message": "no"}})
    with pytest.raises(BadRequestError):
        await async_client.generate_api_key("bot", save_to=tmp_path / "sub" / "bot.pem")
    assert list(tmp_path.iterdir()) == []
