"""``kalshi-ext record``: capture WebSocket streams to hourly JSON lines or Parquet files.

Every frame the SDK delivers is written as received (the decoded frame re-serialised compactly:
Kalshi's prices and counts are strings, so nothing changes), together with gap markers and
frames that did not decode. Order books are also written as parsed snapshots at an interval.

Continuity is explicit, never assumed: ``segment`` starts at 0 and goes up by one at every gap
row (a dropped connection, a new ``sid`` after a reconnect or resubscription, a sequence gap, a
book reset, a consumer overflow). Rows of one (run, segment, sid) are continuous in ``seq``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ._capture import RotatingWriter, check_format
from ._keys import UsageError
from ._output import print_json
from ._target import streaming_target

CHANNELS = ("orderbook_delta", "trade", "ticker")
_FLUSH_SECONDS = 0.5
_FLUSH_ROWS = 2000
_QUEUE = 100_000  # per subscription: a capture must not lose frames to a slow disk burst


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


@dataclass
class Recorder:
    """Turns client events into rows and writes them; sans-IO apart from the writers."""

    frames: RotatingWriter
    books: RotatingWriter
    run: str
    now_ns: Callable[[], int] = time.time_ns
    segment: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {"frames": 0, "books": 0, "gaps": 0, "errors": 0})
    _pending_frames: list[dict[str, Any]] = field(default_factory=list)
    _pending_books: list[dict[str, Any]] = field(default_factory=list)
    _last: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)  # subscription -> (sid, seq)
    _announced: set[int] = field(default_factory=set)  # subscriptions with a gap row since their last frame
    _skipped: dict[int, int] = field(default_factory=dict)  # subscription -> skipped deltas seen so far
    _book_seen: dict[str, tuple[int, bool]] = field(default_factory=dict)
    _book_seq: dict[str, int | None] = field(default_factory=dict)

    def _row(self, kind: str, channel: str | None, type_: str | None, frame: str, **extra: Any) -> None:
        row = {
            "recv_ns": self.now_ns(),
            "run": self.run,
            "segment": self.segment,
            "kind": kind,
            "channel": channel,
            "type": type_,
            "sid": extra.get("sid"),
            "seq": extra.get("seq"),
            "market_ticker": extra.get("market_ticker"),
            "frame": frame,
        }
        self._pending_frames.append(row)

    def gap(self, reason: str, channel: str | None = None, *, subscription: int | None = None, **detail: Any) -> None:
        """A marker: what follows is not continuous with what came before."""
        self.segment += 1
        self.counts["gaps"] += 1
        if subscription is not None:
            self._announced.add(subscription)
        self._row("gap", channel, reason, _json({"reason": reason, **detail}), sid=detail.get("sid"))

    def message(self, subscription_id: int, channel: str, message: Any, *, skipped_total: int = 0) -> None:
        """A data frame (``kalshi_ext.ws.Message``) of a subscription.

        A frame that does not follow its predecessor (another ``sid``, or a ``seq`` that is not the
        next one) gets a gap row first unless one was already written for this subscription: after a
        reconnect the server may reuse sids and restart seqs, and the connection's own event can be
        read after the new frames, so continuity is checked on the stream itself. ``skipped_total``
        is the subscription's count of book deltas the SDK did not deliver because a snapshot
        already contained them: a ``seq`` jump they explain is a ``skipped`` row, not a gap.
        """
        sid, seq = message.sid, message.seq
        last = self._last.get(subscription_id)
        skipped = skipped_total - self._skipped.get(subscription_id, skipped_total)
        self._skipped[subscription_id] = skipped_total
        if last is not None and subscription_id not in self._announced:
            last_sid, last_seq = last
            if sid is not None and last_sid is not None and sid != last_sid:
                self.gap("new_sid", channel, sid=sid, previous_sid=last_sid)
            elif seq is not None and last_seq is not None and seq != last_seq + 1:
                missing = seq - last_seq - 1
                if 0 < missing <= skipped:
                    detail = _json({"count": missing, "after_seq": last_seq})
                    self._row("skipped", channel, "contained_in_snapshot", detail, sid=sid, seq=seq - 1)
                else:
                    reason = "resubscribed" if seq == 1 else "sequence_break"
                    self.gap(reason, channel, sid=sid, previous_seq=last_seq, seq=seq)
        self._announced.discard(subscription_id)
        self._last[subscription_id] = (sid, seq)
        raw = message.raw
        msg = raw.get("msg")
        ticker = msg.get("market_ticker") if isinstance(msg, dict) else None
        if isinstance(ticker, str) and channel == "orderbook_delta":
            self._book_seq[ticker] = message.seq
        self.counts["frames"] += 1
        self._row(
            "frame",
            channel,
            message.type,
            _json(raw),
            sid=sid,
            seq=seq,
            market_ticker=ticker if isinstance(ticker, str) else None,
        )

    def error(self, channel: str | None, type_: str, raw: Any) -> None:
        """A frame that did not decode or parse, or a server error: kept as received."""
        self.counts["errors"] += 1
        if isinstance(raw, bytes):
            frame = raw.decode("utf-8", "replace")
        elif isinstance(raw, str):
            frame = raw
        else:
            frame = _json(raw)
        self._row("error", channel, type_, frame)

    def book(self, ticker: str, book: Any) -> None:
        """A snapshot row for ``book`` if it changed since the last one written."""
        state = (int(book.updates), bool(book.is_synced))
        if self._book_seen.get(ticker) == state:
            return
        self._book_seen[ticker] = state
        bid, ask = book.best_bid(), book.best_ask()
        self.counts["books"] += 1
        self._pending_books.append(
            {
                "recv_ns": self.now_ns(),
                "run": self.run,
                "segment": self.segment,
                "market_ticker": ticker,
                "seq": self._book_seq.get(ticker),
                "synced": book.is_synced,
                "best_bid": None if bid is None else str(bid.price),
                "best_ask": None if ask is None else str(ask.price),
                "bids": [[str(level.price), str(level.size)] for level in book.bids()],
                "asks": [[str(level.price), str(level.size)] for level in book.asks()],
            }
        )

    @property
    def backlog(self) -> int:
        return len(self._pending_frames) + len(self._pending_books)

    def flush(self) -> None:
        if self._pending_frames:
            rows, self._pending_frames = self._pending_frames, []
            self.frames.write(rows)
        if self._pending_books:
            rows, self._pending_books = self._pending_books, []
            self.books.write(rows)

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.frames.close()
            self.books.close()


def parse_channels(text: str) -> list[str]:
    channels = [c.strip() for c in text.split(",") if c.strip()]
    unknown = sorted(set(channels) - set(CHANNELS))
    if unknown or not channels:
        raise UsageError(f"--channels: choose from {', '.join(CHANNELS)} (got {text!r})")
    return list(dict.fromkeys(channels))


async def _consume(recorder: Recorder, sub: Any, channel: str) -> None:
    from kalshi_ext.ws import (
        BookInvalidated,
        BookUpdate,
        ErrorEvent,
        Message,
        SequenceGap,
        ServerErrorMessage,
        StreamOverflowError,
        UnknownMessage,
    )

    while True:
        try:
            async for event in sub:
                if isinstance(event, BookUpdate):
                    if event.message is not None:
                        recorder.message(sub.id, channel, event.message, skipped_total=sub.stats.skipped_deltas)
                elif isinstance(event, Message):
                    recorder.message(sub.id, channel, event)
                elif isinstance(event, BookInvalidated):
                    recorder.gap(
                        event.reason,
                        channel,
                        subscription=sub.id,
                        markets=list(event.market_tickers),
                        sid=event.sid,
                        expected_seq=event.expected_seq,
                        received_seq=event.received_seq,
                    )
                elif isinstance(event, SequenceGap):
                    recorder.gap(
                        "sequence_gap",
                        channel,
                        subscription=sub.id,
                        sid=event.sid,
                        expected_seq=event.expected_seq,
                        received_seq=event.received_seq,
                    )
                elif isinstance(event, ErrorEvent):
                    recorder.error(channel, type(event.error).__name__, event.raw)
                elif isinstance(event, ServerErrorMessage | UnknownMessage):
                    recorder.error(
                        channel, "server_error" if isinstance(event, ServerErrorMessage) else "unknown", event.raw
                    )
            return
        except StreamOverflowError as exc:
            recorder.gap("overflow", channel, subscription=sub.id, dropped=getattr(exc, "dropped", None))


async def _connection_events(recorder: Recorder, ws: Any) -> None:
    from kalshi_ext.ws import ConnectionEvent, ErrorEvent, Message, ServerErrorMessage, UnknownMessage

    async for event in ws.events():
        if isinstance(event, ConnectionEvent):
            state = str(event.state)
            if state in ("disconnected", "reconnected"):
                recorder.gap(state, None, error=None if event.error is None else str(event.error)[:200])
        elif isinstance(event, ErrorEvent):
            recorder.error(None, type(event.error).__name__, event.raw)
        elif isinstance(event, ServerErrorMessage | UnknownMessage):
            recorder.error(None, "server_error" if isinstance(event, ServerErrorMessage) else "unknown", event.raw)
        elif isinstance(event, Message):  # a frame for a sid no longer subscribed
            recorder.error(None, "orphan", event.raw)


async def _ticks(recorder: Recorder, ws: Any, tickers: list[str], book_interval: float | None) -> None:
    next_books = time.monotonic()
    while True:
        await asyncio.sleep(_FLUSH_SECONDS)
        if book_interval and time.monotonic() >= next_books:
            next_books += book_interval
            for ticker in tickers:
                book = ws.book(ticker)
                if book is not None:
                    recorder.book(ticker, book)
        recorder.flush()


async def record_async(
    args: argparse.Namespace,
    target: tuple[Any, str | None],
    tickers: list[str],
    channels: list[str],
    recorder: Recorder,
) -> None:
    from ._watch import websocket_for

    async with websocket_for(args, *target) as ws:
        tasks = [asyncio.ensure_future(_connection_events(recorder, ws))]
        for channel in channels:
            sub = await ws.subscribe(channel, market_tickers=tickers, overflow="error", queue_size=_QUEUE)
            tasks.append(asyncio.ensure_future(_consume(recorder, sub, channel)))
        books = args.book_interval if "orderbook_delta" in channels else None
        tasks.append(asyncio.ensure_future(_ticks(recorder, ws, tickers, books)))
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signal.SIGTERM, stop.set)
        waiter = asyncio.ensure_future(stop.wait())
        try:
            done, _ = await asyncio.wait([*tasks, waiter], timeout=args.duration, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if task is not waiter and not task.cancelled() and task.exception() is not None:
                    raise task.exception()  # type: ignore[misc]
        finally:
            for task in [*tasks, waiter]:
                task.cancel()
            await asyncio.gather(*tasks, waiter, return_exceptions=True)
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(signal.SIGTERM)
            if books:
                for ticker in tickers:
                    book = ws.book(ticker)
                    if book is not None:
                        recorder.book(ticker, book)


def record(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``record --tickers A,B --out DIR``: capture until Ctrl-C, SIGTERM or ``--duration``.

    Raises:
        UsageError: bad channels/tickers, Parquet without pyarrow.
        KalshiError: the WebSocket connection failed for good.
        OSError: the capture directory cannot be written.
    """
    from ._capture import ParquetUnavailableError

    tickers = [t.strip() for t in args.tickers.split(",") if t.strip()]
    if not tickers:
        raise UsageError("--tickers: give at least one market ticker")
    channels = parse_channels(args.channels)
    try:
        check_format(args.format)
    except ParquetUnavailableError as exc:
        raise UsageError(str(exc)) from None
    if args.book_interval is not None and args.book_interval < 0:
        raise UsageError("--book-interval must be 0 (no snapshots) or more seconds")
    root = Path(args.out).expanduser()
    run = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    recorder = Recorder(
        RotatingWriter(root, "frames", run, args.format), RotatingWriter(root, "books", run, args.format), run
    )
    started = time.monotonic()
    interrupted = False
    with streaming_target(args) as target:
        try:
            asyncio.run(record_async(args, target, tickers, channels, recorder))
        except KeyboardInterrupt:
            interrupted = True  # Ctrl-C ends a capture; everything received is written below
        finally:
            recorder.close()
    summary = {
        "out": str(root),
        "run": run,
        "format": args.format,
        "seconds": round(time.monotonic() - started, 3),
        "interrupted": interrupted,
        **recorder.counts,
        "files": [str(p) for p in recorder.frames.files + recorder.books.files],
    }
    if args.json:
        print_json(out, summary)
    else:
        print(
            f"Recorded {summary['frames']} frames, {summary['books']} book snapshots, {summary['gaps']} gap markers, "
            f"{summary['errors']} bad frames into {root} ({len(summary['files'])} files).",
            file=err,
        )


def register(commands: Any, common: list[argparse.ArgumentParser]) -> None:
    """Add ``record``."""
    p = commands.add_parser(
        "record",
        parents=common,
        help="capture books, trades and tickers to hourly JSON lines or Parquet files",
        description="Capture WebSocket streams to OUT/frames and OUT/books, one file per UTC hour "
        "(see docs/capture.md). Runs until Ctrl-C, SIGTERM or --duration.",
    )
    p.set_defaults(handler=record)
    p.add_argument("--tickers", required=True, metavar="T1,T2", help="markets to record (comma-separated)")
    p.add_argument(
        "--channels",
        default="orderbook_delta,trade",
        metavar="C1,C2",
        help=f"channels to record, from {', '.join(CHANNELS)} (default orderbook_delta,trade)",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="capture directory (created if missing)")
    p.add_argument(
        "--format", choices=("jsonl", "parquet"), default="jsonl", help="jsonl (default) or parquet (pyarrow)"
    )
    p.add_argument(
        "--book-interval",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="write parsed book snapshots this often when a book changed (default 1; 0: none)",
    )
    p.add_argument("--duration", type=float, metavar="SECONDS", help="stop after this long")
