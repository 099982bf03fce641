"""Client behaviour with httpx.MockTransport beneath our transport: validation before any
request, reserved headers, auth-required calls, wrong sync/async use, reprs, Klear surface."""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest
from kx_support import KeyPair, MockRecorder, verify_signature

import kalshi_ext._signing
from kalshi_ext import (
    AsyncKalshiClient,
    AsyncKlearClient,
    AsyncPerpsClient,
    AuthenticationError,
    KalshiClient,
    KalshiConfigurationError,
    KlearAuth,
    KlearClient,
    PerpsClient,
    RateLimits,
    RetryPolicy,
)

TOKEN = "klear-secret-token-abcdef0123"


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"exchange_active": True, "trading_active": True})


def _all_clients(key: KeyPair, transport: Any, async_transport: Any) -> list[Any]:
    signing = {"key_id": "key-id-0123456789", "private_key": key.private}
    klear = {"admin_user_id": "admin-1", "access_token": TOKEN}
    return [
        KalshiClient(**signing, transport=transport),
        PerpsClient(**signing, transport=transport),
        KlearClient(**klear, transport=transport),
        AsyncKalshiClient(**signing, transport=async_transport),
        AsyncPerpsClient(**signing, transport=async_transport),
        AsyncKlearClient(**klear, transport=async_transport),
    ]


async def test_reprs_hold_no_secrets(any_key: KeyPair) -> None:
    clients = _all_clients(any_key, httpx.MockTransport(_ok), httpx.MockTransport(_ok))
    objects: list[Any] = [*clients, KlearAuth("admin-1", TOKEN), clients[0].signer, clients[2].credentials]
    for obj in objects:
        text = repr(obj) + str(obj)
        assert TOKEN not in text
        assert "key-id-0123456789" not in text
        for fragment in any_key.secret_fragments():
            assert fragment not in text
    for client in clients:
        result = client.close()
        if result is not None:
            await result
    assert "closed" in repr(clients[0])


def test_auth_required_call_fails_before_any_request(recorder: Any) -> None:
    from kalshi_trade_api.api.portfolio import get_balance

    rec: MockRecorder = recorder(_ok)
    with KalshiClient(transport=httpx.MockTransport(rec)) as client:
        with pytest.raises(KalshiConfigurationError, match="get_balance requires authentication"):
            client._call(get_balance.sync_detailed)
        with pytest.raises(KalshiConfigurationError, match="requires authentication"):
            client.portfolio.balance()
    assert rec.requests == []


async def test_async_auth_required_call_fails_before_any_request(recorder: Any) -> None:
    from kalshi_perps_api.api.portfolio import get_margin_positions

    rec: MockRecorder = recorder(_ok)
    async with AsyncPerpsClient(transport=httpx.MockTransport(rec)) as client:
        with pytest.raises(KalshiConfigurationError, match="requires authentication"):
            await client._call(get_margin_positions.asyncio_detailed)
    assert rec.requests == []


def test_unauthenticated_401_says_no_credentials() -> None:
    handler = lambda r: httpx.Response(401, json={"error": {"code": "unauthorized", "message": "no"}})  # noqa: E731
    with KalshiClient(transport=httpx.MockTransport(handler)) as client, pytest.raises(AuthenticationError) as info:
        client.request("GET", "/portfolio/balance")
    assert "no credentials" in str(info.value)


@pytest.mark.parametrize(
    "name",
    ["KALSHI-ACCESS-KEY", "kalshi-access-signature", "Kalshi-Access-Timestamp", "Authorization", "AUTHORIZATION"],
)
def test_reserved_headers_refused_everywhere(name: str, rsa_key: KeyPair, recorder: Any) -> None:
    with pytest.raises(KalshiConfigurationError, match="reserved"):
        KalshiClient(headers={name: "x"})
    with pytest.raises(KalshiConfigurationError, match="reserved"):
        KlearClient(admin_user_id="a", access_token=TOKEN, headers={name: "x"})
    rec: MockRecorder = recorder(_ok)
    with KalshiClient(key_id="k", private_key=rsa_key.private, transport=httpx.MockTransport(rec)) as client:
        with pytest.raises(KalshiConfigurationError, match="reserved"):
            client.request("GET", "/exchange/status", headers={name: "x"})
        # Even a header smuggled onto the generated client is refused by the transport.
        from kalshi_trade_api.api.exchange import get_exchange_status

        client.raw.with_headers({name: "forged"})
        with pytest.raises(KalshiConfigurationError, match="reserved"):
            client._call(get_exchange_status.sync_detailed)
    assert rec.requests == []


def test_extra_headers_are_sent(recorder: Any) -> None:
    rec: MockRecorder = recorder(_ok)
    with KalshiClient(headers={"X-Trace": "t-1"}, transport=httpx.MockTransport(rec)) as client:
        client.request("GET", "/exchange/status", headers={"X-Other": "o"})
    sent = rec.requests[0].headers
    assert (sent["x-trace"], sent["x-other"]) == ("t-1", "o")
    assert sent["user-agent"].startswith("kalshi-ext")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "exchange/status"),
        ("GET", "https://evil.example/x"),
        ("GET", "//evil.example/x"),
        ("GET", "/../klear-api/v1/x"),
        ("TRACE", "/x"),
        ("GET", 5),
    ],
)
def test_request_argument_validation(method: str, path: Any, recorder: Any) -> None:
    rec: MockRecorder = recorder(_ok)
    with KalshiClient(transport=httpx.MockTransport(rec)) as client, pytest.raises(KalshiConfigurationError):
        client.request(method, path)
    assert rec.requests == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": -1}, "timeout must be > 0"),
        ({"timeout": 0}, "timeout must be > 0"),
        ({"timeout": 601}, "at most 600"),
        ({"timeout": 1e9}, "at most 600"),
        ({"timeout": True}, "not bool"),
        ({"timeout": "10"}, "not str"),
        ({"timeout": float("nan")}, "finite"),
        ({"connect_timeout": 0}, "connect_timeout"),
        ({"retry": 3}, "RetryPolicy"),
        ({"rate_limit": "auto"}, "needs credentials"),
        ({"rate_limit": {"read": 10}}, "RateLimits"),
        ({"headers": {"X": 1}}, "str to str"),
        ({"headers": ["X"]}, "mapping"),
        ({"proxy": "nonsense"}, "proxy"),
        ({"transport": object()}, "httpx.BaseTransport"),
    ],
)
def test_bad_options_rejected_before_any_request(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(KalshiConfigurationError, match=message):
        KalshiClient(**kwargs)


def test_klear_rate_limit_auto_not_available() -> None:
    with pytest.raises(KalshiConfigurationError, match="not available"):
        KlearClient(admin_user_id="a", access_token=TOKEN, rate_limit="auto")  # type: ignore[arg-type]
    with KlearClient(
        admin_user_id="a", access_token=TOKEN, rate_limit=RateLimits.per_second(reads=5, writes=5)
    ) as client:
        assert client.environment == "production"


def test_sync_client_refuses_async_generated_use() -> None:
    import asyncio

    from kalshi_trade_api.api.exchange import get_exchange_status

    with KalshiClient(transport=httpx.MockTransport(_ok)) as client:
        with pytest.raises(KalshiConfigurationError, match="is synchronous"):
            asyncio.run(get_exchange_status.asyncio_detailed(client=client.raw))


async def test_async_client_refuses_sync_generated_use() -> None:
    from kalshi_trade_api.api.exchange import get_exchange_status

    async with AsyncKalshiClient(transport=httpx.MockTransport(_ok)) as client:
        with pytest.raises(KalshiConfigurationError, match="is asynchronous"):
            get_exchange_status.sync_detailed(client=client.raw)


async def test_closed_clients_refuse_calls() -> None:
    from kalshi_trade_api.api.exchange import get_exchange_status

    client = KalshiClient(transport=httpx.MockTransport(_ok))
    client.close()
    client.close()  # idempotent
    with pytest.raises(KalshiConfigurationError, match="closed"):
        client.request("GET", "/exchange/status")
    with pytest.raises(KalshiConfigurationError, match="closed"):
        client._call(get_exchange_status.sync_detailed)
    aclient = AsyncKalshiClient(transport=httpx.MockTransport(_ok))
    await aclient.close()
    await aclient.close()
    with pytest.raises(KalshiConfigurationError, match="closed"):
        await aclient.request("GET", "/exchange/status")


def test_every_attempt_signed_afresh(monkeypatch: pytest.MonkeyPatch, ed_key: KeyPair, recorder: Any) -> None:
    ticks = itertools.count(1_700_000_000_000, 1000)
    monkeypatch.setattr(kalshi_ext._signing, "now_ms", lambda: next(ticks))
    responses = [httpx.Response(503), httpx.Response(500), httpx.Response(200, json={})]
    rec: MockRecorder = recorder(lambda r: responses.pop(0))
    policy = RetryPolicy(max_attempts=3, backoff_base=0.001, backoff_max=0.001)
    with KalshiClient(key_id="k", private_key=ed_key.private, retry=policy, transport=httpx.MockTransport(rec)) as c:
        c.request("GET", "/markets", params={"limit": 1})
    stamps = [r.headers["kalshi-access-timestamp"] for r in rec.requests]
    signatures = [r.headers["kalshi-access-signature"] for r in rec.requests]
    assert stamps == ["1700000000000", "1700000001000", "1700000002000"]
    assert len(set(signatures)) == 3
    for r in rec.requests:
        verify_signature(ed_key.public, {k.lower(): v for k, v in r.headers.items()}, "GET", "/trade-api/v2/markets")


def test_body_less_writes_get_json_content_type(recorder: Any) -> None:
    rec: MockRecorder = recorder(lambda r: httpx.Response(204))
    with KalshiClient(transport=httpx.MockTransport(rec)) as client:
        client.request("PUT", "/communications/quotes/q1/accept")
        client.request("POST", "/portfolio/subaccounts", json={})
    assert all(r.headers["content-type"] == "application/json" for r in rec.requests)
    assert rec.requests[1].content == b"{}"


def test_klear_surface_matches_v4_migration() -> None:
    for cls in (KlearClient, AsyncKlearClient):
        for removed in ("login", "is_authenticated", "auth"):
            assert not hasattr(cls, removed), f"{cls.__name__}.{removed} must not exist"
    with pytest.raises(TypeError):
        KlearClient()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        KlearClient("admin", TOKEN)  # type: ignore[misc]
    import kalshi_ext

    assert not any("LogIn" in name for name in kalshi_ext.__all__)


@pytest.mark.parametrize(
    ("admin", "token"), [("", TOKEN), ("a", ""), ("a:b", TOKEN), ("a", "tok en"), ("a", "tok\nen"), (None, TOKEN)]
)
def test_klear_auth_validation(admin: Any, token: Any) -> None:
    with pytest.raises(KalshiConfigurationError) as info:
        KlearAuth(admin, token)
    assert TOKEN not in str(info.value)


def test_klear_auth_header_and_redaction() -> None:
    auth = KlearAuth("admin-5", TOKEN)
    assert auth.headers() == {"Authorization": f"Bearer admin-5:{TOKEN}"}
    assert repr(auth) == "KlearAuth(admin_user_id='admin-5', access_token='<redacted>')"
    import pickle

    with pytest.raises(TypeError):
        pickle.dumps(auth)


def test_positional_arguments_refused(rsa_key: KeyPair) -> None:
    with pytest.raises(TypeError):
        KalshiClient("kid", rsa_key.pem)  # type: ignore[misc]


def test_signer_exposed_for_ws_and_fix(rsa_key: KeyPair) -> None:
    with KalshiClient(key_id="kid", private_key=rsa_key.private, transport=httpx.MockTransport(_ok)) as client:
        assert client.signer is not None
        headers = client.signer.headers("GET", "/trade-api/ws/v2")
        lower = {k.lower(): v for k, v in headers.items()}
        verify_signature(rsa_key.public, lower, "GET", "/trade-api/ws/v2")
    with KalshiClient(transport=httpx.MockTransport(_ok)) as client:
        assert client.signer is None
