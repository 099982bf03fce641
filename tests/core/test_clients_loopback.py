"""End to end against a real HTTP server on 127.0.0.1: every signature is checked with the
public key (RSA and Ed25519), for the sync and async clients of all three APIs."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest
from kx_support import KeyPair, LoopbackServer, Reply, verify_signature

from kalshi_ext import (
    AsyncKalshiClient,
    AsyncKlearClient,
    AsyncPerpsClient,
    KalshiClient,
    KalshiConnectionError,
    KalshiTimeoutError,
    KlearClient,
    NotFoundError,
    PerpsClient,
    RetryPolicy,
    ServerError,
)

FAST = RetryPolicy(max_attempts=3, backoff_base=0.001, backoff_max=0.002, total_budget=5.0)
KLEAR_TOKEN = "klear-token-0123456789abcdef"


def _trade_kwargs(server: LoopbackServer, key: KeyPair) -> dict[str, Any]:
    return {
        "key_id": "kid-loopback",
        "private_key": key.private,
        "base_url": f"{server.url}/trade-api/v2",
        "allow_custom_host": True,
        "retry": FAST,
    }


def _assert_all_signed(server: LoopbackServer, key: KeyPair) -> None:
    assert server.requests
    for rec in server.requests:
        assert rec.headers["kalshi-access-key"] == "kid-loopback"
        assert rec.path.startswith("/trade-api/v2/")
        verify_signature(key.public, rec.headers, rec.method, rec.path)


def _status_reply(rec: Any) -> Reply:
    if rec.path.endswith("/exchange/status"):
        return Reply(body={"exchange_active": True, "trading_active": True})
    return Reply(body={"ok": True, "path": rec.path})


@pytest.mark.parametrize("client_cls", [KalshiClient, PerpsClient])
def test_sync_signed_requests_verify(server: LoopbackServer, any_key: KeyPair, client_cls: Any) -> None:
    server.handler = _status_reply
    with client_cls(**_trade_kwargs(server, any_key)) as client:
        assert client.request("GET", "/markets", params={"limit": 5, "cursor": "abc"})["ok"]
        client.request("POST", "/portfolio/events/orders", json={"client_order_id": "c-1"})
        client.request("DELETE", "/portfolio/events/orders/o-1", params={"subaccount": 0})
    _assert_all_signed(server, any_key)
    first = server.requests[0]
    assert first.query == "limit=5&cursor=abc"  # the query is sent but was not signed
    assert server.requests[1].headers["content-type"] == "application/json"


def test_percent_escapes_are_signed_as_sent(server: LoopbackServer, rsa_key: KeyPair) -> None:
    from kalshi_trade_api.api.market import get_market

    server.handler = lambda rec: Reply(body={"market": {"ticker": "A B/C"}})
    with KalshiClient(**_trade_kwargs(server, rsa_key)) as client:
        client.request("GET", "/markets/A%20B%2FC")
        client._call(get_market.sync_detailed, ticker="KX:1")  # whitespace is refused; ':' is escaped
    raw_paths = [rec.path for rec in server.requests]
    assert raw_paths[0] == "/trade-api/v2/markets/A%20B%2FC"
    assert raw_paths[1] == "/trade-api/v2/markets/KX%3A1"
    _assert_all_signed(server, rsa_key)


def test_generated_functions_and_facade_go_through_our_transport(server: LoopbackServer, ed_key: KeyPair) -> None:
    from kalshi_trade_api.api.exchange import get_exchange_status
    from kalshi_trade_api.api.portfolio import get_balance

    def reply(rec: Any) -> Reply:
        if rec.path.endswith("/portfolio/balance"):
            return Reply(body={"balance": 1234, "portfolio_value": 0, "updated_ts": 0})
        return _status_reply(rec)

    server.handler = reply
    with KalshiClient(**_trade_kwargs(server, ed_key)) as client:
        assert get_exchange_status.sync(client=client.raw).exchange_active is True  # type: ignore[union-attr]
        assert get_balance.sync_detailed(client=client.raw).status_code == 200  # type: ignore[arg-type]
        assert client.exchange.status().trading_active is True
        assert client._call(get_balance.sync_detailed).balance == 1234
    assert len(server.requests) == 4
    _assert_all_signed(server, ed_key)


def test_each_retry_is_signed_again(server: LoopbackServer, any_key: KeyPair) -> None:
    replies = [Reply(503, {"error": {"code": "unavailable", "message": "busy"}}), Reply(body={"ok": 1})]
    server.handler = lambda rec: replies.pop(0)
    with KalshiClient(**_trade_kwargs(server, any_key)) as client:
        assert client.request("GET", "/markets") == {"ok": 1}
    assert len(server.requests) == 2
    _assert_all_signed(server, any_key)


def test_post_not_resent_after_5xx_on_a_real_server(server: LoopbackServer, rsa_key: KeyPair) -> None:
    server.handler = lambda rec: Reply(503, {"error": {"code": "busy", "message": "try later"}}, {"Retry-After": "0"})
    with KalshiClient(**_trade_kwargs(server, rsa_key)) as client, pytest.raises(ServerError) as info:
        client.request("POST", "/portfolio/events/orders", json={"client_order_id": "c-9"})
    assert len(server.requests) == 1
    assert info.value.outcome_unknown


def test_post_not_resent_after_read_timeout(server: LoopbackServer, rsa_key: KeyPair) -> None:
    server.handler = lambda rec: Reply(body={}, delay=0.6)
    kwargs = _trade_kwargs(server, rsa_key) | {"timeout": 0.15}
    with KalshiClient(**kwargs) as client, pytest.raises(KalshiTimeoutError) as info:
        client.request("POST", "/portfolio/events/orders", json={"client_order_id": "c-10"})
    assert len(server.requests) == 1
    assert info.value.outcome_unknown
    assert info.value.attempts == 1


def test_get_retried_after_read_timeout(server: LoopbackServer, rsa_key: KeyPair) -> None:
    replies = [Reply(body={}, delay=0.6), Reply(body={"late": False})]
    server.handler = lambda rec: replies.pop(0)
    kwargs = _trade_kwargs(server, rsa_key) | {"timeout": 0.15}
    with KalshiClient(**kwargs) as client:
        assert client.request("GET", "/markets") == {"late": False}
    assert len(server.requests) == 2


def test_connection_refused_is_retried_then_wrapped(rsa_key: KeyPair) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    kwargs = {
        "key_id": "kid",
        "private_key": rsa_key.private,
        "base_url": f"http://127.0.0.1:{port}/trade-api/v2",
        "allow_custom_host": True,
        "retry": FAST,
    }
    with KalshiClient(**kwargs) as client, pytest.raises(KalshiConnectionError) as info:
        client.request("POST", "/portfolio/events/orders", json={})
    assert info.value.attempts == 3  # never reached the server, so even a POST is retried
    assert not info.value.outcome_unknown
    assert info.value.__cause__ is not None


def test_unauthenticated_public_call(server: LoopbackServer) -> None:
    server.handler = _status_reply
    with KalshiClient(base_url=f"{server.url}/trade-api/v2", allow_custom_host=True) as client:
        assert client.exchange.status().exchange_active is True
    assert not any(h.startswith("kalshi-access") for h in server.requests[0].headers)


def test_klear_bearer_on_loopback(server: LoopbackServer) -> None:
    server.handler = lambda rec: Reply(body={"balance": "10.00"})
    with KlearClient(
        admin_user_id="admin-42",
        access_token=KLEAR_TOKEN,
        base_url=f"{server.url}/klear-api/v1",
        allow_custom_host=True,
    ) as klear:
        assert klear.request("GET", "/margin/settlement_balance") == {"balance": "10.00"}
    rec = server.requests[0]
    assert rec.path == "/klear-api/v1/margin/settlement_balance"
    assert rec.headers["authorization"] == f"Bearer admin-42:{KLEAR_TOKEN}"
    assert not any(h.startswith("kalshi-access") for h in rec.headers)


def test_error_from_a_real_server(server: LoopbackServer, rsa_key: KeyPair) -> None:
    server.handler = lambda rec: Reply(
        404, {"error": {"code": "not_found", "message": "market not found"}}, {"X-Request-Id": "abc-1"}
    )
    with KalshiClient(**_trade_kwargs(server, rsa_key)) as client, pytest.raises(NotFoundError) as info:
        client.request("GET", "/markets/NOPE")
    assert info.value.request_id == "abc-1"
    assert info.value.code == "not_found"


# --------------------------------------------------------------------------- async


@pytest.mark.parametrize("client_cls", [AsyncKalshiClient, AsyncPerpsClient])
async def test_async_signed_requests_verify(server: LoopbackServer, any_key: KeyPair, client_cls: Any) -> None:
    server.handler = _status_reply
    async with client_cls(**_trade_kwargs(server, any_key)) as client:
        results = await asyncio.gather(
            *(client.request("GET", f"/markets/T{i}", params={"depth": i}) for i in range(12))
        )
        await client.request("POST", "/portfolio/events/orders", json={"client_order_id": "c-a"})
    assert all(r["ok"] for r in results)
    assert len(server.requests) == 13
    _assert_all_signed(server, any_key)


async def test_async_generated_and_facade(server: LoopbackServer, rsa_key: KeyPair) -> None:
    from kalshi_trade_api.api.exchange import get_exchange_status

    server.handler = _status_reply
    async with AsyncKalshiClient(**_trade_kwargs(server, rsa_key)) as client:
        status = await get_exchange_status.asyncio(client=client.raw)
        assert status is not None and status.exchange_active
        assert (await client.exchange.status()).trading_active
        assert (await client._call(get_exchange_status.asyncio_detailed)).exchange_active
    _assert_all_signed(server, rsa_key)


async def test_async_post_not_resent_after_timeout(server: LoopbackServer, ed_key: KeyPair) -> None:
    server.handler = lambda rec: Reply(body={}, delay=0.6)
    kwargs = _trade_kwargs(server, ed_key) | {"timeout": 0.15}
    async with AsyncKalshiClient(**kwargs) as client:
        with pytest.raises(KalshiTimeoutError) as info:
            await client.request("POST", "/portfolio/events/orders", json={"client_order_id": "c-b"})
    assert len(server.requests) == 1
    assert info.value.outcome_unknown


async def test_async_klear_bearer(server: LoopbackServer) -> None:
    server.handler = lambda rec: Reply(body={"reports": []})
    async with AsyncKlearClient(
        admin_user_id="admin-9", access_token=KLEAR_TOKEN, base_url=f"{server.url}/klear-api/v1", allow_custom_host=True
    ) as klear:
        assert await klear.request("GET", "/margin/reports", params={"start_date": "2026-01-01"}) == {"reports": []}
    assert server.requests[0].headers["authorization"] == f"Bearer admin-9:{KLEAR_TOKEN}"
