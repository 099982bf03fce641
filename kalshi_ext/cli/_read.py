"""Read commands of the Trade API: status, markets, market, orderbook, balance, positions, orders,
fills, settlements. Each prints a table (or ``--json``: the API's response, Decimal as strings)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TextIO

from ._keys import UsageError
from ._listing import Handler, add_page_options, given, listing_command
from ._output import (
    Clock,
    Column,
    cents,
    dollars,
    field,
    is_unset,
    print_json,
    render_pairs,
    render_table,
    text,
)
from ._target import trade_client


def _csv(value: str | None) -> str | None:
    if value is None:
        return None
    items = [part.strip() for part in value.split(",") if part.strip()]
    if not items:
        raise UsageError("an empty list of tickers")
    return ",".join(items)


# -- status ---------------------------------------------------------------------------


def status(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``status``: GET /exchange/status and /exchange/schedule."""
    clock = Clock(args.utc)
    with trade_client(args) as client:
        state = client.exchange.status()
        schedule = client.exchange.schedule()
    if args.json:
        print_json(out, {"status": state, "schedule": schedule})
        return
    pairs = [
        ("exchange active", text(state.exchange_active)),
        ("trading active", text(state.trading_active)),
    ]
    if not is_unset(state.exchange_estimated_resume_time):
        pairs.append(("estimated resume", clock.show(state.exchange_estimated_resume_time)))
    render_pairs(out, pairs)
    sched = schedule.schedule
    if is_unset(sched):
        return
    for week in [] if is_unset(sched.standard_hours) else sched.standard_hours:
        print(
            f"standard hours {clock.show(week.start_time)} to {clock.show(week.end_time)} (exchange local times):",
            file=out,
        )
        for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
            spans = getattr(week, day)
            shown = ", ".join(f"{s.open_time}-{s.close_time}" for s in ([] if is_unset(spans) else spans))
            print(f"  {day:<9}  {shown or 'closed'}", file=out)
    windows = [] if is_unset(sched.maintenance_windows) else list(sched.maintenance_windows)
    for window in windows:
        print(f"maintenance {clock.show(window.start_datetime)} to {clock.show(window.end_datetime)}", file=out)


# -- markets --------------------------------------------------------------------------


def _market_columns(clock: Clock) -> list[Column]:
    return [
        Column("TICKER", field("ticker")),
        Column("STATUS", field("status")),
        Column("YES BID", field("yes_bid_dollars"), right=True),
        Column("YES ASK", field("yes_ask_dollars"), right=True),
        Column("LAST", field("last_price_dollars"), right=True),
        Column("VOLUME", field("volume_fp"), right=True),
        Column("CLOSES", field("close_time", clock.show)),
        Column("TITLE", field("title", lambda v: text(v)[:60])),
    ]


markets = listing_command(
    "``markets``: GET /markets with the API's filters.",
    client=trade_client,
    key="markets",
    columns=_market_columns,
    params=lambda args: given(
        status=args.status, series_ticker=args.series, event_ticker=args.event, tickers=_csv(args.tickers)
    ),
    page=lambda client: client.markets.list,
    every=lambda client: client.markets.list_all,
)


def market(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``market TICKER``: GET /markets/{ticker}."""
    clock = Clock(args.utc)
    with trade_client(args) as client:
        response = client.markets.get(args.ticker)
    if args.json:
        print_json(out, response)
        return
    m = response.market
    if is_unset(m):
        print(f"No market {args.ticker}.", file=out)
        return
    pairs = [
        ("ticker", text(m.ticker)),
        ("title", text(m.title)),
        ("event", text(m.event_ticker)),
        ("status", text(m.status)),
        ("yes bid", f"{text(m.yes_bid_dollars)} x {text(m.yes_bid_size_fp)}"),
        ("yes ask", f"{text(m.yes_ask_dollars)} x {text(m.yes_ask_size_fp)}"),
        ("no bid / ask", f"{text(m.no_bid_dollars)} / {text(m.no_ask_dollars)}"),
        ("last price", text(m.last_price_dollars)),
        ("volume", text(m.volume_fp)),
        ("open interest", text(m.open_interest_fp)),
        ("opens", clock.show(m.open_time)),
        ("closes", clock.show(m.close_time)),
        ("expires", clock.show(m.expiration_time)),
    ]
    if not is_unset(m.result) and text(m.result):
        pairs.append(("result", text(m.result)))
    render_pairs(out, pairs)


# -- order book -----------------------------------------------------------------------


def book_view(ticker: str, yes_bids: Any, no_bids: Any, depth: int | None) -> dict[str, Any]:
    """Bids and asks in YES terms, best first, from the REST book's YES bids and NO bids.

    A NO bid at ``q`` is a YES ask at ``1 - q``. Prices and sizes stay Decimal strings.
    """
    bids = sorted(([Decimal(p), Decimal(s)] for p, s in ([] if is_unset(yes_bids) else yes_bids)), reverse=True)
    asks = sorted([Decimal(1) - Decimal(p), Decimal(s)] for p, s in ([] if is_unset(no_bids) else no_bids))
    if depth:
        bids, asks = bids[:depth], asks[:depth]
    best_bid = bids[0][0] if bids else None
    best_ask = asks[0][0] if asks else None
    spread = best_ask - best_bid if best_bid is not None and best_ask is not None else None
    return {
        "market_ticker": ticker,
        "best_bid": best_bid,
        "best_ask": best_ask,
        "spread": spread,
        "bids": bids,
        "asks": asks,
    }


YES_NOTE = "   (YES prices; an ask is a NO bid at 1 - price)"


def print_book(out: TextIO, view: dict[str, Any], *, note: str = YES_NOTE) -> None:
    print(
        f"{view['market_ticker']}  best bid {text(view['best_bid'])}  best ask {text(view['best_ask'])}  "
        f"spread {text(view['spread'])}{note}",
        file=out,
    )
    bids, asks = view["bids"], view["asks"]
    rows = [
        (bids[i] if i < len(bids) else None, asks[i] if i < len(asks) else None)
        for i in range(max(len(bids), len(asks)))
    ]
    if not rows:
        print("(empty book)", file=out)
        return

    def cell(which: int, part: int) -> Callable[[Any], str]:
        return lambda row: "" if row[which] is None else str(row[which][part])

    columns = [
        Column("BID SIZE", cell(0, 1), right=True),
        Column("BID", cell(0, 0), right=True),
        Column("ASK", cell(1, 0), right=True),
        Column("ASK SIZE", cell(1, 1), right=True),
    ]
    render_table(out, columns, rows)


def orderbook(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``orderbook TICKER [--depth N] [--watch]``: GET /markets/{ticker}/orderbook, or stream it."""
    if args.depth is not None and args.depth < 0:
        raise UsageError("--depth must be 0 (all levels) or more")
    if args.watch:
        from ._watch import watch

        watch(args, out, err)
        return
    with trade_client(args) as client:
        response = client.markets.orderbook(args.ticker, **given(depth=args.depth))
    book = response.orderbook_fp
    yes = None if is_unset(book) else book.yes_dollars
    no = None if is_unset(book) else book.no_dollars
    view = book_view(args.ticker, yes, no, args.depth)
    if args.json:
        print_json(out, {**view, "orderbook_fp": book})
        return
    print_book(out, view)


# -- portfolio ------------------------------------------------------------------------


def balance(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``balance``: GET /portfolio/balance (``balance`` and ``portfolio_value`` are integer cents)."""
    with trade_client(args) as client:
        response = client.portfolio.balance(**given(subaccount=args.subaccount))
    if args.json:
        print_json(out, response)
        return
    cash = dollars(response.balance_dollars) if response.is_set("balance_dollars") else cents(response.balance)
    pairs = [("balance", cash), ("portfolio value", cents(response.portfolio_value))]
    if not is_unset(response.updated_ts):
        pairs.append(("updated", Clock(args.utc).show(response.updated_ts)))
    render_pairs(out, pairs)


positions = listing_command(
    "``positions``: GET /portfolio/positions (market positions; events in --json).",
    client=trade_client,
    key="market_positions",
    noun="positions",
    columns=lambda clock: [
        Column("TICKER", field("ticker")),
        Column("POSITION", field("position_fp"), right=True),
        Column("EXPOSURE", field("market_exposure_dollars", dollars), right=True),
        Column("REALIZED P&L", field("realized_pnl_dollars", dollars), right=True),
        Column("FEES", field("fees_paid_dollars", dollars), right=True),
        Column("TRADED", field("total_traded_dollars", dollars), right=True),
        Column("UPDATED", field("last_updated_ts", clock.show)),
    ],
    params=lambda args: given(
        ticker=args.ticker,
        event_ticker=args.event,
        settlement_status=args.settlement_status,
        count_filter=args.count_filter,
        subaccount=args.subaccount,
    ),
    page=lambda client: client.portfolio.positions,
    every=lambda client: client.portfolio.positions_all,
)


orders = listing_command(
    "``orders``: GET /portfolio/orders.",
    client=trade_client,
    key="orders",
    columns=lambda clock: [
        Column("ORDER ID", field("order_id")),
        Column("TICKER", field("ticker")),
        Column("SIDE", field("book_side")),
        Column("PRICE", field("yes_price_dollars"), right=True),
        Column("FILLED", field("fill_count_fp"), right=True),
        Column("REMAINING", field("remaining_count_fp"), right=True),
        Column("STATUS", field("status")),
        Column("CREATED", field("created_time", clock.show)),
    ],
    params=lambda args: given(
        ticker=args.ticker, event_ticker=args.event, status=args.status, subaccount=args.subaccount
    ),
    page=lambda client: client.orders.list,
    every=lambda client: client.orders.list_all,
)


fills = listing_command(
    "``fills``: GET /portfolio/fills.",
    client=trade_client,
    key="fills",
    columns=lambda clock: [
        Column("TIME", field("created_time", clock.show)),
        Column("TICKER", field("market_ticker")),
        Column("SIDE", field("book_side")),
        Column("COUNT", field("count_fp"), right=True),
        Column("YES PRICE", field("yes_price_dollars"), right=True),
        Column("FEE", field("fee_cost", dollars), right=True),
        Column("TAKER", field("is_taker")),
        Column("ORDER ID", field("order_id")),
    ],
    params=lambda args: given(ticker=args.ticker, order_id=args.order_id, subaccount=args.subaccount),
    page=lambda client: client.portfolio.fills,
    every=lambda client: client.portfolio.fills_all,
)


settlements = listing_command(
    "``settlements``: GET /portfolio/settlements (``revenue`` is integer cents).",
    client=trade_client,
    key="settlements",
    columns=lambda clock: [
        Column("SETTLED", field("settled_time", clock.show)),
        Column("TICKER", field("ticker")),
        Column("RESULT", field("market_result")),
        Column("YES", field("yes_count_fp"), right=True),
        Column("NO", field("no_count_fp"), right=True),
        Column("REVENUE", field("revenue", cents), right=True),
        Column("FEE", field("fee_cost", dollars), right=True),
    ],
    params=lambda args: given(ticker=args.ticker, event_ticker=args.event, subaccount=args.subaccount),
    page=lambda client: client.portfolio.settlements,
    every=lambda client: client.portfolio.settlements_all,
)


def register(commands: Any, common: list[argparse.ArgumentParser]) -> None:
    """Add the read commands to the ``kalshi-ext`` sub-parsers."""

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(
            name, parents=common, help=help_text, description=help_text
        )
        parser.set_defaults(handler=handler)
        return parser

    add("status", status, "exchange status and trading schedule")

    p = add("markets", markets, "list markets (GET /markets)")
    p.add_argument("--status", help="unopened, open, paused, closed or settled")
    p.add_argument("--series", metavar="SERIES_TICKER", help="only this series")
    p.add_argument("--event", metavar="EVENT_TICKER", help="only this event")
    p.add_argument("--tickers", metavar="T1,T2", help="only these markets (comma-separated)")
    add_page_options(p)

    p = add("market", market, "one market (GET /markets/{ticker})")
    p.add_argument("ticker", metavar="TICKER")

    p = add("orderbook", orderbook, "a market's order book; --watch streams it over WebSocket")
    p.add_argument("ticker", metavar="TICKER")
    p.add_argument("--depth", type=int, metavar="N", help="levels per side (default: all)")
    p.add_argument("--watch", action="store_true", help="stream the book and redraw it in place until Ctrl-C")
    p.add_argument("--trades", type=int, default=8, metavar="N", help="with --watch: last trades shown (default 8)")
    p.add_argument("--duration", type=float, metavar="SECONDS", help="with --watch: stop after this long")

    p = add("balance", balance, "cash balance and portfolio value")
    p.add_argument("--subaccount", type=int, metavar="N")

    p = add("positions", positions, "market positions")
    p.add_argument("--ticker", metavar="TICKER")
    p.add_argument("--event", metavar="EVENT_TICKER")
    p.add_argument("--settlement-status", metavar="STATUS", help="all, unsettled (API default) or settled")
    p.add_argument("--count-filter", metavar="FIELDS", help="e.g. position,total_traded: only non-zero ones")
    p.add_argument("--subaccount", type=int, metavar="N")
    add_page_options(p)

    p = add("orders", orders, "your orders")
    p.add_argument("--ticker", metavar="TICKER")
    p.add_argument("--event", metavar="EVENT_TICKER")
    p.add_argument("--status", help="resting, canceled or executed")
    p.add_argument("--subaccount", type=int, metavar="N")
    add_page_options(p)

    p = add("fills", fills, "your fills")
    p.add_argument("--ticker", metavar="TICKER")
    p.add_argument("--order-id", metavar="ORDER_ID")
    p.add_argument("--subaccount", type=int, metavar="N")
    add_page_options(p)

    p = add("settlements", settlements, "your settlements")
    p.add_argument("--ticker", metavar="TICKER")
    p.add_argument("--event", metavar="EVENT_TICKER")
    p.add_argument("--subaccount", type=int, metavar="N")
    add_page_options(p)
