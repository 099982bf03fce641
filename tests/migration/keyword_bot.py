"""The models issue's typed bot, rewritten with keyword arguments and page iteration.

No model import, no cast, no assert, no Unset: mypy --strict checks it (test_typed_bot.py), and
the same test runs it against the local stand-in exchange.
"""

from __future__ import annotations

from decimal import Decimal

from kalshi_ext import KalshiClient


def quote_above_best_bid(kalshi: KalshiClient) -> tuple[str, Decimal]:
    for market in kalshi.markets.list(status="open", limit=10):  # a page iterates over its markets
        return market.ticker, market.yes_bid_dollars + Decimal("0.01")
    return "", Decimal(0)


def trade_once(kalshi: KalshiClient, ticker: str, price: Decimal) -> tuple[str, Decimal | None, Decimal]:
    placed = kalshi.orders.create_v2(
        ticker=ticker,
        side="bid",
        count=10,
        price=price,
        time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
    )
    amended = kalshi.orders.amend_v2(placed.order_id, ticker=ticker, side="bid", price=price + Decimal("0.01"), count=8)
    decreased = kalshi.orders.decrease_v2(placed.order_id, reduce_by=3)
    canceled = kalshi.orders.cancel_v2(placed.order_id)
    left = decreased.remaining_count if decreased.order_id == amended.order_id else None
    return placed.order_id, left, canceled.reduced_by


def fills_and_positions(kalshi: KalshiClient) -> tuple[list[str], dict[str, Decimal]]:
    fills = [fill.order_id for fill in kalshi.portfolio.fills_all(limit=100)]
    positions = {p.ticker: p.position_fp for p in kalshi.portfolio.positions().market_positions}
    return fills, positions


def every_ticker(kalshi: KalshiClient) -> list[str]:
    return [market.ticker for market in kalshi.markets.list_all(status="open")]
