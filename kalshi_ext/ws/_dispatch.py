"""Routing of incoming frames, pure: no I/O, no awaiting.

The dispatcher decodes a frame, checks its sequence number, hands command replies to the
client (``on_reply``), applies order book messages to the subscription's books, and queues one
event per frame. When a book can no longer be trusted it invalidates it and asks the client
for fresh snapshots (``on_resync``); when the server ends a subscription (terminal error) it
asks the client to subscribe again (``on_terminal``). The client's async shell supplies these
three callbacks; tests supply plain functions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from ._book import BookError, OrderBook
from ._channels import WsApi
from ._errors import TERMINAL_ERROR_CODES
from ._events import (
    BookInvalidated,
    BookUpdate,
    ClientEvent,
    ErrorEvent,
    Message,
    MessageParseError,
    SequenceGap,
    ServerErrorMessage,
    UnknownMessage,
    parse_model,
)
from ._protocol import REPLY_TYPES, FrameDecodeError, _loads, check_frame, decode_frame
from ._sequence import SeqStatus, SequenceTracker
from ._streams import EventStream
from ._subscription import Subscription

log = logging.getLogger("kalshi_ext.ws")
_new_object = object.__new__

_BOOK_TYPES = frozenset({"orderbook_delta", "orderbook_snapshot"})
ReplyHandler = Callable[[int, dict[str, Any]], bool]
SubHandler = Callable[[Subscription[Any], tuple[str, ...]], None]


class Dispatcher:
    """Turns frames into events for one client (state survives reconnects; sids do not)."""

    def __init__(
        self,
        api: WsApi,
        events: EventStream[ClientEvent],
        *,
        on_reply: ReplyHandler,
        on_resync: SubHandler,
        on_terminal: Callable[[Subscription[Any]], None],
    ) -> None:
        self.api = api
        self.events = events
        self.by_sid: dict[int, Subscription[Any]] = {}
        self.sequences = SequenceTracker()
        self.on_reply = on_reply
        self.on_resync = on_resync
        self.on_terminal = on_terminal
        self._data_types = api.data_types
        self._last_seq = self.sequences.last_seqs  # read and written directly by the delta fast path

    # -- sid bookkeeping ---------------------------------------------------------------

    def bind(self, sub: Subscription[Any], sid: int) -> None:
        """Route ``sid`` to ``sub`` from now on (called as the ``subscribed`` reply is read)."""
        if sub.sid is not None and self.by_sid.get(sub.sid) is sub:
            del self.by_sid[sub.sid]
        self.by_sid[sid] = sub
        self.sequences.forget(sid)
        sub.sid = sid

    def unbind(self, sub: Subscription[Any]) -> None:
        """Stop routing the subscription's current sid."""
        if sub.sid is not None:
            if self.by_sid.get(sub.sid) is sub:
                del self.by_sid[sub.sid]
            self.sequences.forget(sub.sid)
        sub.sid = None

    def connection_lost(self, subs: list[Subscription[Any]]) -> None:
        """A connection ended: sids are void, and books are stale until new snapshots arrive."""
        self.by_sid.clear()
        self.sequences.clear()
        for sub in subs:
            sub.sid = None
            self.invalidate_books(sub, "reconnect")

    def invalidate_books(self, sub: Subscription[Any], reason: str, **seqs: Any) -> tuple[str, ...]:
        """Drop every book of an order book subscription and tell its consumers; return the markets."""
        if not sub.spec.book:
            return ()
        markets = tuple(dict.fromkeys([*sub.markets, *sub.books]))
        for book in sub.books.values():
            book.invalidate()
        event = BookInvalidated(sub.id, markets, reason, **seqs)
        sub.stream.put(event)
        for taps in sub.taps.values():
            for tap in taps:
                tap.put(event)
        return markets

    # -- frames ------------------------------------------------------------------------

    def handle(self, raw: str | bytes) -> None:
        """Route one frame. Never raises for bad input: it becomes an event."""
        try:
            frame = _loads(raw)
        except ValueError:
            frame = None
        # The hot path, inline (this runs for every delta): an in-order delta for a synced book.
        # Anything unusual (not a JSON object, unknown sid, gap, command id, no book yet, a delta
        # the book refuses) goes to the general path, which handles, counts and reports it.
        # Indexing with a KeyError/TypeError fallback is cheaper here than type checks and dict.get.
        book = None
        try:
            if frame["type"] == "orderbook_delta":
                sid = frame["sid"]
                seq = frame["seq"]
                msg = frame["msg"]
                sub = self.by_sid[sid]
                last_seq = self._last_seq
                # type(): a JSON true must not pass for sid 1, nor 2.0 for seq 2.
                if seq == last_seq[sid] + 1 and type(seq) is int and type(sid) is int and "id" not in frame:
                    book = sub.books[msg["market_ticker"]]
                    best = book.apply_delta_best(msg)  # None: waiting for its snapshot, or a stale delta
        except (KeyError, TypeError, BookError):
            book = None
        if book is not None:
            last_seq[sid] = seq
            stats = sub.stats
            stats.received += 1
            if best is None:
                stats.skipped_deltas += 1
                return
            # A BookUpdate whose message is built on first read (see BookUpdate.message): slots
            # set on a bare object, cheaper than a class call with __init__, and one object per
            # delta rather than an update and its Message.
            ticker = book.market_ticker
            update: BookUpdate = _new_object(BookUpdate)
            update.subscription_id = sub.id
            update.market_ticker = ticker
            update.is_snapshot = False
            update._message = frame  # the decoded frame; its sid and seq were checked above
            update._api = self.api
            update.book = book.copy() if sub.copy_books else book
            update.best_bid, update.best_ask = best
            sub.stream.put(update)
            if sub.taps:
                for tap in sub.taps.get(ticker, ()):
                    tap.put(update)
            return
        self._general(frame, raw)

    def _general(self, frame: Any, raw: str | bytes) -> None:
        """Every frame but an in-order delta for a synced book (``frame`` is None if not JSON)."""
        try:
            frame = decode_frame(raw) if frame is None or type(frame) is not dict else check_frame(frame)
        except FrameDecodeError as exc:
            self.events.put(ErrorEvent(raw, exc))
            return
        kind: str = frame["type"]
        sid = frame.get("sid")
        seq = frame.get("seq")
        # type() rather than isinstance(): a JSON true must not pass for sid 1.
        sid = sid if type(sid) is int else None
        sub = self.by_sid.get(sid) if sid is not None else None
        reply = kind in REPLY_TYPES
        if type(seq) is not int:
            if sub is not None and not reply and (seq is not None or (sub.spec.book and kind in _BOOK_TYPES)):
                # A frame whose order cannot be checked (seq 2.0, "2", true; or a book frame with
                # none) is reported, never applied as if in order: a book resyncs from a snapshot.
                self._unsequenced(sub, frame, raw, kind, seq)
                return
            seq = None
        if sub is not None and seq is not None:
            if reply:
                # A command reply is not data: ``unsubscribed`` carries the subscription's seq (the
                # simulator sends the last one; whether Kalshi counts the reply is not documented).
                # Counted when it is the next number, never a gap: it must not resync a book.
                last = self.sequences.last(sid)  # type: ignore[arg-type]
                if last is not None and seq == last + 1:
                    self.sequences.check(sid, seq)  # type: ignore[arg-type]
            else:
                status, expected = self.sequences.check(sid, seq)  # type: ignore[arg-type]
                if status is not SeqStatus.OK and expected is not None:
                    self._gap(sub, sid, expected, seq, status)  # type: ignore[arg-type]
        cid = frame.get("id")
        if reply:
            consumed = type(cid) is int and cid > 0 and self.on_reply(cid, frame)
            if kind == "error" and not consumed:
                self._server_error(frame, sub)
            elif not consumed:
                log.debug("unmatched %s reply (id=%r): the command had already timed out", kind, cid)
            return
        if cid is not None and type(cid) is int and cid > 0:
            # get_snapshot and indexlist are answered with data messages carrying the command id.
            self.on_reply(cid, frame)
        if kind not in self._data_types:
            if sub is None:
                self.events.put(UnknownMessage(kind, frame))
            else:
                sub.stream.put(UnknownMessage(kind, frame, sub.id))
            return
        if sub is None:
            self._orphan(frame, raw, kind, sid, seq)
            return
        sub.stats.received += 1
        if sub.spec.book and kind in _BOOK_TYPES:
            self._book_frame(sub, frame, raw, kind, seq)
            return
        try:
            model = parse_model(self.api, frame)
        except MessageParseError as exc:
            sub.stream.put(ErrorEvent(raw, exc, sub.id))
            return
        sub.stream.put(Message(self.api, frame, kind, sid, seq, sub.id, sub.channel, model))

    def _orphan(self, frame: dict[str, Any], raw: str | bytes, kind: str, sid: int | None, seq: int | None) -> None:
        # A sid this client does not know: frames in flight after an unsubscribe, typically.
        try:
            model = parse_model(self.api, frame)
        except MessageParseError as exc:
            self.events.put(ErrorEvent(raw, exc))
            return
        self.events.put(Message(self.api, frame, kind, sid, seq, None, None, model))

    def _unsequenced(
        self, sub: Subscription[Any], frame: dict[str, Any], raw: str | bytes, kind: str, seq: Any
    ) -> None:
        sub.stats.received += 1
        why = "no seq" if seq is None else f"seq {seq!r} is not an integer"
        sub.stream.put(ErrorEvent(raw, MessageParseError(f"{kind} frame with {why}", frame), sub.id))
        if sub.spec.book:
            self.on_resync(sub, self.invalidate_books(sub, "bad_sequence"))

    def _gap(self, sub: Subscription[Any], sid: int, expected: int, received: int, status: SeqStatus) -> None:
        sub.stats.gaps += 1
        log.warning(
            "subscription %d (%s, sid %d): expected seq %d, got %d", sub.id, sub.channel, sid, expected, received
        )
        if not sub.spec.book:
            sub.stream.put(SequenceGap(sub.id, sub.channel, sid, expected, received))
            return
        reason = "sequence_gap" if status is SeqStatus.GAP else "sequence_backwards"
        markets = self.invalidate_books(sub, reason, sid=sid, expected_seq=expected, received_seq=received)
        self.on_resync(sub, markets)

    def _book_frame(
        self, sub: Subscription[Any], frame: dict[str, Any], raw: str | bytes, kind: str, seq: int | None
    ) -> None:
        snapshot = kind == "orderbook_snapshot"
        msg = frame.get("msg")
        ticker = msg.get("market_ticker") if type(msg) is dict else None
        if type(ticker) is not str:
            error = MessageParseError("order book message without msg.market_ticker", frame)
            sub.stream.put(ErrorEvent(raw, error, sub.id))
            if not snapshot:
                # A delta we cannot place may belong to any book.
                self.on_resync(sub, self.invalidate_books(sub, "bad_delta"))
            return
        assert msg is not None and ticker is not None
        book = sub.books.get(ticker)
        if book is None:
            book = sub.books[ticker] = OrderBook(ticker, self.api.book, yes_price=sub.yes_price)
        try:
            if snapshot:
                book.apply_snapshot(msg)
            elif not book.apply_delta(msg):
                sub.stats.skipped_deltas += 1
                return
        except BookError as exc:
            sub.stream.put(ErrorEvent(raw, exc, sub.id))
            book.invalidate()
            event = BookInvalidated(sub.id, (ticker,), "bad_snapshot" if snapshot else "bad_delta")
            sub.stream.put(event)
            for tap in sub.taps.get(ticker, ()):
                tap.put(event)
            self.on_resync(sub, (ticker,))
            return
        # The generated model of a delta is built on first access of .model: the book needed only
        # three fields, which it has validated, and parsing every delta would triple the cost.
        message: Message[Any] = Message(self.api, frame, kind, sub.sid, seq, sub.id, sub.channel)
        update = BookUpdate(
            sub.id,
            ticker,
            snapshot,
            message,
            book.copy() if sub.copy_books else book,
            *book.best_levels(),
        )
        sub.stream.put(update)
        if sub.taps:
            for tap in sub.taps.get(ticker, ()):
                tap.put(update)

    def _server_error(self, frame: dict[str, Any], sub: Subscription[Any] | None) -> None:
        msg = frame.get("msg")
        msg = msg if isinstance(msg, Mapping) else {}
        code = msg.get("code")
        code = code if isinstance(code, int) else None
        sid = frame.get("sid")
        terminal = sub is not None and code in TERMINAL_ERROR_CODES
        event = ServerErrorMessage(
            code,
            str(msg.get("msg", "")),
            frame,
            sub.id if sub else None,
            sid if isinstance(sid, int) else None,
            terminal,
        )
        log.warning(
            "server error code %s on %s: %s", code, f"subscription {sub.id}" if sub else "the connection", event.message
        )
        if sub is None:
            self.events.put(event)
            return
        sub.stream.put(event)
        if terminal:
            self.on_terminal(sub)
