"""``kalshi.websocket()`` on the REST clients: the WebSocket client of the same API, signer and environment."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from kalshi_ext import (
    AsyncKalshiClient,
    AsyncPerpsClient,
    KalshiClient,
    KalshiWebSocket,
    PerpsClient,
    PerpsWebSocket,
    SyncKalshiWebSocket,
    SyncPerpsWebSocket,
)


def _pem() -> str:
    key = ed25519.Ed25519PrivateKey.generate()
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def test_sync_rest_clients_give_the_sync_websocket_of_their_api() -> None:
    with KalshiClient(key_id="k-1", private_key=_pem(), demo=True) as kalshi:
        ws = kalshi.websocket()
        try:
            assert isinstance(ws, SyncKalshiWebSocket)
            assert "url='wss://demo-api.kalshi.co/trade-api/ws/v2'" in repr(ws)
            assert "algorithm='ed25519'" in repr(ws)  # the REST client's signer
        finally:
            ws.close()
    with PerpsClient(key_id="k-2", private_key=_pem()) as perps:
        ws = perps.websocket()
        try:
            assert isinstance(ws, SyncPerpsWebSocket)
            assert "url='wss://external-api-margin-ws.kalshi.com/trade-api/ws/v2/margin'" in repr(ws)
        finally:
            ws.close()


async def test_async_rest_clients_give_the_async_websocket_of_their_api() -> None:
    async with AsyncKalshiClient(key_id="k-3", private_key=_pem()) as kalshi:
        ws = kalshi.websocket()
        assert isinstance(ws, KalshiWebSocket)
        await ws.close()
    async with AsyncPerpsClient(key_id="k-4", private_key=_pem(), demo=True) as perps:
        ws = perps.websocket()
        assert isinstance(ws, PerpsWebSocket)
        await ws.close()
