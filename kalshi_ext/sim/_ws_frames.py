"""WebSocket payloads as the AsyncAPI spec spells them (``msg`` bodies; the session adds type/sid/seq)."""

from __future__ import annotations

from typing import Any

from ._clock import SimClock
from ._model import Event, Fill, Market, Order, Position, Trade
from ._units import ONE, cents, fmt_count, fmt_money, fmt_price


def book_snapshot(market: Market, levels: dict[str, list[tuple[int, int]]], use_yes_price: bool) -> dict[str, Any]:
    msg: dict[str, Any] = {"market_ticker": market.ticker, "market_id": market.market_id, "clock": market.clock}
    yes = levels["yes"]
    no = levels["no"]
    if yes:
        msg["yes_dollars_fp"] = [[fmt_price(p), fmt_count(n)] for p, n in yes]
    if no:
        msg["no_dollars_fp"] = [[fmt_price(ONE - p if use_yes_price else p), fmt_count(n)] for p, n in no]
    return msg


def book_delta(
    clock: SimClock, market: Market, outcome: str, *, price: int, delta: int, book_clock: int, use_yes_price: bool
) -> dict[str, Any]:
    shown = ONE - price if (use_yes_price and outcome == "no") else price
    return {
        "market_ticker": market.ticker,
        "market_id": market.market_id,
        "clock": book_clock,
        "price_dollars": fmt_price(shown),
        "delta_fp": fmt_count(delta),
        "side": outcome,
        "ts": clock.iso(),
        "ts_ms": clock.now_ms(),
    }


def ticker(
    clock: SimClock, market: Market, *, bid: int | None, ask: int | None, bid_size: int, ask_size: int, last_size: int
) -> dict[str, Any]:
    return {
        "market_id": market.market_id,
        "market_ticker": market.ticker,
        "price_dollars": fmt_price(market.last_price),
        "yes_bid_dollars": fmt_price(bid or 0),
        "yes_ask_dollars": fmt_price(ask if ask is not None else ONE),
        "volume_fp": fmt_count(market.volume),
        "open_interest_fp": fmt_count(market.open_interest),
        "dollar_volume": market.volume // 100,
        "dollar_open_interest": market.open_interest // 100,
        "yes_bid_size_fp": fmt_count(bid_size),
        "yes_ask_size_fp": fmt_count(ask_size),
        "last_trade_size_fp": fmt_count(last_size),
        "ts": clock.now_s(),
        "ts_ms": clock.now_ms(),
        "time": clock.iso(),
    }


def trade(t: Trade) -> dict[str, Any]:
    return {
        "trade_id": t.trade_id,
        "market_ticker": t.ticker,
        "yes_price_dollars": fmt_price(t.yes_price),
        "no_price_dollars": fmt_price(ONE - t.yes_price),
        "count_fp": fmt_count(t.count),
        "taker_side": t.taker_outcome,
        "taker_outcome_side": t.taker_outcome,
        "taker_book_side": "bid" if t.taker_outcome == "yes" else "ask",
        "is_block_trade": False,
        "ts": t.ts_ms // 1000,
        "ts_ms": t.ts_ms,
    }


def fill(f: Fill) -> dict[str, Any]:
    return {
        "trade_id": f.trade_id,
        "order_id": f.order_id,
        "client_order_id": f.client_order_id,
        "market_ticker": f.ticker,
        "exchange_index": 0,
        "is_taker": f.is_taker,
        "side": f.outcome,
        "yes_price_dollars": fmt_price(f.yes_price),
        "count_fp": fmt_count(f.count),
        "fee_cost": fmt_money(f.fee),
        "action": "buy",
        "outcome_side": f.outcome,
        "book_side": "bid" if f.outcome == "yes" else "ask",
        "ts": f.ts_ms // 1000,
        "ts_ms": f.ts_ms,
        "post_position_fp": fmt_count(f.post_position),
        "purchased_side": f.outcome,
        "subaccount": f.subaccount,
    }


def user_order(clock: SimClock, o: Order) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "order_id": o.order_id,
        "user_id": o.user_id,
        "ticker": o.ticker,
        "exchange_index": 0,
        "status": o.status,
        "side": o.outcome,
        "is_yes": o.outcome == "yes",
        "outcome_side": o.outcome,
        "book_side": o.book_side,
        "yes_price_dollars": fmt_price(o.yes_price),
        "fill_count_fp": fmt_count(o.filled),
        "remaining_count_fp": fmt_count(o.remaining),
        "initial_count_fp": fmt_count(o.initial),
        "taker_fill_cost_dollars": fmt_money(o.taker_cost),
        "maker_fill_cost_dollars": fmt_money(o.maker_cost),
        "taker_fees_dollars": fmt_money(o.taker_fees),
        "maker_fees_dollars": fmt_money(o.maker_fees),
        "client_order_id": o.client_order_id,
        "self_trade_prevention_type": o.stp,
        "created_time": clock.iso(o.created_ms),
        "last_update_time": clock.iso(o.updated_ms),
        "created_ts_ms": o.created_ms,
        "last_updated_ts_ms": o.updated_ms,
        "subaccount_number": o.subaccount,
    }
    if o.order_group_id:
        msg["order_group_id"] = o.order_group_id
    if o.last_update_reason:
        msg["last_update_reason"] = o.last_update_reason
    if o.expiration_s is not None:
        msg["expiration_time"] = clock.iso(o.expiration_s * 1000)
        msg["expiration_ts_ms"] = o.expiration_s * 1000
    return msg


def market_position(user_id: str, p: Position) -> dict[str, Any]:
    return {
        "user_id": user_id,
        "market_ticker": p.ticker,
        "position_fp": fmt_count(p.position),
        "position_cost_dollars": fmt_money(p.exposure),
        "realized_pnl_dollars": fmt_money(p.realized_pnl),
        "fees_paid_dollars": fmt_money(p.fees_paid),
        "position_fee_cost_dollars": fmt_money(p.fees_paid),
        "volume_fp": fmt_count(p.volume),
    }


def lifecycle(clock: SimClock, market: Market, event_type: str, extra: dict[str, Any]) -> dict[str, Any]:
    msg: dict[str, Any] = {"market_ticker": market.ticker, "event_type": event_type}
    if event_type == "created":
        msg.update(
            exchange_index=0,
            open_ts=market.open_ms // 1000,
            close_ts=market.close_ms // 1000,
            price_level_structure=market.structure,
            price_ranges=[
                {"start": fmt_price(a), "end": fmt_price(b), "step": fmt_price(s)} for a, b, s in market.bands
            ],
        )
    elif event_type == "determined":
        msg["determination_ts"] = clock.now_s()
        msg["result"] = extra.get("result", market.result)
        value = extra.get("settlement_value")
        if value is not None:
            msg["settlement_value"] = fmt_price(value)
    elif event_type == "settled":
        msg["settled_ts"] = clock.now_s()
    elif event_type == "close_date_updated":
        msg["close_ts"] = extra["close_ts"]
    elif event_type in ("deactivated", "activated"):
        msg["is_deactivated"] = event_type == "deactivated"
    return msg


def event_lifecycle(event: Event) -> dict[str, Any]:
    return {
        "event_ticker": event.event_ticker,
        "exchange_index": 0,
        "title": event.title,
        "subtitle": event.sub_title,
        "collateral_return_type": "MECNET" if event.mutually_exclusive else "",
        "series_ticker": event.series_ticker,
    }


def event_fee_update(event: Event) -> dict[str, Any]:
    multiplier = None if event.fee_multiplier_override is None else float(event.fee_multiplier_override)
    return {
        "event_ticker": event.event_ticker,
        "fee_type_override": event.fee_type_override,
        "fee_multiplier_override": multiplier,
    }


def order_group(clock: SimClock, event_type: str, group_id: str, limit: int | None) -> dict[str, Any]:
    msg: dict[str, Any] = {"event_type": event_type, "order_group_id": group_id, "ts_ms": clock.now_ms()}
    if limit is not None and event_type in ("created", "limit_updated"):
        msg["contracts_limit_fp"] = fmt_count(limit)
    return msg


def money_cents(micros: int) -> int:
    return cents(micros)
