"""The secrets test: record a signed session (sync and async REST, sync and async WebSocket, an
API-key generate answer carrying a private key, Klear Bearer calls, passphrase-protected keys),
then scan the cassette for every secret that was in play: 0 hits. The session then replays."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from rr_fake import KEY_ID, KLEAR_ADMIN, KLEAR_TOKEN, MARKET, FakeKalshi, FakeWs, book_session, pem_lines, ws_options

from kalshi_ext import AsyncKalshiClient, AsyncKlearClient, KalshiClient, KlearClient
from kalshi_ext.testing import Cassette
from kalshi_ext.ws import KalshiWebSocket, SyncKalshiWebSocket

SIGNING_PASSPHRASE = "signing-passphrase-81f3"
NEW_KEY_PASSPHRASE = "new-key-passphrase-c07e"
PEM_MARKERS = ("-----BEGIN", "PRIVATE KEY", "-----END")


def strings_in(value: Any) -> list[str]:
    """Every string in decoded JSON, keys included: the places a secret could hide."""
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (str(k), *strings_in(v))]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return [value] if isinstance(value, str) else []


async def record_session(
    path: Path, fake: FakeKalshi, ws_fake: FakeWs, origin: str, encrypted_pem: str, tmp: Path
) -> dict[str, Any]:
    results: dict[str, Any] = {}
    signing = {"key_id": KEY_ID, "private_key": encrypted_pem, "private_key_passphrase": SIGNING_PASSPHRASE}
    klear = {"admin_user_id": KLEAR_ADMIN, "access_token": KLEAR_TOKEN, "demo": True}
    with Cassette(path, mode="once") as cassette:
        with KalshiClient(demo=True, transport=cassette.transport(fake.mock()), **signing) as kalshi:
            results["balance"] = kalshi.portfolio.balance().balance
            results["keys"] = [k.name for k in kalshi.get_api_keys().api_keys]  # lists the signing key's id
            saved = kalshi.generate_api_key("bot", save_to=tmp / "sync.pem")
            results["sync_key"] = saved.path
        async with AsyncKalshiClient(demo=True, transport=cassette.async_transport(fake.mock()), **signing) as akalshi:
            results["async_balance"] = (await akalshi.portfolio.balance()).balance
            saved = await akalshi.generate_api_key("abot", save_to=tmp / "async.pem", passphrase=NEW_KEY_PASSPHRASE)
            results["async_key"] = saved.path
        with KlearClient(transport=cassette.transport(fake.mock()), **klear) as kl:
            results["klear"] = kl.request("GET", "/margin/settlement_balance")
        async with AsyncKlearClient(transport=cassette.async_transport(fake.mock()), **klear) as akl:
            results["async_klear"] = await akl.request("GET", "/margin/settlement_balance")
        async with cassette.websocket(upstream=origin) as server:
            options = ws_options(encrypted_pem, server.url_for(), private_key_passphrase=SIGNING_PASSPHRASE)
            async with KalshiWebSocket(**options) as ws:
                results["ws"] = await book_session(ws)
            with SyncKalshiWebSocket(**options) as sws:
                sub = sws.subscribe_orderbook_delta([MARKET])
                results["sync_ws"] = [sub.get(timeout=5).is_snapshot, sub.get(timeout=5).is_snapshot]
    return results


async def test_a_recorded_signed_session_holds_no_secret(
    fake: FakeKalshi, private_key: Any, private_pem: str, tmp_path: Path
) -> None:
    encrypted_pem = private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(SIGNING_PASSPHRASE.encode()),
    ).decode()
    path = tmp_path / "signed-session.json"
    ws_fake = FakeWs(private_key)
    with ws_fake.running() as origin:
        live = await record_session(path, fake, ws_fake, origin, encrypted_pem, tmp_path / "live")
    assert live["balance"] == live["async_balance"] == 10000 and live["ws"] and live["sync_ws"] == [True, False]
    assert live["klear"]["echo"] == f"token {KLEAR_TOKEN} seen"  # the live answer is untouched
    # the live key files hold the keys the server made (the recording hid them, not the caller)
    assert live["sync_key"].read_text() == fake.generated_pems[0]

    secrets = {
        *fake.secrets,  # every REST signature seen, both generated private keys (lines), the Bearer credential
        *ws_fake.signatures,  # every handshake signature
        *pem_lines(private_pem),
        *pem_lines(encrypted_pem),
        *pem_lines(live["sync_key"].read_text()),
        *pem_lines(live["async_key"].read_text()),
        SIGNING_PASSPHRASE,
        NEW_KEY_PASSPHRASE,
        KLEAR_TOKEN,
        KEY_ID,
    }
    assert len(fake.signatures) == 5 and len(ws_fake.signatures) == 2 and len(fake.generated_pems) == 2
    text = path.read_text()
    data = json.loads(text)
    places = strings_in(data)
    hits = [s for s in secrets for place in [text, *places] if s in place]
    hits += [m for m in PEM_MARKERS for place in [text, *places] if m in place]
    frames = sum(len(c["events"]) for c in data["websockets"])
    print(
        f"secrets scan: {len(secrets)} secret values and {len(PEM_MARKERS)} PEM markers checked against "
        f"{len(places)} strings ({len(data['interactions'])} REST interactions, {len(data['websockets'])} WebSocket "
        f"connections, {frames} frames) and the raw file ({len(text)} bytes): {len(hits)} hits"
    )
    assert hits == []
    assert len(data["interactions"]) == 7 and len(data["websockets"]) == 2 and frames >= 10
    assert text.count("<scrubbed private key: rsa pkcs1>") == 2
    assert text.count('"kalshi-access-signature": "<scrubbed>"') == 7  # 5 REST requests, 2 handshakes
    assert text.count('"authorization": "Bearer <scrubbed>"') == 2
    assert "token <scrubbed> seen" in text  # the token the Klear fake echoed in a body

    # The same session replays from the cassette alone: no REST fake, no WebSocket server.
    calls = len(fake.calls)
    ws_fake_closed = FakeWs(private_key)  # never started
    replayed = await record_session(path, fake, ws_fake_closed, "ws://127.0.0.1:9", encrypted_pem, tmp_path / "replay")
    assert len(fake.calls) == calls and ws_fake_closed.commands == []
    assert replayed["keys"] == live["keys"] == ["signing key"]
    assert replayed["balance"] == 10000 and replayed["ws"] == live["ws"] and replayed["sync_ws"] == [True, False]
    # a replayed generate_api_key writes a usable key: a fresh one of the recorded kind, not the recorded key
    fresh = replayed["sync_key"].read_text()
    assert load_pem_private_key(fresh.encode(), password=None) is not None
    assert not set(pem_lines(fresh)) & secrets
    assert load_pem_private_key(replayed["async_key"].read_bytes(), password=NEW_KEY_PASSPHRASE.encode()) is not None
