"""``kalshi-ext perps ...``: the read commands for the Perps (margin) API, where it has them.

Credentials come from ``KALSHI_PERPS_*`` first, then ``KALSHI_*`` (``PerpsClient.from_env``).
Perps prices are plain dollar values (no YES/NO legs): books have bids and asks.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any, TextIO

from ._keys import UsageError
from ._listing import Handler, add_page_options, given, listing_command
from ._output import Clock, Column, dollars, field, is_unset, print_json, render_pairs, render_table, text
from ._target import add_target_options, perps_client


def status(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``perps status``: GET /margin/exchange/status."""
    with perps_client(args) as client:
        state = client.exchange.status()
    if args.json:
        print_json(out, {"status": state})
        return
    pairs = [("exchange active", text(state.exchange_active)), ("trading active", text(state.trading_active))]
    if not is_unset(state.exchange_estimated_resume_time):
        pairs.append(("estimated resume", Clock(args.utc).show(state.exchange_estimated_resume_time)))
    render_pairs(out, pairs)


_MARKET_COLUMNS = [
    Column("TICKER", field("ticker")),
    Column("STATUS", field("status")),
    Column("BID", field("bid"), right=True),
    Column("ASK", field("ask"), right=True),
    Column("PRICE", field("price"), right=True),
    Column("VOLUME", field("volume"), right=True),
    Column("OPEN INTEREST", field("open_interest"), right=True),
    Column("TITLE", field("title", lambda v: text(v)[:50])),
]


def markets(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``perps markets``: GET /margin/markets (one answer, no pages)."""
    with perps_client(args) as client:
        response = client.markets.list(**({"status": args.status} if args.status else {}))
    if args.json:
        print_json(out, response)
        return
    items = [] if is_unset(response.markets) else list(response.markets)
    if not items:
        print("No markets.", file=out)
        return
    render_table(out, _MARKET_COLUMNS, items)


def market(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``perps market TICKER``: GET /margin/markets/{ticker}."""
    with perps_client(args) as client:
        response = client.markets.get(args.ticker)
    if args.json:
        print_json(out, response)
        return
    m = response.market
    if is_unset(m):
        print(f"No market {args.ticker}.", file=out)
        return
    render_pairs(
        out,
        [
            ("ticker", text(m.ticker)),
            ("title", text(m.title)),
            ("status", text(m.status)),
            ("bid", f"{text(m.bid)} x {text(m.bid_size_fp)}"),
            ("ask", f"{text(m.ask)} x {text(m.ask_size_fp)}"),
            ("price", text(m.price)),
            ("tick size", text(m.tick_size)),
            ("volume", text(m.volume)),
            ("open interest", text(m.open_interest)),
        ],
    )


def orderbook(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``perps orderbook TICKER``: GET /margin/markets/{ticker}/orderbook."""
    from ._read import print_book

    if args.depth is not None and args.depth < 0:
        raise UsageError("--depth must be 0 (all levels) or more")
    with perps_client(args) as client:
        response = client.markets.orderbook(args.ticker, **({"depth": args.depth} if args.depth is not None else {}))
    book = response.orderbook
    raw_bids = [] if is_unset(book) or is_unset(book.bids) else book.bids
    raw_asks = [] if is_unset(book) or is_unset(book.asks) else book.asks
    bids = sorted(([Decimal(p), Decimal(s)] for p, s in raw_bids), reverse=True)
    asks = sorted([Decimal(p), Decimal(s)] for p, s in raw_asks)
    if args.depth:
        bids, asks = bids[: args.depth], asks[: args.depth]
    best_bid = bids[0][0] if bids else None
    best_ask = asks[0][0] if asks else None
    view = {
        "market_ticker": args.ticker,
        "best_bid": best_bid,
        "best_ask": best_ask,
        "spread": best_ask - best_bid if best_bid is not None and best_ask is not None else None,
        "bids": bids,
        "asks": asks,
    }
    if args.json:
        print_json(out, {**view, "orderbook": book})
        return
    print_book(out, view, note="")


def balance(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``perps balance``: GET /margin/balance (per subaccount)."""
    with perps_client(args) as client:
        response = client.margin.balance()
    if args.json:
        print_json(out, response)
        return
    rows = [] if is_unset(response.subaccount_balances) else list(response.subaccount_balances)
    columns = [
        Column("SUBACCOUNT", field("subaccount"), right=True),
        Column("EQUITY", field("account_equity", dollars), right=True),
        Column("AVAILABLE", field("available_balance", dollars), right=True),
        Column("POSITION VALUE", field("position_value", dollars), right=True),
        Column("INITIAL MARGIN", field("initial_margin", dollars), right=True),
        Column("MAINT. MARGIN", field("maintenance_margin", dollars), right=True),
    ]
    render_table(out, columns, rows)
    if not is_unset(response.settled_funds):
        print(f"settled funds  {dollars(response.settled_funds)}", file=out)


def positions(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    """``perps positions``: GET /margin/positions."""
    with perps_client(args) as client:
        response = client.portfolio.positions(**given(ticker=args.ticker or None, subaccount=args.subaccount))
    if args.json:
        print_json(out, response)
        return
    rows = [] if is_unset(response.positions) else list(response.positions)
    if not rows:
        print("No positions.", file=out)
        return
    columns = [
        Column("TICKER", field("market_ticker")),
        Column("SUBACCOUNT", field("subaccount"), right=True),
        Column("POSITION", field("position"), right=True),
        Column("ENTRY", field("entry_price"), right=True),
        Column("UNREALIZED P&L", field("unrealized_pnl", dollars), right=True),
        Column("MARGIN", field("margin_used", dollars), right=True),
        Column("FEES", field("fees", dollars), right=True),
    ]
    render_table(out, columns, rows)


orders = listing_command(
    "``perps orders``: GET /margin/orders.",
    client=perps_client,
    key="orders",
    columns=lambda clock: [
        Column("ORDER ID", field("order_id")),
        Column("TICKER", field("ticker")),
        Column("SIDE", field("side")),
        Column("PRICE", field("price"), right=True),
        Column("FILLED", field("fill_count"), right=True),
        Column("REMAINING", field("remaining_count"), right=True),
        Column("REASON", field("last_update_reason")),
        Column("CREATED", field("created_time", clock.show)),
    ],
    params=lambda args: given(ticker=args.ticker or None, status=args.status or None, subaccount=args.subaccount),
    page=lambda client: client.orders.list,
    every=lambda client: client.orders.list_all,
)


fills = listing_command(
    "``perps fills``: GET /margin/fills.",
    client=perps_client,
    key="fills",
    columns=lambda clock: [
        Column("TIME", field("created_time", clock.show)),
        Column("TICKER", field("ticker")),
        Column("SIDE", field("side")),
        Column("COUNT", field("count"), right=True),
        Column("PRICE", field("price"), right=True),
        Column("FEES", field("fees"), right=True),
        Column("REALIZED P&L", field("realized_pnl"), right=True),
        Column("TAKER", field("is_taker")),
    ],
    params=lambda args: given(subaccount=args.subaccount),
    page=lambda client: client.portfolio.fills,
    every=lambda client: client.portfolio.fills_all,
)


def register(commands: Any) -> None:
    """Add ``perps status|markets|market|orderbook|balance|positions|orders|fills``."""
    common = argparse.ArgumentParser(add_help=False)
    add_target_options(common, sim=False)
    perps = commands.add_parser(
        "perps",
        help="the Perps (margin) API: status, markets, books, balance, positions, orders, fills",
        description="Read commands for the Perps API. Credentials: KALSHI_PERPS_* variables, falling back to KALSHI_*.",
    )
    actions = perps.add_subparsers(dest="perps_action", metavar="ACTION", required=True)

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(
            name, parents=[common], help=help_text, description=help_text
        )
        parser.set_defaults(handler=handler)
        return parser

    add("status", status, "perps exchange status")
    p = add("markets", markets, "perps markets")
    p.add_argument("--status", help="a margin market status, e.g. active")
    p = add("market", market, "one perps market")
    p.add_argument("ticker", metavar="TICKER")
    p = add("orderbook", orderbook, "a perps market's order book")
    p.add_argument("ticker", metavar="TICKER")
    p.add_argument("--depth", type=int, metavar="N", help="levels per side (default: all)")
    add("balance", balance, "margin balances per subaccount")
    p = add("positions", positions, "perps positions")
    p.add_argument("--ticker", metavar="TICKER")
    p.add_argument("--subaccount", type=int, metavar="N")
    p = add("orders", orders, "your perps orders")
    p.add_argument("--ticker", metavar="TICKER")
    p.add_argument("--status", help="e.g. resting")
    p.add_argument("--subaccount", type=int, metavar="N")
    add_page_options(p, max_limit=10000)
    p = add("fills", fills, "your perps fills")
    p.add_argument("--subaccount", type=int, metavar="N")
    add_page_options(p)
