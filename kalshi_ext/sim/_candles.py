"""Candlesticks derived from the simulated trades (minimal coverage: GetMarketCandlesticks and kin).

A period with no trade has no candle. ``price`` is the trades' OHLC (and mean, volume-weighted);
``yes_bid`` / ``yes_ask`` are the best quotes seen right after each trade in the period, so they too
come from recorded history, not from the book as it is now.
"""

from __future__ import annotations

from typing import Any

from ._engine import EngineCore
from ._units import fmt_count, fmt_price

PERIODS = (1, 60, 1440)


def _ohlc(values: list[int]) -> dict[str, str]:
    return {
        "open_dollars": fmt_price(values[0]),
        "low_dollars": fmt_price(min(values)),
        "high_dollars": fmt_price(max(values)),
        "close_dollars": fmt_price(values[-1]),
    }


def candles(engine: EngineCore, ticker: str, start_s: int, end_s: int, period_min: int) -> list[dict[str, Any]]:
    """Candles of ``ticker`` whose period ends in (``start_s``, ``end_s``], oldest first."""
    span = period_min * 60
    buckets: dict[int, list[tuple[int, int, int, int]]] = {}
    for ts_ms, price, count, bid, ask in engine.tape.get(ticker, ()):
        end = (ts_ms // 1000 // span + 1) * span
        if start_s < end <= end_s + span - 1:
            buckets.setdefault(end, []).append((price, count, bid, ask))
    out = []
    for end in sorted(buckets):
        rows = buckets[end]
        prices = [p for p, _, _, _ in rows]
        counts = sum(c for _, c, _, _ in rows)
        mean = sum(p * c for p, c, _, _ in rows) // max(counts, 1)
        dist = {
            **_ohlc(prices),
            "mean_dollars": fmt_price(mean),
            "min_dollars": fmt_price(min(prices)),
            "max_dollars": fmt_price(max(prices)),
        }
        out.append(
            {
                "end_period_ts": end,
                "yes_bid": _ohlc([b for _, _, b, _ in rows]),
                "yes_ask": _ohlc([a for _, _, _, a in rows]),
                "price": dist,
                "volume_fp": fmt_count(counts),
                "open_interest_fp": fmt_count(engine.markets[ticker].open_interest),
            }
        )
    return out
