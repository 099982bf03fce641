"""Pure pieces: sequence tracking, backoff, command building, frame decoding, bounded streams."""

from __future__ import annotations

import asyncio
import threading

import pytest

from kalshi_ext import KalshiConfigurationError
from kalshi_ext.ws import PREDICTION, Overflow, ReconnectPolicy, StreamOverflowError
from kalshi_ext.ws._protocol import (
    FrameDecodeError,
    command_error,
    decode_frame,
    list_command,
    reply_model_name,
    subscribe_command,
    subscribe_params,
    unsubscribe_command,
    update_command,
)
from kalshi_ext.ws._sequence import SeqStatus, SequenceTracker
from kalshi_ext.ws._streams import EndOfStream, EventStream

# -- sequences ------------------------------------------------------------------------------


def test_sequence_tracker_reports_gaps_and_steps_back_once() -> None:
    seq = SequenceTracker()
    assert seq.check(1, 5) == (SeqStatus.OK, None)  # first seen: the baseline
    assert seq.check(1, 6) == (SeqStatus.OK, 6)
    assert seq.check(1, 8) == (SeqStatus.GAP, 7)
    assert seq.check(1, 9) == (SeqStatus.OK, 9)  # re-based: one loss, one report
    assert seq.check(1, 9) == (SeqStatus.BACKWARDS, 10)
    assert seq.check(1, 3) == (SeqStatus.BACKWARDS, 10)
    assert seq.check(1, 4) == (SeqStatus.OK, 4)
    assert seq.check(2, 1) == (SeqStatus.OK, None)  # sids are independent
    seq.forget(1)
    assert seq.last(1) is None
    assert seq.check(1, 100) == (SeqStatus.OK, None)
    seq.clear()
    assert seq.last(2) is None


# -- backoff --------------------------------------------------------------------------------


def test_full_jitter_backoff_grows_to_the_cap() -> None:
    policy = ReconnectPolicy(base=0.5, factor=2.0, cap=4.0)
    assert [policy.window(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert policy.window(10_000) == 4.0  # no overflow
    assert policy.delay(2, rng=lambda: 0.0) == 0.0
    assert policy.delay(2, rng=lambda: 0.5) == 1.0
    assert policy.delay(9, rng=lambda: 0.999) < 4.0


def test_backoff_limits() -> None:
    assert not ReconnectPolicy().gives_up(10**6)
    limited = ReconnectPolicy(max_attempts=3)
    assert [limited.gives_up(n) for n in range(5)] == [False, False, False, True, True]
    assert ReconnectPolicy(enabled=False).gives_up(0)
    assert ReconnectPolicy(base=0).window(5) == 0.0
    for bad in ({"base": -1}, {"factor": 0.5}, {"cap": -1}, {"max_attempts": -1}):
        with pytest.raises(KalshiConfigurationError):
            ReconnectPolicy(**bad)  # type: ignore[arg-type]


# -- protocol -------------------------------------------------------------------------------


def test_commands() -> None:
    params = subscribe_params(PREDICTION, "orderbook_delta", {"market_tickers": ("A", "B"), "use_yes_price": None})
    assert subscribe_command(3, "orderbook_delta", params) == {
        "id": 3,
        "cmd": "subscribe",
        "params": {"channels": ["orderbook_delta"], "market_tickers": ["A", "B"]},
    }
    assert unsubscribe_command(4, [7]) == {"id": 4, "cmd": "unsubscribe", "params": {"sids": [7]}}
    assert update_command(5, 7, "add_markets", {"market_tickers": ["C"], "x": None}) == {
        "id": 5,
        "cmd": "update_subscription",
        "params": {"sid": 7, "action": "add_markets", "market_tickers": ["C"]},
    }
    assert list_command(6) == {"id": 6, "cmd": "list_subscriptions"}
    assert subscribe_params(PREDICTION, "ticker", {"market_tickers": []}) == {}


@pytest.mark.parametrize(
    ("channel", "params"),
    [
        ("nope", {}),
        ("orderbook_delta", {}),  # needs markets
        ("ticker", {"market_tickers": "KXBTC"}),  # a bare string
        ("ticker", {"market_tickers": ["ok", ""]}),
    ],
)
def test_bad_subscribe_params(channel: str, params: dict[str, object]) -> None:
    with pytest.raises(KalshiConfigurationError):
        subscribe_params(PREDICTION, channel, params)


@pytest.mark.parametrize("raw", [b"not json", b"[1, 2]", b'{"no": "type"}', b'{"type": 5}', "{", b"\xff\xfe"], ids=str)
def test_undecodable_frames(raw: bytes | str) -> None:
    with pytest.raises(FrameDecodeError):
        decode_frame(raw)


def test_decode_and_reply_models() -> None:
    assert decode_frame('{"type": "ok", "id": 1}') == {"type": "ok", "id": 1}
    assert reply_model_name(PREDICTION, {"type": "ok", "msg": [{"channel": "x", "sid": 1}]}) == (
        "ListSubscriptionsResponsePayload"
    )
    assert reply_model_name(PREDICTION, {"type": "ok", "msg": {"index_ids": []}}) == "SubscribedIndicesResponsePayload"
    assert reply_model_name(PREDICTION, {"type": "ok", "msg": {"underlying_tickers": []}}) == (
        "SubscribedUnderlyingsResponsePayload"
    )
    assert reply_model_name(PREDICTION, {"type": "ok"}) == "OkResponsePayload"
    assert reply_model_name(PREDICTION, {"type": "subscribed"}) == "SubscribedResponsePayload"


def test_command_errors_carry_kalshi_codes() -> None:
    frame = {
        "id": 9,
        "type": "error",
        "sid": 3,
        "msg": {"code": 14, "msg": "Market Ticker required", "market_ticker": "A"},
    }
    error = command_error(frame, {"cmd": "subscribe"})
    assert (error.code, error.command, error.command_id, error.sid, error.market_tickers) == (
        14,
        "subscribe",
        9,
        3,
        ("A",),
    )
    assert "code 14 (Market Ticker required)" in str(error)
    assert "WebSocketCommandError(code=14" in repr(error)
    odd = command_error({"type": "error", "msg": "weird"}, None)
    assert odd.code is None and odd.command is None


# -- streams --------------------------------------------------------------------------------


async def test_drop_oldest_keeps_the_newest_and_counts() -> None:
    stream: EventStream[int] = EventStream(3, Overflow.DROP_OLDEST, "test")
    for n in range(5):
        stream.put(n)
    assert stream.dropped == 2 and len(stream) == 3
    assert [await stream.get() for _ in range(3)] == [2, 3, 4]


async def test_error_policy_delivers_queued_events_then_raises_once_then_resumes() -> None:
    stream: EventStream[int] = EventStream(2, Overflow.ERROR, "test")
    assert stream.put(1) and stream.put(2)
    assert not stream.put(3) and not stream.put(4)
    assert stream.dropped == 2
    assert await stream.get() == 1
    assert await stream.get() == 2
    with pytest.raises(StreamOverflowError) as caught:
        await stream.get()
    assert caught.value.dropped == 2
    assert stream.put(5)
    assert await stream.get() == 5


async def test_close_drains_then_ends_or_raises() -> None:
    stream: EventStream[int] = EventStream(5, Overflow.ERROR, "test")
    stream.put(1)
    stream.close()
    assert not stream.put(2)
    assert await stream.get() == 1
    with pytest.raises(EndOfStream):
        await stream.get()
    failing: EventStream[int] = EventStream(5, Overflow.ERROR, "test")
    failing.close(RuntimeError("gone"))
    with pytest.raises(RuntimeError, match="gone"):
        failing.get_nowait()


async def test_waiting_consumers_wake_up() -> None:
    stream: EventStream[int] = EventStream(5, Overflow.ERROR, "test")
    waiter = asyncio.ensure_future(stream.get())
    await asyncio.sleep(0)
    stream.put(7)
    assert await asyncio.wait_for(waiter, 1) == 7
    with pytest.raises(IndexError):
        stream.get_nowait()


def test_blocking_consumers_on_other_threads() -> None:
    stream: EventStream[int] = EventStream(5, Overflow.ERROR, "test")
    got: list[object] = []

    def consume() -> None:
        got.append(stream.get_blocking(2))
        try:
            stream.get_blocking(2)
        except EndOfStream:
            got.append("end")

    thread = threading.Thread(target=consume)
    thread.start()
    stream.put(1)
    stream.close()
    thread.join()
    assert got == [1, "end"]
    with pytest.raises(TimeoutError):
        EventStream[int](1, Overflow.ERROR, "x").get_blocking(0.01)
