"""The four examples of the official SDK's API-keys page (shared seed 002), after docs/migration.md's edits.

Edits (the "Official SDK" table of docs/migration.md): O1 the client is built from keywords
(``KalshiClient(key_id=..., private_key=..., base_url=host)``) instead of a ``Configuration``;
O2 request models come from ``kalshi_ext.models`` and carry the fields Kalshi requires (the page's
empty ``CreateApiKeyRequest()`` is refused by Kalshi too); O3 ``generate_api_key`` takes
``save_to=``: the new private key goes to a 0600 file, never only into memory; O4
``kalshi_python.rest.ApiException`` is ``kalshi_ext.KalshiAPIError``. Each runs against the local
stand-in (signatures verified with the key the example reads from ``path/to/private_key.pem``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from pprint import pprint
from typing import Any

import httpx
import pytest
from standin import StandIn

EDITS = {"create_api_key": ("O1", "O2", "O4"), "delete_api_key": ("O1", "O4"), "generate_api_key": ("O1", "O3", "O4")}
EDITS["get_api_keys"] = ("O1", "O4")


@pytest.fixture
def workdir(standin: StandIn, pem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StandIn]:
    monkeypatch.setattr(httpx, "HTTPTransport", lambda *a, **k: httpx.MockTransport(standin))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "path" / "to").mkdir(parents=True)
    (tmp_path / "path" / "to" / "private_key.pem").write_text(pem)
    os.chmod(tmp_path / "path" / "to" / "private_key.pem", 0o600)
    yield standin


def _client() -> Any:
    from kalshi_ext import KalshiClient  # O1

    with open("path/to/private_key.pem") as f:
        private_key = f.read()
    return KalshiClient(
        key_id="key-1",  # "your-api-key-id"
        private_key=private_key,
        base_url="https://api.elections.kalshi.com/trade-api/v2",
    )


def test_create_api_key(workdir: StandIn) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from kalshi_ext import KalshiAPIError  # O4
    from kalshi_ext.models import CreateApiKeyRequest  # O2

    public_pem = (
        ed25519.Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    client = _client()
    create_api_key_request = CreateApiKeyRequest(name="bot", public_key=public_pem)  # O2
    try:
        api_response = client.create_api_key(create_api_key_request)
        print("The response of ApiKeysApi->create_api_key:\n")
        pprint(api_response)
    except KalshiAPIError as e:
        raise AssertionError(f"Exception when calling ApiKeysApi->create_api_key: {e}") from e
    assert api_response.api_key_id in workdir.api_keys and api_response.path is None


def test_delete_api_key(workdir: StandIn) -> None:
    client = _client()
    api_key = "key-1"  # str | API key ID to delete
    try:
        client.delete_api_key(api_key)
    except Exception as e:
        raise AssertionError(f"Exception when calling ApiKeysApi->delete_api_key: {e}") from e
    assert "key-1" not in workdir.api_keys


def test_generate_api_key(workdir: StandIn) -> None:
    from kalshi_ext.models import GenerateApiKeyRequest  # O2

    client = _client()
    generate_api_key_request = GenerateApiKeyRequest(name="bot")
    api_response = client.generate_api_key(generate_api_key_request, save_to="keys/bot.pem")  # O3
    pprint(api_response)
    saved = Path("keys/bot.pem")
    assert saved.exists() and (saved.stat().st_mode & 0o777) == 0o600
    assert api_response.api_key_id in workdir.api_keys and "PRIVATE" not in repr(api_response)


def test_get_api_keys(workdir: StandIn) -> None:
    client = _client()
    api_response = client.get_api_keys()
    print("The response of ApiKeysApi->get_api_keys:\n")
    pprint(api_response)
    assert [k.api_key_id for k in api_response.api_keys] == ["key-1"]


def test_the_counts() -> None:
    """4 examples; none runs unchanged (they build the client from a Configuration); all 4 run after the edits."""
    assert len(EDITS) == 4 and all("O1" in edits for edits in EDITS.values())
