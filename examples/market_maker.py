"""A small market maker written only against kalshi-ext's public API.

It lists the open markets, picks the one that closes first, streams its book over the WebSocket,
quotes both sides (joining the best bid and ask of everyone else, within an inventory limit), amends
its quotes as the book moves and cancels them before the close, then reads its fills, position and
balance, waits for the market to settle, and prints a P&L computed from its fills and settlement
that it reconciles with the change of its balance: the run fails (exit 1) if they differ by a cent.

``make demo`` (or ``kalshi-ext sim demo``) runs it against the offline simulator. Against any other
Kalshi endpoint it needs the same arguments (or the ``KALSHI_*`` variables)::

    python examples/market_maker.py --rest-url URL --ws-url URL --key-id ID --key-file PATH
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from kalshi_ext import KalshiAPIError, KalshiClient, KalshiError
from kalshi_ext.ws import BookUpdate

CENT = Decimal("0.01")
SIZE = Decimal("3")
MAX_POSITION = Decimal("9")
STOP_QUOTING_BEFORE_CLOSE = timedelta(seconds=20)


@dataclass
class Quote:
    order_id: str
    price: Decimal


class Transcript:
    def __init__(self) -> None:
        self.started = time.monotonic()

    def say(self, text: str) -> None:
        print(f"[{time.monotonic() - self.started:6.2f}s] {text}", flush=True)


def money(value: Decimal) -> str:
    return f"{value:+.4f}"


class MarketMaker:
    def __init__(self, kalshi: KalshiClient, ticker: str, log: Transcript) -> None:
        self.kalshi = kalshi
        self.ticker = ticker
        self.log = log
        self.quotes: dict[str, Quote] = {}  # "bid" / "ask" -> our resting order
        self.position = Decimal(0)
        self.seen_fills: set[str] = set()
        self.amends = 0
        self.cancels = 0

    # -- what everyone else quotes ----------------------------------------------------------
    def others_best(self, update: BookUpdate) -> tuple[Decimal | None, Decimal | None]:
        """Best bid and ask of the book without our own quotes (both in YES dollars)."""
        mine = {side: q.price for side, q in self.quotes.items()}

        def best(levels: list[Any], side: str) -> Decimal | None:
            for level in levels:
                size = level.size - (SIZE if mine.get(side) == level.price else 0)
                if size > 0:
                    return Decimal(level.price)
            return None

        return best(update.book.bids(), "bid"), best(update.book.asks(), "ask")

    # -- quoting -----------------------------------------------------------------------------
    def refresh_fills(self) -> None:
        for fill in self.kalshi.portfolio.fills_all(ticker=self.ticker):
            if fill.fill_id in self.seen_fills:
                continue
            self.seen_fills.add(fill.fill_id)
            signed = fill.count_fp if fill.outcome_side.value == "yes" else -fill.count_fp
            self.position += signed
            price = fill.yes_price_dollars if fill.outcome_side.value == "yes" else fill.no_price_dollars
            role = "taker" if fill.is_taker else "maker"
            self.log.say(
                f"FILL   {fill.book_side.value:<3} {fill.count_fp} {fill.outcome_side.value.upper():<3} @ {price} "
                f"({role}, fee {fill.fee_cost}) -> position {self.position}"
            )
        for side in list(self.quotes):
            order = self.kalshi.orders.get(self.quotes[side].order_id).order
            if order.status.value != "resting":
                del self.quotes[side]

    def want(self, side: str, price: Decimal | None) -> Decimal | None:
        """Our price for one side, or None to stay out (no book, or the inventory limit)."""
        if price is None or not CENT <= price <= 1 - CENT:
            return None
        if side == "bid" and self.position + SIZE > MAX_POSITION:
            return None
        if side == "ask" and self.position - SIZE < -MAX_POSITION:
            return None
        return price

    def quote(self, side: str, price: Decimal | None) -> None:
        current = self.quotes.get(side)
        if price is None:
            if current is not None:
                self.kalshi.orders.cancel_v2(current.order_id)
                self.cancels += 1
                self.log.say(f"CANCEL {side} @ {current.price} (inventory limit or no book)")
                del self.quotes[side]
            return
        if current is None:
            placed = self.kalshi.orders.create_v2(
                ticker=self.ticker,
                side=side,
                count=SIZE,
                price=price,
                time_in_force="good_till_canceled",
                self_trade_prevention_type="maker",
                post_only=True,
            )
            self.quotes[side] = Quote(placed.order_id, price)
            self.log.say(f"QUOTE  {side} {SIZE} @ {price}")
        elif current.price != price:
            order = self.kalshi.orders.get(current.order_id).order
            self.kalshi.orders.amend_v2(
                current.order_id, ticker=self.ticker, side=side, price=price, count=order.fill_count_fp + SIZE
            )
            self.amends += 1
            self.log.say(f"AMEND  {side} {current.price} -> {price}")
            current.price = price

    def on_book(self, update: BookUpdate) -> None:
        bid, ask = self.others_best(update)
        if bid is not None and ask is not None and ask - bid < 2 * CENT:
            bid, ask = None, None  # no room to quote inside a locked or one-cent market
        for side, price in (("bid", self.want("bid", bid)), ("ask", self.want("ask", ask))):
            try:
                self.quote(side, price)
            except KalshiAPIError as exc:  # e.g. post-only would cross: the book moved meanwhile
                self.log.say(f"SKIP   {side} @ {price}: {exc.details or exc.code}")
                if exc.status == 404:  # our order was filled or canceled in between
                    self.quotes.pop(side, None)

    def cancel_all(self) -> None:
        for side, quote in list(self.quotes.items()):
            try:
                self.kalshi.orders.cancel_v2(quote.order_id)
                self.cancels += 1
                self.log.say(f"CANCEL {side} @ {quote.price} (close is near)")
            except KalshiError:
                pass  # already filled or gone
            del self.quotes[side]


def pick_market(kalshi: KalshiClient) -> Any:
    markets = [m for m in kalshi.markets.list_all(status="open") if m.yes_bid_dollars > 0 and m.yes_ask_dollars > 0]
    if not markets:
        raise SystemExit("no open market with a two-sided book")
    return min(markets, key=lambda m: (m.close_time, m.ticker))


def exchange_now(kalshi: KalshiClient) -> datetime:
    return kalshi.exchange.user_data_timestamp().as_of_time


def run(kalshi: KalshiClient, ws_url: str, allow_custom_host: bool) -> int:
    log = Transcript()
    start = kalshi.portfolio.balance()
    log.say(f"balance {start.balance_dollars} (exchange active: {kalshi.exchange.status().exchange_active})")
    market = pick_market(kalshi)
    log.say(f"{len(list(kalshi.markets.list_all(status='open')))} open markets; quoting the one that closes first")
    log.say(f"market {market.ticker}: {market.title} [{market.yes_sub_title}] closes {market.close_time:%H:%M:%S}")
    log.say(f"book   bid {market.yes_bid_dollars} / ask {market.yes_ask_dollars}")
    bot = MarketMaker(kalshi, market.ticker, log)
    with kalshi.websocket(url=ws_url, allow_custom_host=allow_custom_host) as ws:
        sub = ws.subscribe_orderbook_delta([market.ticker])
        last = 0.0
        while True:
            try:
                event = sub.get(timeout=1.0)
            except TimeoutError:
                event = None
            if time.monotonic() - last < 0.25:
                continue
            last = time.monotonic()
            status = kalshi.markets.get(market.ticker).market.status.value
            if status != "active":
                log.say(f"market is {status}: quoting stops")
                break
            bot.refresh_fills()
            if market.close_time - exchange_now(kalshi) < STOP_QUOTING_BEFORE_CLOSE:
                bot.cancel_all()
                log.say("close is near: all quotes canceled, waiting for the close")
                while kalshi.markets.get(market.ticker).market.status.value == "active":
                    time.sleep(0.2)
                break
            if isinstance(event, BookUpdate):
                bot.on_book(event)
    bot.refresh_fills()
    (position,) = kalshi.portfolio.positions(ticker=market.ticker).market_positions or [None]
    if position is not None:
        log.say(
            f"position {position.position_fp} (exposure {position.market_exposure_dollars}, "
            f"realized {position.realized_pnl_dollars}, fees {position.fees_paid_dollars}); waiting for settlement"
        )
    deadline = time.monotonic() + 120
    while kalshi.markets.get(market.ticker).market.status.value != "finalized":
        if time.monotonic() > deadline:
            log.say("the market did not settle within 120 s")
            return 1
        time.sleep(0.2)
    settled = kalshi.markets.get(market.ticker).market
    log.say(f"settled: result {settled.result.value if hasattr(settled.result, 'value') else settled.result}")
    return report(kalshi, market.ticker, start.balance_dollars, bot, log)


def report(kalshi: KalshiClient, ticker: str, start_balance: Decimal, bot: MarketMaker, log: Transcript) -> int:
    fills = list(kalshi.portfolio.fills_all(ticker=ticker))
    yes = sum((f.count_fp for f in fills if f.outcome_side.value == "yes"), Decimal(0))
    no = sum((f.count_fp for f in fills if f.outcome_side.value == "no"), Decimal(0))
    paid = sum(
        ((f.yes_price_dollars if f.outcome_side.value == "yes" else f.no_price_dollars) * f.count_fp for f in fills),
        Decimal(0),
    )
    fees = sum((f.fee_cost for f in fills), Decimal(0))
    netted = (yes + no - abs(yes - no)) / 2  # every YES+NO pair paid $1 back when it formed
    settlements = [s for s in kalshi.portfolio.settlements_all(ticker=ticker)]
    revenue = sum((Decimal(s.revenue) / 100 for s in settlements), Decimal(0))
    pnl = -paid - fees + netted + revenue
    end = kalshi.portfolio.balance().balance_dollars
    change = end - start_balance
    log.say(f"fills {len(fills)} ({yes} YES, {no} NO bought; {netted} pairs netted)")
    log.say(f"orders amended {bot.amends} times, canceled {bot.cancels} times")
    log.say(f"paid {paid:.4f}, fees {fees:.4f}, netting {netted:.4f}, settlement revenue {revenue:.4f}")
    log.say(f"P&L from fills and settlement {money(pnl)}; balance {start_balance} -> {end} ({money(change)})")
    if abs(pnl - change) >= CENT:
        log.say(f"MISMATCH: P&L and balance change differ by {abs(pnl - change)}")
        return 1
    log.say("reconciled: P&L equals the balance change to the cent")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rest-url", default=os.environ.get("KALSHI_REST_URL"), required="KALSHI_REST_URL" not in os.environ
    )
    parser.add_argument("--ws-url", default=os.environ.get("KALSHI_WS_URL"), required="KALSHI_WS_URL" not in os.environ)
    parser.add_argument("--key-id", default=os.environ.get("KALSHI_API_KEY_ID"))
    parser.add_argument("--key-file", default=os.environ.get("KALSHI_PRIVATE_KEY_PATH"))
    parser.add_argument("--allow-custom-host", action="store_true", help="needed for a local simulator")
    args = parser.parse_args(argv)
    if not args.key_id or not args.key_file:
        parser.error("--key-id and --key-file (or KALSHI_API_KEY_ID / KALSHI_PRIVATE_KEY_PATH) are required")
    with KalshiClient(
        key_id=args.key_id,
        private_key_path=args.key_file,
        base_url=args.rest_url,
        allow_custom_host=args.allow_custom_host,
    ) as kalshi:
        return run(kalshi, args.ws_url, args.allow_custom_host)


if __name__ == "__main__":
    sys.exit(main())
