"""Client-side rate limiting: token buckets with an injected clock, endpoint costs, both
shapes of GET /account/limits, 429 shrinking, and "auto" loading through a client."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from kx_support import KeyPair, MockRecorder

from kalshi_ext import (
    AsyncKalshiClient,
    Bucket,
    EndpointCost,
    KalshiClient,
    KalshiConfigurationError,
    PerpsClient,
    RateLimits,
    RetryPolicy,
)
from kalshi_ext._ratelimit import RECOVERY_INTERVAL_S, RateLimiter, TokenBucket
from kalshi_ext._transport import KalshiTransport, TransportCore


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_bucket_allows_burst_then_waits() -> None:
    clock = Clock()
    bucket = TokenBucket(Bucket(capacity=20, refill_rate=10), clock)
    assert [bucket.reserve(10), bucket.reserve(10)] == [0.0, 0.0]
    assert bucket.reserve(10) == pytest.approx(1.0)  # 10 tokens short at 10/s
    assert bucket.reserve(5) == pytest.approx(1.5)  # queued behind the previous reservation
    clock.now = 10.0
    assert bucket.reserve(10) == 0.0  # refilled (and capped at capacity)
    assert bucket.reserve(10) == 0.0
    assert bucket.reserve(1) > 0


def test_penalize_shrinks_empties_and_recovers() -> None:
    clock = Clock()
    bucket = TokenBucket(Bucket(capacity=100, refill_rate=100), clock)
    bucket.penalize(retry_after=2.0)
    assert (bucket.capacity, bucket.refill_rate) == (50, 50)
    assert bucket.reserve(1) == pytest.approx(2.0 + 1 / 50)  # waits out Retry-After first
    for _ in range(10):
        bucket.penalize()
    assert (bucket.capacity, bucket.refill_rate) == (10, 10)  # floor: a tenth
    for step in range(1, 10):
        clock.now = step * RECOVERY_INTERVAL_S + 100
        bucket.reserve(0)
    assert (bucket.capacity, bucket.refill_rate) == (100, 100)


@pytest.mark.parametrize(
    ("template", "path", "matches"),
    [
        ("/portfolio/events/orders", "/trade-api/v2/portfolio/events/orders", True),
        ("/trade-api/v2/portfolio/events/orders/{order_id}", "/trade-api/v2/portfolio/events/orders/abc", True),
        ("/portfolio/events/orders/:order_id/amend", "/trade-api/v2/portfolio/events/orders/x/amend", True),
        ("/portfolio/events/orders/{order_id}", "/trade-api/v2/portfolio/events/orders", False),
        ("/portfolio/events/orders", "/trade-api/v2/portfolio/events/orders/batched", False),
    ],
)
def test_endpoint_costs_match_templates(template: str, path: str, matches: bool) -> None:
    limits = RateLimits(
        read=Bucket(100, 100),
        write=Bucket(100, 100),
        default_cost=10,
        endpoint_costs=(EndpointCost("post", template, 2),),
    )
    limiter = RateLimiter(limits, path_prefix="/trade-api/v2")
    assert limiter.cost("POST", path) == (2 if matches else 10)
    assert limiter.cost("GET", path) == 10  # the method matters


def test_reads_and_writes_use_separate_buckets() -> None:
    clock = Clock()
    limiter = RateLimiter(RateLimits.per_second(reads=1, writes=1), clock=clock)
    assert limiter.reserve("GET", "/x") == 0
    assert limiter.reserve("POST", "/x") == 0
    assert limiter.reserve("GET", "/x") == pytest.approx(1.0)
    assert limiter.reserve("DELETE", "/x") == pytest.approx(1.0)


def test_from_account_nested_buckets_and_costs() -> None:
    limits = RateLimits.from_account(
        {
            "usage_tier": "basic",
            "read": {"bucket_capacity": 200, "refill_rate": 200},
            "write": {"bucket_capacity": 200, "refill_rate": 100},
        },
        {
            "default_cost": 10,
            "endpoint_costs": [
                {"method": "DELETE", "path": "/portfolio/events/orders/{order_id}", "cost": 2},
                {"method": "GET", "path": "/broken"},  # missing cost: skipped, not fatal
            ],
        },
    )
    assert limits.read == Bucket(200, 200)
    assert limits.write == Bucket(200, 100)
    assert limits.default_cost == 10
    assert limits.endpoint_costs == (EndpointCost("DELETE", "/portfolio/events/orders/{order_id}", 2),)


@pytest.mark.parametrize("payload", [{"read": 20, "write": 10}, {"read_limit": 20, "write_limit": 10}])
def test_from_account_plain_integers_are_requests_per_second(payload: dict[str, Any]) -> None:
    limits = RateLimits.from_account(payload, {"default_cost": 10, "endpoint_costs": []})
    assert limits.read == Bucket(20, 20)
    assert limits.write == Bucket(10, 10)
    assert limits.default_cost == 1  # costs are in tokens; plain integers count requests


@pytest.mark.parametrize(
    "payload", [{}, {"read": {"bucket_capacity": 0, "refill_rate": 1}, "write": 5}, {"read": True, "write": 5}]
)
def test_from_account_rejects_unusable_payloads(payload: dict[str, Any]) -> None:
    with pytest.raises(KalshiConfigurationError):
        RateLimits.from_account(payload)


@pytest.mark.parametrize("bad", [0, -1, True, float("inf"), "10"])
def test_bucket_validation(bad: Any) -> None:
    with pytest.raises(KalshiConfigurationError):
        Bucket(capacity=bad, refill_rate=1)
    with pytest.raises(KalshiConfigurationError):
        RateLimits.per_second(reads=bad, writes=1)


def test_transport_waits_and_429_shrinks_bucket() -> None:
    clock = Clock()
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock.now += seconds

    limiter = RateLimiter(RateLimits.per_second(reads=2, writes=1), clock=clock)
    core = TransportCore(auth=None, retry=RetryPolicy(max_attempts=2), limiter=limiter, clock=clock)
    statuses = [200, 200, 200, 429, 200]
    transport = KalshiTransport(
        core,
        httpx.MockTransport(lambda r: httpx.Response(statuses.pop(0), headers={"Retry-After": "1"})),
        sleep=sleep,
    )
    with httpx.Client(transport=transport, base_url="http://h/trade-api/v2") as client:
        for _ in range(3):
            client.get("/markets")
        assert sleeps == [pytest.approx(0.5)]  # the third read waited for a token
        client.get("/markets")  # waits for a token, gets 429 (Retry-After 1), then 200
    assert limiter.read.refill_rate == 1.0  # halved from 2/s
    # token wait, Retry-After honoured, then the emptied (and slower) bucket's next token
    assert sleeps[1:] == [pytest.approx(0.5), pytest.approx(1.0), pytest.approx(1.0)]


def _limits_handler(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path.endswith("/account/limits") or path.endswith("/account/limits/perps"):
        return httpx.Response(
            200,
            json={
                "usage_tier": "basic",
                "read": {"bucket_capacity": 100, "refill_rate": 50},
                "write": {"bucket_capacity": 20, "refill_rate": 10},
            },
        )
    if path.endswith("/account/endpoint_costs"):
        return httpx.Response(200, json={"default_cost": 10, "endpoint_costs": []})
    return httpx.Response(200, json={"ok": True})


def test_auto_limits_load_before_first_request(rsa_key: KeyPair, recorder: Any) -> None:
    rec: MockRecorder = recorder(_limits_handler)
    with KalshiClient(
        key_id="kid", private_key=rsa_key.private, rate_limit="auto", transport=httpx.MockTransport(rec)
    ) as client:
        assert client.request("GET", "/markets") == {"ok": True}
        client.request("GET", "/markets")
    paths = [r.url.path for r in rec.requests]
    assert paths == [
        "/trade-api/v2/account/limits",
        "/trade-api/v2/account/endpoint_costs",
        "/trade-api/v2/markets",
        "/trade-api/v2/markets",
    ]
    limiter = client._core.transport_core.limiter
    assert limiter is not None and limiter.limits.read == Bucket(100, 50)


def test_perps_loads_its_own_limits(rsa_key: KeyPair, recorder: Any) -> None:
    rec: MockRecorder = recorder(_limits_handler)
    with PerpsClient(key_id="kid", private_key=rsa_key.private, transport=httpx.MockTransport(rec)) as client:
        limits = client.load_rate_limits()
    assert limits.write == Bucket(20, 10)
    assert rec.requests[0].url.path == "/trade-api/v2/account/limits/perps"


async def test_async_auto_limits(rsa_key: KeyPair, recorder: Any) -> None:
    rec: MockRecorder = recorder(_limits_handler)
    async with AsyncKalshiClient(
        key_id="kid", private_key=rsa_key.private, rate_limit="auto", transport=httpx.MockTransport(rec)
    ) as client:
        assert await client.request("GET", "/markets") == {"ok": True}
    assert [r.url.path for r in rec.requests][-1] == "/trade-api/v2/markets"
    assert client._core.transport_core.limiter is not None


def test_auto_limits_failure_is_logged_and_not_fatal(
    rsa_key: KeyPair, recorder: Any, caplog: pytest.LogCaptureFixture
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if "/account/" in request.url.path:
            return httpx.Response(401, json={"error": {"code": "unauthorized", "message": "x"}})
        return httpx.Response(200, json={})

    rec: MockRecorder = recorder(handler)
    with KalshiClient(
        key_id="kid", private_key=rsa_key.private, rate_limit="auto", transport=httpx.MockTransport(rec)
    ) as client:
        assert client.request("GET", "/markets") == {}
        client.request("GET", "/markets")  # loading is attempted once only
    assert sum("/account/limits" in r.url.path for r in rec.requests) == 1
    assert client._core.transport_core.limiter is None
    assert any("could not load rate limits (AuthenticationError 401)" in r.getMessage() for r in caplog.records)


def test_load_rate_limits_needs_credentials() -> None:
    with KalshiClient(transport=httpx.MockTransport(_limits_handler)) as client:
        with pytest.raises(KalshiConfigurationError, match="needs credentials"):
            client.load_rate_limits()
