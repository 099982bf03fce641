"""Retry policy as a table (pure, injected randomness), Retry-After parsing, and the transport
loop with injected clock and sleep: tests never really sleep."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from kalshi_ext import (
    KalshiConfigurationError,
    KalshiConnectionError,
    KalshiTimeoutError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
)
from kalshi_ext._retry import Failure, backoff_delay, decide_retry, parse_retry_after
from kalshi_ext._transport import KalshiTransport, TransportCore

POLICY = RetryPolicy(max_attempts=4, backoff_base=0.5, backoff_max=4.0, total_budget=10.0)
HALF = lambda: 0.5  # noqa: E731 - deterministic "random"


# method, attempt, elapsed, status, failure, retry_after, -> retry, delay
TABLE: list[tuple[str, int, float, int | None, Failure | None, float | None, bool, float]] = [
    # idempotent reads: retried on retryable statuses and any network failure
    ("GET", 1, 0.0, 503, None, None, True, 0.25),  # 0.5 * 0.5 * 2**0
    ("GET", 2, 0.0, 500, None, None, True, 0.5),  # 0.5 * 0.5 * 2**1
    ("GET", 3, 0.0, 502, None, None, True, 1.0),
    ("GET", 4, 0.0, 503, None, None, False, 0.0),  # attempts exhausted
    ("GET", 1, 0.0, 504, None, None, True, 0.25),
    ("GET", 1, 0.0, 408, None, None, True, 0.25),
    ("GET", 1, 0.0, 429, None, None, True, 0.25),
    ("GET", 1, 0.0, 429, None, 3.0, True, 3.0),  # Retry-After honoured as given
    ("GET", 1, 0.0, 503, None, 0.0, True, 0.0),
    ("GET", 1, 8.0, 429, None, 3.0, False, 0.0),  # 8 + 3 > 10 s budget: give up now
    ("GET", 1, 9.9, 500, None, None, False, 0.0),  # backoff would cross the budget
    ("GET", 1, 0.0, 400, None, None, False, 0.0),
    ("GET", 1, 0.0, 401, None, None, False, 0.0),
    ("GET", 1, 0.0, 404, None, None, False, 0.0),
    ("GET", 1, 0.0, 409, None, None, False, 0.0),
    ("GET", 1, 0.0, 501, None, None, False, 0.0),
    ("HEAD", 1, 0.0, 503, None, None, True, 0.25),
    ("OPTIONS", 1, 0.0, None, Failure.READ_TIMEOUT, None, True, 0.25),
    ("GET", 1, 0.0, None, Failure.READ_TIMEOUT, None, True, 0.25),
    ("GET", 1, 0.0, None, Failure.NETWORK, None, True, 0.25),
    ("GET", 1, 0.0, None, Failure.WRITE_TIMEOUT, None, True, 0.25),
    ("GET", 1, 0.0, None, Failure.CONNECT, None, True, 0.25),
    ("GET", 4, 0.0, None, Failure.CONNECT, None, False, 0.0),
    # writes: never resent once they may have reached the server
    ("POST", 1, 0.0, 500, None, None, False, 0.0),
    ("POST", 1, 0.0, 503, None, 1.0, False, 0.0),
    ("POST", 1, 0.0, 504, None, None, False, 0.0),
    ("POST", 1, 0.0, 429, None, 1.0, False, 0.0),
    ("POST", 1, 0.0, 408, None, None, False, 0.0),
    ("POST", 1, 0.0, None, Failure.READ_TIMEOUT, None, False, 0.0),
    ("POST", 1, 0.0, None, Failure.WRITE_TIMEOUT, None, False, 0.0),
    ("POST", 1, 0.0, None, Failure.NETWORK, None, False, 0.0),
    ("DELETE", 1, 0.0, 500, None, None, False, 0.0),
    ("PUT", 1, 0.0, None, Failure.READ_TIMEOUT, None, False, 0.0),
    # ... but resent when the request provably never left
    ("POST", 1, 0.0, None, Failure.CONNECT, None, True, 0.25),
    ("POST", 1, 0.0, None, Failure.CONNECT_TIMEOUT, None, True, 0.25),
    ("POST", 1, 0.0, None, Failure.POOL_TIMEOUT, None, True, 0.25),
    ("DELETE", 2, 0.0, None, Failure.CONNECT, None, True, 0.5),
    ("POST", 4, 0.0, None, Failure.CONNECT, None, False, 0.0),
]


@pytest.mark.parametrize(("method", "attempt", "elapsed", "status", "failure", "retry_after", "retry", "delay"), TABLE)
def test_retry_table(
    method: str,
    attempt: int,
    elapsed: float,
    status: int | None,
    failure: Failure | None,
    retry_after: float | None,
    retry: bool,
    delay: float,
) -> None:
    decision = decide_retry(
        POLICY,
        method=method,
        attempt=attempt,
        elapsed=elapsed,
        status=status,
        failure=failure,
        retry_after=retry_after,
        random=HALF,
    )
    assert (decision.retry, decision.delay) == (retry, pytest.approx(delay)), decision.reason
    assert decision.reason


def test_streamed_body_is_never_resent() -> None:
    decision = decide_retry(POLICY, method="GET", attempt=1, elapsed=0, status=503, replayable=False, random=HALF)
    assert not decision.retry


def test_full_jitter_stays_within_the_capped_exponential() -> None:
    for attempt in range(1, 12):
        cap = min(POLICY.backoff_max, POLICY.backoff_base * 2 ** (attempt - 1))
        assert backoff_delay(POLICY, attempt, lambda: 0.0) == 0.0
        assert backoff_delay(POLICY, attempt, lambda: 0.999999) == pytest.approx(cap, rel=1e-5)
        assert 0 <= backoff_delay(POLICY, attempt) <= cap


NOW = 1_700_000_000.0


def _http_date(offset: float) -> str:
    return format_datetime(datetime.fromtimestamp(NOW + offset, tz=UTC), usegmt=True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("5", 5.0),
        (" 2 ", 2.0),
        ("0", 0.0),
        ("1.5", 1.5),
        ("-3", 0.0),  # negative means now
        ("nan", None),
        ("soon", None),
        (_http_date(30), 30.0),
        (_http_date(-30), 0.0),  # a past date means now
        ("Wed, 21 Oct 2015 07:28:00", None),  # no timezone: unusable
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    result = parse_retry_after(value, now=NOW)
    assert result == (pytest.approx(expected, abs=1.0) if expected is not None else None)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_attempts": 0},
        {"max_attempts": True},
        {"max_attempts": 11},
        {"backoff_base": -1},
        {"backoff_base": 0},
        {"total_budget": False},
        {"backoff_max": 0.1, "backoff_base": 1.0},
        {"retry_statuses": frozenset({200})},
    ],
)
def test_policy_validation(kwargs: dict[str, Any]) -> None:
    with pytest.raises(KalshiConfigurationError):
        RetryPolicy(**kwargs)


def test_disabled_policy() -> None:
    assert RetryPolicy.disabled().max_attempts == 1


# --------------------------------------------------------------------------- transport loop


class FakeTime:
    """A monotonic clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def _client(handler: Any, fake: FakeTime, policy: RetryPolicy = POLICY) -> httpx.Client:
    core = TransportCore(auth=None, retry=policy, clock=fake.clock, wall_clock=lambda: NOW, random=HALF)
    transport = KalshiTransport(core, httpx.MockTransport(handler), sleep=fake.sleep)
    return httpx.Client(transport=transport, base_url="https://api.elections.kalshi.com/trade-api/v2")


def _sequence(*steps: Any) -> tuple[list[httpx.Request], Any]:
    seen: list[httpx.Request] = []
    queue = list(steps)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        step = queue.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    return seen, handler


def test_get_retried_after_503_then_succeeds() -> None:
    fake = FakeTime()
    seen, handler = _sequence(httpx.Response(503), httpx.Response(502), httpx.Response(200, json={"ok": 1}))
    with _client(handler, fake) as client:
        assert client.get("/markets").json() == {"ok": 1}
    assert len(seen) == 3
    assert fake.sleeps == [0.25, 0.5]


def test_get_gives_up_after_max_attempts() -> None:
    fake = FakeTime()
    seen, handler = _sequence(*[httpx.Response(500) for _ in range(4)])
    with _client(handler, fake) as client, pytest.raises(ServerError) as info:
        client.get("/markets")
    assert len(seen) == 4
    assert info.value.status == 500
    assert not info.value.outcome_unknown


def test_retry_after_seconds_honoured() -> None:
    fake = FakeTime()
    _seen, handler = _sequence(httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json={}))
    with _client(handler, fake) as client:
        client.get("/markets")
    assert fake.sleeps == [3.0]


def test_retry_after_http_date_honoured() -> None:
    fake = FakeTime()
    _seen, handler = _sequence(
        httpx.Response(503, headers={"Retry-After": _http_date(2)}), httpx.Response(200, json={})
    )
    with _client(handler, fake) as client:
        client.get("/markets")
    assert fake.sleeps == [pytest.approx(2.0, abs=1.0)]


def test_retry_after_beyond_budget_raises_rate_limited_with_retry_after() -> None:
    fake = FakeTime()
    seen, handler = _sequence(httpx.Response(429, headers={"Retry-After": "60"}))
    with _client(handler, fake) as client, pytest.raises(RateLimitedError) as info:
        client.get("/markets")
    assert len(seen) == 1
    assert fake.sleeps == []
    assert info.value.retry_after == 60.0


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429, 408])
def test_post_never_resent_after_error_status(status: int) -> None:
    fake = FakeTime()
    seen, handler = _sequence(httpx.Response(status, headers={"Retry-After": "0"}), httpx.Response(201, json={}))
    with _client(handler, fake) as client, pytest.raises(Exception) as info:
        client.post("/portfolio/events/orders", json={"client_order_id": "c1"})
    assert len(seen) == 1
    assert fake.sleeps == []
    assert getattr(info.value, "status", None) == status


@pytest.mark.parametrize(
    "exc", [httpx.ReadTimeout("read"), httpx.WriteTimeout("write"), httpx.RemoteProtocolError("gone")]
)
def test_post_never_resent_after_ambiguous_failure(exc: Exception) -> None:
    fake = FakeTime()
    seen, handler = _sequence(exc, httpx.Response(201, json={}))
    with _client(handler, fake) as client, pytest.raises((KalshiTimeoutError, KalshiConnectionError)) as info:
        client.post("/portfolio/events/orders", json={"client_order_id": "c1"})
    assert len(seen) == 1
    assert info.value.outcome_unknown
    assert "client_order_id" in str(info.value)
    assert info.value.__cause__ is exc


@pytest.mark.parametrize("exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("p")])
def test_post_resent_when_it_never_left(exc: Exception) -> None:
    fake = FakeTime()
    seen, handler = _sequence(exc, httpx.Response(201, json={"order": {}}))
    with _client(handler, fake) as client:
        assert client.post("/portfolio/events/orders", json={"client_order_id": "c1"}).status_code == 201
    assert len(seen) == 2
    assert seen[0].content == seen[1].content == b'{"client_order_id":"c1"}'


def test_timeouts_and_connection_errors_are_wrapped_with_cause() -> None:
    fake = FakeTime()
    errors = [httpx.ReadTimeout("slow") for _ in range(4)]
    _seen, handler = _sequence(*errors)
    with _client(handler, fake) as client, pytest.raises(KalshiTimeoutError) as info:
        client.get("/markets")
    assert isinstance(info.value, TimeoutError)
    assert info.value.__cause__ is errors[-1]
    assert info.value.attempts == 4
    assert not info.value.outcome_unknown

    _seen, handler = _sequence(*[httpx.ConnectError("refused") for _ in range(4)])
    with _client(handler, fake) as client, pytest.raises(KalshiConnectionError) as cinfo:
        client.get("/markets")
    assert isinstance(cinfo.value, ConnectionError)
    assert isinstance(cinfo.value.__cause__, httpx.ConnectError)


def test_total_budget_stops_retries() -> None:
    fake = FakeTime()
    policy = RetryPolicy(max_attempts=10, backoff_base=1.0, backoff_max=1.0, total_budget=2.0)
    seen, handler = _sequence(*[httpx.Response(503) for _ in range(10)])
    with _client(handler, fake, policy) as client, pytest.raises(ServerError):
        client.get("/markets")
    assert sum(fake.sleeps) <= 2.0
    assert len(seen) == 5  # waits of 0.5 s each (HALF of 1.0) until the next would cross 2 s


def test_disabled_policy_sends_once() -> None:
    fake = FakeTime()
    seen, handler = _sequence(httpx.Response(503))
    with _client(handler, fake, RetryPolicy.disabled()) as client, pytest.raises(ServerError):
        client.get("/markets")
    assert len(seen) == 1
