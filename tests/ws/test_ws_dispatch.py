"""Frame routing without any socket: the dispatcher with plain callbacks."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from kalshi_ext.ws import (
    PERPS,
    PREDICTION,
    BookInvalidated,
    BookUpdate,
    ErrorEvent,
    Message,
    MessageParseError,
    Overflow,
    SequenceGap,
    ServerErrorMessage,
    Subscription,
    UnknownMessage,
    WsApi,
)
from kalshi_ext.ws._dispatch import Dispatcher
from kalshi_ext.ws._streams import EventStream


class Harness:
    def __init__(self, api: WsApi = PREDICTION) -> None:
        self.api = api
        self.events: EventStream[Any] = EventStream(100, Overflow.DROP_OLDEST, "events")
        self.replies: list[tuple[int, dict[str, Any]]] = []
        self.resyncs: list[tuple[int, tuple[str, ...]]] = []
        self.terminal: list[int] = []
        self.dispatcher = Dispatcher(
            api,
            self.events,
            on_reply=lambda cid, frame: self.replies.append((cid, frame)) or cid < 100,
            on_resync=lambda sub, markets: self.resyncs.append((sub.id, markets)),
            on_terminal=lambda sub: self.terminal.append(sub.id),
        )

    def subscribe(self, channel: str, sid: int, **params: Any) -> Subscription[Any]:
        sub: Subscription[Any] = Subscription(
            None,  # type: ignore[arg-type]
            self.api,
            self.api.channels[channel],
            sid * 10,
            params,
            queue_size=100,
        )
        self.dispatcher.bind(sub, sid)
        return sub

    def feed(self, frame: dict[str, Any] | str) -> None:
        self.dispatcher.handle(frame if isinstance(frame, str) else json.dumps(frame))


def drain(stream: Any) -> list[Any]:
    out = []
    while True:
        try:
            out.append(stream.get_nowait())
        except IndexError:
            return out


def snapshot(sid: int, seq: int, market: str = "M", yes: list[list[str]] | None = None) -> dict[str, Any]:
    msg = {"market_ticker": market, "market_id": "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1", "clock": 1}
    msg["yes_dollars_fp"] = yes or [["0.40", "10.00"]]
    return {"type": "orderbook_snapshot", "sid": sid, "seq": seq, "msg": msg}


def delta(
    sid: int, seq: int, price: str = "0.40", change: str = "1.00", market: str = "M", clock: int = 2
) -> dict[str, Any]:
    msg = {"market_ticker": market, "market_id": "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1", "clock": clock}
    msg.update(price_dollars=price, delta_fp=change, side="yes", ts="2026-01-02T03:04:05Z")
    return {"type": "orderbook_delta", "sid": sid, "seq": seq, "msg": msg}


def test_book_frames_become_book_updates_with_lazy_models() -> None:
    h = Harness()
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["M"])
    h.feed(snapshot(1, 1))
    h.feed(delta(1, 2, change="5.00"))
    first, second = drain(sub.stream)
    assert isinstance(first, BookUpdate) and first.is_snapshot
    assert isinstance(second, BookUpdate) and not second.is_snapshot
    assert second.best_bid is not None and second.best_bid.size == Decimal("15")
    assert second.message is not None and second.message.seq == 2
    assert second.message.model.msg.delta_fp == Decimal("5.00")  # built on first access
    assert sub.stats.received == 2


def test_a_delta_update_carries_the_same_message_a_snapshot_does() -> None:
    # In-order deltas take the dispatcher's fast path; their message is built on first read and
    # then kept, and the update behaves as the tuple of its fields.
    h = Harness()
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["M"])
    h.feed(snapshot(1, 1))
    h.feed(delta(1, 2, change="5.00"))
    first, second = drain(sub.stream)
    assert second.seq == 2 and first.seq == 1
    message = second.message
    assert isinstance(message, Message) and message is second.message
    assert (message.type, message.sid, message.seq, message.subscription_id, message.channel) == (
        "orderbook_delta",
        1,
        2,
        sub.id,
        first.message.channel,
    )
    assert message.raw == delta(1, 2, change="5.00") and message.msg["delta_fp"] == "5.00"
    subscription_id, ticker, is_snapshot, unpacked, book, bid, ask = second
    assert (subscription_id, ticker, is_snapshot, unpacked, book) == (sub.id, "M", False, message, sub.books["M"])
    assert (bid, ask) == (second.best_bid, second.best_ask) and bid is not None and bid.size == Decimal("15")
    assert second == BookUpdate(*second) and hash(second) == hash(BookUpdate(*second))
    assert type(second) is BookUpdate and repr(second).startswith("BookUpdate(subscription_id=10, market_ticker='M'")


def test_perps_deltas_take_the_same_path() -> None:
    h = Harness(PERPS)
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["P"])
    msg = {"market_ticker": "P", "bid": [["100.5", "2"]], "ask": [["101", "3"]]}
    h.feed({"type": "orderbook_snapshot", "sid": 1, "seq": 1, "msg": msg})
    h.feed(
        {
            "type": "orderbook_delta",
            "sid": 1,
            "seq": 2,
            "msg": {"market_ticker": "P", "price": "100.75", "delta": "4", "side": "ask"},
        }
    )
    h.feed(
        {
            "type": "orderbook_delta",
            "sid": 1,
            "seq": 4,
            "msg": {"market_ticker": "P", "price": "101", "delta": "1", "side": "ask"},
        }
    )
    _, update, gap = drain(sub.stream)
    assert isinstance(update, BookUpdate) and update.best_ask is not None and update.best_ask.price == Decimal("100.75")
    assert update.best_bid is not None and update.best_bid.price == Decimal("100.5")
    assert update.message is not None and update.message.model.msg.price == Decimal("100.75")
    assert isinstance(gap, BookInvalidated) and gap.reason == "sequence_gap" and sub.stats.gaps == 1


def test_a_gap_invalidates_books_requests_snapshots_and_skips_deltas_until_then() -> None:
    h = Harness()
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["M", "N"])
    h.feed(snapshot(1, 1))
    h.feed(delta(1, 3, clock=3))  # seq 2 was lost
    h.feed(delta(1, 4, clock=4))  # still waiting for the snapshot
    events = drain(sub.stream)
    assert isinstance(events[1], BookInvalidated)
    assert (events[1].reason, events[1].expected_seq, events[1].received_seq) == ("sequence_gap", 2, 3)
    assert events[1].market_tickers == ("M", "N")
    assert len(events) == 2
    assert h.resyncs == [(sub.id, ("M", "N"))]
    assert sub.stats.skipped_deltas == 2 and sub.stats.gaps == 1
    assert not sub.books["M"].is_synced
    h.feed(snapshot(1, 5, yes=[["0.41", "3.00"]]))
    (update,) = drain(sub.stream)
    assert isinstance(update, BookUpdate) and update.best_bid is not None and update.best_bid.price == Decimal("0.41")


def test_a_step_back_is_a_gap_too() -> None:
    h = Harness()
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["M"])
    h.feed(snapshot(1, 1))
    h.feed(delta(1, 1))
    invalidated = drain(sub.stream)[1]
    assert isinstance(invalidated, BookInvalidated) and invalidated.reason == "sequence_backwards"


@pytest.mark.parametrize("bad_seq", [2.0, "2", True, None])
def test_a_book_frame_whose_seq_cannot_be_checked_is_reported_and_the_book_resyncs(bad_seq: Any) -> None:
    h = Harness()
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["M"])
    h.feed(snapshot(1, 1))
    drain(sub.stream)
    frame = delta(1, 2, price="0.40", change="5.00")
    if bad_seq is None:
        del frame["seq"]
    else:
        frame["seq"] = bad_seq
    h.feed(frame)
    error, invalidated = drain(sub.stream)
    assert isinstance(error, ErrorEvent) and "seq" in str(error.error)
    assert isinstance(invalidated, BookInvalidated) and invalidated.reason == "bad_sequence"
    assert h.resyncs == [(sub.id, ("M",))] and not sub.books["M"].is_synced  # not applied as if in order


@pytest.mark.parametrize("reply_seq", [2, 3, "2"])
def test_a_command_reply_carrying_the_seq_never_resyncs_the_book(reply_seq: Any) -> None:
    h = Harness()
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["M"])
    h.feed(snapshot(1, 1))
    h.feed(delta(1, 2))
    drain(sub.stream)
    h.feed({"id": 5, "sid": 1, "seq": reply_seq, "type": "unsubscribed"})  # the last seq, the next, or junk
    assert h.replies == [(5, {"id": 5, "sid": 1, "seq": reply_seq, "type": "unsubscribed"})]
    assert h.resyncs == [] and sub.stats.gaps == 0 and drain(sub.stream) == []


def test_a_reply_counted_in_the_sequence_does_not_make_the_next_delta_a_gap() -> None:
    h = Harness()
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["M"])
    h.feed(snapshot(1, 1))
    drain(sub.stream)
    h.feed({"id": 6, "sid": 1, "seq": 2, "type": "ok"})
    h.feed(delta(1, 3))
    (update,) = drain(sub.stream)
    assert isinstance(update, BookUpdate) and h.resyncs == [] and sub.stats.gaps == 0


def test_a_non_integer_seq_on_another_channel_is_an_error_event_not_a_message() -> None:
    h = Harness()
    sub = h.subscribe("trade", 2)
    h.feed({"type": "trade", "sid": 2, "seq": 1.5, "msg": {}})
    (error,) = drain(sub.stream)
    assert isinstance(error, ErrorEvent) and "1.5" in str(error.error)
    assert h.resyncs == []


def test_gaps_on_other_channels_are_reported_and_messages_kept() -> None:
    h = Harness()
    sub = h.subscribe("trade", 2)
    trade = {
        "trade_id": "d91bc706-ee49-470d-82d8-11418bda6fed",
        "market_ticker": "M",
        "yes_price_dollars": "0.36",
        "no_price_dollars": "0.64",
        "count_fp": "1.00",
        "taker_side": "no",
        "ts": 1,
    }
    h.feed({"type": "trade", "sid": 2, "seq": 1, "msg": trade})
    h.feed({"type": "trade", "sid": 2, "seq": 3, "msg": trade})
    first, gap, second = drain(sub.stream)
    assert isinstance(first, Message) and first.model.msg.yes_price_dollars == Decimal("0.36")
    assert isinstance(gap, SequenceGap) and (gap.expected_seq, gap.received_seq) == (2, 3)
    assert isinstance(second, Message)
    assert h.resyncs == []


def test_a_bad_delta_surfaces_with_its_raw_frame_and_resyncs_that_book() -> None:
    h = Harness()
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["M"])
    h.feed(snapshot(1, 1))
    bad = delta(1, 2, change="-11.00")  # the level would go negative
    h.feed(bad)
    _, error, invalidated = drain(sub.stream)
    assert isinstance(error, ErrorEvent) and json.loads(error.raw) == bad and error.subscription_id == sub.id
    assert isinstance(invalidated, BookInvalidated) and invalidated.reason == "bad_delta"
    assert h.resyncs == [(sub.id, ("M",))]


def test_undecodable_and_unparseable_frames_become_error_events() -> None:
    h = Harness()
    sub = h.subscribe("ticker", 3)
    h.feed("{nope")
    h.feed({"type": "ticker", "sid": 3, "msg": {"price_dollars": "not a price"}})
    (decode_error,) = drain(h.events)
    assert isinstance(decode_error, ErrorEvent) and decode_error.raw == "{nope"
    (parse_error,) = drain(sub.stream)
    assert isinstance(parse_error, ErrorEvent) and isinstance(parse_error.error, MessageParseError)
    assert "not a price" in str(parse_error.raw)


def test_a_frame_missing_a_required_part_is_an_error_event_with_the_raw_frame() -> None:
    h = Harness()
    sub = h.subscribe("ticker", 3)
    h.feed({"type": "ticker", "sid": 3})  # no msg: the spec requires one
    h.feed({"type": "ticker", "sid": 3, "msg": {"market_ticker": "M", "price_dollars": "0.5600"}})
    missing, ok = drain(sub.stream)
    assert isinstance(missing, ErrorEvent) and isinstance(missing.error, MessageParseError)
    assert "TickerPayload.msg" in str(missing.error) and json.loads(missing.raw) == {"type": "ticker", "sid": 3}
    assert isinstance(ok, Message) and ok.model.msg.price_dollars == Decimal("0.5600")


def test_unknown_types_are_delivered_raw() -> None:
    h = Harness()
    sub = h.subscribe("ticker", 3)
    h.feed({"type": "brand_new", "sid": 3, "msg": {"x": 1}})
    h.feed({"type": "brand_new_too", "msg": {}})
    (on_sub,) = drain(sub.stream)
    (on_client,) = drain(h.events)
    assert isinstance(on_sub, UnknownMessage) and on_sub.type == "brand_new" and on_sub.raw["msg"] == {"x": 1}
    assert isinstance(on_client, UnknownMessage) and on_client.subscription_id is None


def test_replies_go_to_the_pending_command_and_stray_errors_are_events() -> None:
    h = Harness()
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["M"])
    h.feed({"id": 5, "type": "subscribed", "msg": {"channel": "ticker", "sid": 9}})
    h.feed({"id": 500, "type": "error", "msg": {"code": 1, "msg": "late"}})  # no pending command
    h.feed({"type": "error", "sid": 1, "seq": 1, "msg": {"code": 25, "msg": "Subscription buffer overflow"}})
    h.feed({**snapshot(1, 2), "id": 6})  # a get_snapshot answer is both a reply and data
    assert [cid for cid, _ in h.replies] == [5, 500, 6]
    (stray,) = drain(h.events)
    assert isinstance(stray, ServerErrorMessage) and stray.message == "late" and not stray.terminal
    terminal, update = drain(sub.stream)
    assert isinstance(terminal, ServerErrorMessage) and terminal.terminal and terminal.code == 25
    assert h.terminal == [sub.id]
    assert isinstance(update, BookUpdate)


def test_frames_for_unknown_sids_reach_the_client_stream() -> None:
    h = Harness()
    h.feed({"type": "ticker", "sid": 77, "msg": {"market_ticker": "M"}})
    (orphan,) = drain(h.events)
    assert isinstance(orphan, Message) and orphan.subscription_id is None and orphan.sid == 77


def test_reconnect_invalidates_books_and_forgets_sids() -> None:
    h = Harness(PERPS)
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["P"])
    h.feed({"type": "orderbook_snapshot", "sid": 1, "seq": 1, "msg": {"market_ticker": "P", "bid": [["1", "1"]]}})
    h.dispatcher.connection_lost([sub])
    assert sub.sid is None and h.dispatcher.by_sid == {}
    _, invalidated = drain(sub.stream)
    assert isinstance(invalidated, BookInvalidated) and invalidated.reason == "reconnect"


@pytest.mark.parametrize("frame", [{"type": "orderbook_delta", "sid": 1, "seq": 2, "msg": {}}])
def test_book_frames_without_a_market_resync_everything(frame: dict[str, Any]) -> None:
    h = Harness()
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["M"])
    h.feed(snapshot(1, 1))
    h.feed(frame)
    events = drain(sub.stream)
    assert isinstance(events[1], ErrorEvent) and isinstance(events[2], BookInvalidated)
    assert h.resyncs == [(sub.id, ("M",))]


def test_a_bad_item_in_a_nested_list_is_caught_up_front() -> None:
    h = Harness()
    sub = h.subscribe("communications", 4)
    leg = {"event_ticker": "E", "market_ticker": "M", "side": "yes", "yes_settlement_value_dollars": "lots"}
    msg = {
        "id": "rfq_1",
        "creator_id": "c",
        "market_ticker": "M",
        "event_ticker": "E",
        "created_ts": "2024-12-01T10:00:00Z",
    }
    h.feed({"type": "rfq_created", "sid": 4, "seq": 1, "msg": {**msg, "mve_selected_legs": [leg]}})
    leg["yes_settlement_value_dollars"] = "1.0000"
    h.feed({"type": "rfq_created", "sid": 4, "seq": 2, "msg": {**msg, "mve_selected_legs": [leg]}})
    bad, good = drain(sub.stream)
    assert isinstance(bad, ErrorEvent) and "lots" in str(bad.raw)
    assert (
        isinstance(good, Message) and str(good.model.msg.mve_selected_legs[0].yes_settlement_value_dollars) == "1.0000"
    )


def test_a_delta_whose_sid_is_not_an_int_does_not_touch_the_book() -> None:
    h = Harness()
    sub = h.subscribe("orderbook_delta", 1, market_tickers=["M"])
    h.feed(snapshot(1, 1))
    h.feed({**delta(1, 2, change="5.00"), "sid": True})  # JSON true is not sid 1
    assert sub.books["M"].best_bid() == (Decimal("0.40"), Decimal("10.00"))
    assert not [e for e in drain(sub.stream) if isinstance(e, BookUpdate) and not e.is_snapshot]
    (surfaced,) = drain(h.events)  # not a sid of this client's: on the client stream, not dropped
    assert isinstance(surfaced, ErrorEvent | Message)
