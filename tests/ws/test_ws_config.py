"""Construction: hosts, credentials, from_env, the optional dependency, secrets, the public surface."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from wshelp import ED_KEY_ID, Keys

import kalshi_ext.ws as ws_pkg
from kalshi_ext import KalshiConfigurationError, RequestSigner
from kalshi_ext.ws import KalshiWebSocket, PerpsWebSocket, SyncKalshiWebSocket, SyncPerpsWebSocket


@pytest.mark.parametrize(
    ("cls", "demo", "url"),
    [
        (KalshiWebSocket, False, "wss://api.elections.kalshi.com/trade-api/ws/v2"),
        (KalshiWebSocket, True, "wss://demo-api.kalshi.co/trade-api/ws/v2"),
        (PerpsWebSocket, False, "wss://external-api-margin-ws.kalshi.com/trade-api/ws/v2/margin"),
        (PerpsWebSocket, True, "wss://external-api-margin-ws.demo.kalshi.co/trade-api/ws/v2/margin"),
    ],
)
def test_default_hosts(cls: type[Any], demo: bool, url: str) -> None:
    client = cls(demo=demo)
    assert client.url == url and client.environment == ("demo" if demo else "production")


def test_the_spec_host_is_accepted_and_others_need_an_opt_in() -> None:
    assert KalshiWebSocket(url="wss://external-api-ws.kalshi.com/trade-api/ws/v2").environment == "production"
    bad = [
        {"url": "wss://api.elections.kalshi.com/trade-api/v2"},  # the REST path
        {"url": "ws://api.elections.kalshi.com/trade-api/ws/v2"},  # not TLS
        {"url": "wss://api.elections.kalshi.com/trade-api/ws/v2", "demo": True},
        {"url": "wss://proxy.example.com/ws"},  # unknown host without the opt-in
        {"url": "ws://proxy.example.com/ws", "allow_custom_host": True},  # ws:// off loopback
        {"url": "https://api.elections.kalshi.com/trade-api/ws/v2"},
        {"url": "wss://user:pw@api.elections.kalshi.com/trade-api/ws/v2"},
        {"demo": "yes"},
        {"queue_size": 0},
        {"ack_timeout": -1},
        {"reconnect": {"base": 1}},
    ]
    for kwargs in bad:
        with pytest.raises(KalshiConfigurationError) as caught:
            KalshiWebSocket(**kwargs)
        assert "pw" not in str(caught.value)
    custom = KalshiWebSocket(url="wss://proxy.example.com/ws", allow_custom_host=True)
    assert custom.environment == "custom"


def test_credentials_from_keywords_a_signer_or_the_environment(keys: Keys) -> None:
    pem = keys.pem(keys.ed)
    client = KalshiWebSocket(key_id=ED_KEY_ID, private_key=pem, demo=True)
    assert client.signer is not None and client.signer.key_id == ED_KEY_ID
    with pytest.raises(KalshiConfigurationError, match="not both"):
        KalshiWebSocket(RequestSigner(ED_KEY_ID, keys.ed), key_id=ED_KEY_ID, private_key=pem)
    with pytest.raises(KalshiConfigurationError):
        KalshiWebSocket("not a signer")  # type: ignore[arg-type]
    env = {"KALSHI_API_KEY_ID": ED_KEY_ID, "KALSHI_PRIVATE_KEY": pem, "KALSHI_DEMO": "1"}
    from_env = KalshiWebSocket.from_env(env=env)
    assert from_env.signer is not None and from_env.environment == "demo"
    perps = PerpsWebSocket.from_env(env={"KALSHI_PERPS_API_KEY_ID": "perps-key", "KALSHI_PRIVATE_KEY": pem})
    assert perps.signer is not None and perps.signer.key_id == "perps-key"
    assert KalshiWebSocket.from_env(env={}).signer is None
    with pytest.raises(KalshiConfigurationError, match="KALSHI_PRIVATE_KEY"):
        KalshiWebSocket.from_env(env={"KALSHI_API_KEY_ID": ED_KEY_ID})
    sync = SyncKalshiWebSocket.from_env(env=env, demo=False)
    assert sync.client.environment == "production"
    sync.close()


def test_no_key_material_in_reprs(keys: Keys) -> None:
    pem = keys.pem(keys.rsa)
    client = KalshiWebSocket(key_id="rsa-key-0123456789", private_key=pem)
    sync = SyncPerpsWebSocket(key_id="rsa-key-0123456789", private_key=pem)
    for text in (repr(client), repr(sync), str(client.signer)):
        assert not any(fragment in text for fragment in keys.fragments())
        assert "rsa-key-0123456789" not in text  # the key id is shortened too
    sync.close()


def test_importing_does_not_need_websockets() -> None:
    code = "import sys, kalshi_ext, kalshi_ext.ws; print('websockets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_missing_websockets_names_the_extra() -> None:
    code = """
import asyncio, sys
sys.modules["websockets"] = None
from kalshi_ext.ws import KalshiWebSocket, WebSocketDependencyError
async def main():
    try:
        await KalshiWebSocket().connect()
    except WebSocketDependencyError as exc:
        print("OK", exc, isinstance(exc, ImportError))
asyncio.run(main())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("OK") and "kalshi-ext[ws]" in out.stdout and out.stdout.strip().endswith("True")


def test_public_surface_is_pinned() -> None:
    assert sorted(ws_pkg.__all__) == sorted(
        [
            "ERROR_CODES",
            "PERPS",
            "PREDICTION",
            "AsyncWebSocketClient",
            "BookDepth",
            "BookError",
            "BookInvalidated",
            "BookUpdate",
            "ChannelSpec",
            "ClientEvent",
            "ConnectionEvent",
            "ConnectionState",
            "ErrorEvent",
            "KalshiWebSocket",
            "Message",
            "MessageParseError",
            "OrderBook",
            "Overflow",
            "PerpsWebSocket",
            "PriceLevel",
            "ReconnectPolicy",
            "SequenceGap",
            "ServerErrorMessage",
            "StreamOverflowError",
            "Subscription",
            "SubscriptionEvent",
            "SubscriptionStats",
            "SyncKalshiWebSocket",
            "SyncPerpsWebSocket",
            "SyncSubscription",
            "SyncWebSocketClient",
            "UnknownMessage",
            "WebSocketClosedError",
            "WebSocketCommandError",
            "WebSocketConnectionError",
            "WebSocketDependencyError",
            "WebSocketError",
            "WebSocketTimeoutError",
            "WsApi",
        ]
    )
    for name in ws_pkg.__all__:
        assert getattr(ws_pkg, name) is not None


def test_sync_clients_mirror_the_async_helpers() -> None:
    for sync_cls, async_cls in ((SyncKalshiWebSocket, KalshiWebSocket), (SyncPerpsWebSocket, PerpsWebSocket)):
        async_helpers = {n for n in dir(async_cls) if n.startswith("subscribe")}
        sync_helpers = {n for n in dir(sync_cls) if n.startswith("subscribe")}
        assert async_helpers == sync_helpers
        assert sync_cls.subscribe_ticker.__doc__ == async_cls.subscribe_ticker.__doc__


def test_from_client_shares_the_rest_clients_signer_and_environment(keys: Keys) -> None:
    from kalshi_ext import KalshiClient, PerpsClient

    pem = keys.pem(keys.ed)
    with KalshiClient(key_id=ED_KEY_ID, private_key=pem, demo=True) as kalshi:
        ws = KalshiWebSocket.from_client(kalshi, queue_size=10)
        assert ws.signer is kalshi.signer and ws.environment == "demo"
        assert ws.url == "wss://demo-api.kalshi.co/trade-api/ws/v2"
        sync = SyncKalshiWebSocket.from_client(kalshi)
        assert sync.client.signer is kalshi.signer
        sync.close()
        with pytest.raises(KalshiConfigurationError, match="Perps API client"):
            PerpsWebSocket.from_client(kalshi)
        with pytest.raises(KalshiConfigurationError, match="demo come from the REST client"):
            KalshiWebSocket.from_client(kalshi, demo=False)
    with PerpsClient(key_id=ED_KEY_ID, private_key=pem) as perps:
        assert PerpsWebSocket.from_client(perps).url.startswith("wss://external-api-margin-ws.kalshi.com/")
    custom = KalshiClient(base_url="http://127.0.0.1:9/trade-api/v2", allow_custom_host=True)
    with pytest.raises(KalshiConfigurationError, match="custom base_url"):
        KalshiWebSocket.from_client(custom)
    local = KalshiWebSocket.from_client(custom, url="ws://127.0.0.1:9/trade-api/ws/v2", allow_custom_host=True)
    assert local.signer is None and local.environment == "custom"
    custom.close()


async def test_from_an_async_rest_client(keys: Keys) -> None:
    from kalshi_ext import AsyncPerpsClient

    async with AsyncPerpsClient(key_id=ED_KEY_ID, private_key=keys.pem(keys.ed), demo=True) as perps:
        ws = PerpsWebSocket.from_client(perps)
        assert ws.signer is perps.signer and ws.environment == "demo"
