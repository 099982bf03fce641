"""A short bot as a user writes it: no assert, cast or Unset import (checked by mypy --strict in test_typed_bot)."""

from __future__ import annotations

from decimal import Decimal

from kalshi_ext import KalshiClient


def quote_above_best_bid(kalshi: KalshiClient) -> tuple[str, Decimal]:
    page = kalshi.markets.list(status="open", limit=10)
    market = page.markets[0]
    return market.ticker, market.yes_bid_dollars + Decimal("0.01")


def first_order_and_fill(kalshi: KalshiClient) -> tuple[str, Decimal]:
    order = kalshi.orders.list().orders[0]
    fill = kalshi.portfolio.fills().fills[0]
    return order.order_id, fill.count_fp * 2


def every_ticker(kalshi: KalshiClient) -> list[str]:
    return [market.ticker for market in kalshi.markets.list(limit=100)]
