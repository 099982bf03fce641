"""``orderbook TICKER --watch``: the book over WebSocket, redrawn in place until Ctrl-C.

On a terminal the screen shows best bid/ask, spread, the top levels and the last trades, redrawn
at most ten times a second. With ``--json`` every book update and trade is one JSON line (the
books there are the top ``--depth`` levels, YES terms). Ctrl-C ends the watch with status 0.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

from ._output import Clock, Column, WarningsTo, plain_table, print_json_line, text
from ._target import streaming_target

if TYPE_CHECKING:
    from kalshi_ext.ws import KalshiWebSocket, OrderBook

_REDRAW_EVERY = 0.1  # seconds: a terminal cannot show faster, and redrawing costs the reader time
_HOME_CLEAR = "\x1b[H\x1b[2J"
_WARNING_SHOWN_FOR = 10.0  # seconds a warning (reconnect, gap) stays on the screen


def _levels(levels: Sequence[Any]) -> list[list[Decimal]]:
    return [[level.price, level.size] for level in levels]


class Screen:
    """What the terminal shows; ``lines()`` renders it."""

    def __init__(self, ticker: str, depth: int, trades: int, clock: Clock) -> None:
        self.ticker = ticker
        self.depth = depth
        self.clock = clock
        self.book: OrderBook | None = None
        self.seq: int | None = None
        self.updates = 0
        self.status = "connecting..."
        self.warning: tuple[float, str] | None = None  # (when, text) of the SDK's last warning
        self.trades: collections.deque[dict[str, Any]] = collections.deque(maxlen=max(trades, 0))

    def lines(self) -> list[str]:
        now = self.clock.show(time.time())
        head = f"{self.ticker}   {now}   updates {self.updates}   seq {text(self.seq)}   {self.status}"
        out = [head]
        if self.warning is not None and time.monotonic() - self.warning[0] < _WARNING_SHOWN_FOR:
            out.append(f"warning: {self.warning[1][:120]}")
        book = self.book
        if book is None or not book.is_synced:
            out += ["", "(waiting for a snapshot)"]
        else:
            bid, ask = book.best_bid(), book.best_ask()
            spread = ask.price - bid.price if bid is not None and ask is not None else None
            out.append(f"best bid {_level(bid)}   best ask {_level(ask)}   spread {text(spread)}   (YES prices)")
            out.append("")
            bids, asks = book.bids(self.depth), book.asks(self.depth)
            rows = [(bids[i] if i < len(bids) else None, asks[i] if i < len(asks) else None) for i in range(self.depth)]
            rows = [row for row in rows if row != (None, None)]
            if rows:
                out += _table_lines(rows)
            else:
                out.append("(empty book)")
        out.append("")
        out.append("last trades" if self.trades else "last trades: none yet")
        for trade in reversed(self.trades):
            out.append(
                f"  {self.clock.show(trade.get('ts_ms') or trade.get('ts'))}  {text(trade.get('taker_book_side')):>3} "
                f"{text(trade.get('count_fp')):>10} @ {text(trade.get('yes_price_dollars'))}"
            )
        out += ["", "Ctrl-C to stop"]
        return out


def _level(level: Any) -> str:
    return "-" if level is None else f"{level.price} x {level.size}"


def _table_lines(rows: list[tuple[Any, Any]]) -> list[str]:
    import io

    def cell(which: int, part: int) -> Callable[[Any], str]:
        return lambda row: "" if row[which] is None else str(row[which][part])

    columns = [
        Column("BID SIZE", cell(0, 1), right=True),
        Column("BID", cell(0, 0), right=True),
        Column("ASK", cell(1, 0), right=True),
        Column("ASK SIZE", cell(1, 1), right=True),
    ]
    buffer = io.StringIO()
    plain_table(buffer, columns, [[c.get(row) for c in columns] for row in rows], None)
    return buffer.getvalue().splitlines()


def book_line(ticker: str, book: OrderBook, seq: int | None, depth: int) -> dict[str, Any]:
    """One ``--json`` line for a book update."""
    bid, ask = book.best_bid(), book.best_ask()
    return {
        "type": "book",
        "market_ticker": ticker,
        "seq": seq,
        "synced": book.is_synced,
        "best_bid": None if bid is None else bid.price,
        "best_ask": None if ask is None else ask.price,
        "spread": ask.price - bid.price if bid is not None and ask is not None else None,
        "bids": _levels(book.bids(depth)),
        "asks": _levels(book.asks(depth)),
        "received_at": time.time(),
    }


def websocket_for(args: argparse.Namespace, client: Any, url: str | None) -> KalshiWebSocket:
    """The async WebSocket client for the command's target (``url``: a custom host's)."""
    from kalshi_ext.ws import KalshiWebSocket

    options: dict[str, Any] = {}
    if url is not None:
        options["url"] = url
        # --sim's own loopback server, or a custom host the user allowed with --allow-custom-host
        options["allow_custom_host"] = bool(args.allow_custom_host or getattr(args, "sim", False))
    return KalshiWebSocket.from_client(client, **options)


async def _run(args: argparse.Namespace, out: TextIO, client: Any, url: str | None) -> None:

    depth = args.depth or 10
    screen = Screen(args.ticker, depth, args.trades, Clock(args.utc))
    tty = bool(getattr(out, "isatty", lambda: False)()) and not args.json
    last_draw = 0.0

    def draw(force: bool = False) -> None:
        nonlocal last_draw
        now = time.monotonic()
        if not tty or (not force and now - last_draw < _REDRAW_EVERY):
            return
        last_draw = now
        out.write(_HOME_CLEAR + "\n".join(screen.lines()) + "\n")
        out.flush()

    warnings = WarningsTo.installed() if tty else None
    if warnings is not None:  # a warning line would tear the redrawn screen: show it in the header

        def to_screen(message: str) -> None:
            screen.warning = (time.monotonic(), message)

        warnings.redirect = to_screen
    try:
        await _stream(args, out, client=client, url=url, screen=screen, depth=depth, draw=draw)
    finally:
        if warnings is not None:
            warnings.redirect = None


async def _stream(
    args: argparse.Namespace,
    out: TextIO,
    *,
    client: Any,
    url: str | None,
    screen: Screen,
    depth: int,
    draw: Callable[..., None],
) -> None:
    from kalshi_ext.ws import BookInvalidated, BookUpdate, Message

    async with websocket_for(args, client, url) as ws:
        books = await ws.subscribe_orderbook_delta([args.ticker])
        trades = await ws.subscribe_trade([args.ticker])
        screen.status = "live"
        draw(force=True)

        async def read_books() -> None:
            async for event in books:
                if isinstance(event, BookUpdate):
                    screen.book, screen.seq = event.book, event.seq
                    screen.updates += 1
                    screen.status = "live"
                    if args.json:
                        print_json_line(out, book_line(args.ticker, event.book, event.seq, depth))
                elif isinstance(event, BookInvalidated):
                    screen.status = f"resynchronising ({event.reason})"
                    if args.json:
                        print_json_line(out, {"type": "book_invalidated", "reason": event.reason})
                draw()

        async def read_trades() -> None:
            async for event in trades:
                if isinstance(event, Message):
                    msg = dict(event.raw.get("msg") or {})
                    screen.trades.append(msg)
                    if args.json:
                        print_json_line(out, {"type": "trade", **msg})
                    draw()

        tasks = [asyncio.ensure_future(read_books()), asyncio.ensure_future(read_trades())]
        try:
            if args.duration is not None:
                await asyncio.wait(tasks, timeout=args.duration)
            else:
                await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            draw(force=True)


def watch(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """Stream the book until Ctrl-C (or ``--duration``).

    Raises:
        KalshiError: the connection could not be made (refused handshake, closed for good).
    """
    with streaming_target(args) as (client, url):
        try:
            asyncio.run(_run(args, out, client, url))
        except KeyboardInterrupt:
            # Ctrl-C is how a watch ends: not an error.
            if not args.json:
                out.write("\n")
