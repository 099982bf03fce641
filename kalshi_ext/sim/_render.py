"""Engine records as the wire spells them (the Trade spec's schemas, with the fields demo sends)."""

from __future__ import annotations

from typing import Any

from ._clock import SimClock
from ._engine import EngineCore
from ._model import Fill, Market, Order, Position, SettlementRow, Trade
from ._units import MICRO, ONE, cents, fmt_count, fmt_money, fmt_money4, fmt_price


def market(engine: EngineCore, m: Market) -> dict[str, Any]:
    clock = engine.clock
    book = engine.books[m.ticker]
    bid = book.best_yes_bid()
    ask = book.best_yes_ask()
    no_best = book.no.best()
    body: dict[str, Any] = {
        "ticker": m.ticker,
        "event_ticker": m.event_ticker,
        "market_type": m.market_type,
        "title": m.title,
        "subtitle": m.yes_sub_title,
        "yes_sub_title": m.yes_sub_title,
        "no_sub_title": m.no_sub_title,
        "created_time": clock.iso(m.created_ms),
        "updated_time": clock.iso(m.updated_ms),
        "open_time": _iso_s(clock, m.open_ms),
        "close_time": _iso_s(clock, m.close_ms),
        "expected_expiration_time": _iso_s(clock, m.close_ms),
        "expiration_time": _iso_s(clock, m.close_ms + 7 * 86_400_000),
        "latest_expiration_time": _iso_s(clock, m.close_ms + 7 * 86_400_000),
        "settlement_timer_seconds": m.settlement_timer_s,
        "status": m.status,
        "yes_bid_dollars": fmt_price(bid or 0),
        "yes_bid_size_fp": fmt_count(book.size_at("yes", bid) if bid else 0),
        "yes_ask_dollars": fmt_price(ask if ask is not None else 0),
        "yes_ask_size_fp": fmt_count(book.size_at("no", no_best) if no_best is not None else 0),
        "no_bid_dollars": fmt_price(no_best if no_best is not None else ONE),
        "no_ask_dollars": fmt_price(ONE - bid if bid else ONE),
        "last_price_dollars": fmt_price(m.last_price),
        "volume_fp": fmt_count(m.volume),
        "volume_24h_fp": fmt_count(m.volume),
        "result": m.result,
        "can_close_early": True,
        "open_interest_fp": fmt_count(m.open_interest),
        "notional_value_dollars": "1.0000",
        "previous_yes_bid_dollars": fmt_price(m.previous_yes_bid),
        "previous_yes_ask_dollars": fmt_price(m.previous_yes_ask),
        "previous_price_dollars": fmt_price(m.previous_price),
        "settlement_bounds_type": "default",
        "expiration_value": "" if not m.result else m.result,
        "strike_type": "functional" if m.market_type == "scalar" else "custom",
        "rules_primary": f"If {m.yes_sub_title} ({m.title}), the market resolves to Yes. Simulated market.",
        "rules_secondary": "This market is simulated by kalshi-ext; no money is at stake.",
        "price_level_structure": m.structure,
        "price_ranges": [{"start": fmt_price(a), "end": fmt_price(b), "step": fmt_price(s)} for a, b, s in m.bands],
        "fee_waiver_expiration_time": None,
        "exchange_index": 0,
    }
    if m.settlement_value is not None and m.status in ("determined", "finalized"):
        body["settlement_value_dollars"] = fmt_price(m.settlement_value)
    if m.settled_ms is not None:
        body["settlement_ts"] = _iso_s(clock, m.settled_ms)
    return body


def _iso_s(clock: SimClock, ms: int) -> str:
    return clock.iso(ms)[:19] + "Z"


def order(clock: SimClock, o: Order) -> dict[str, Any]:
    yes = o.yes_price
    return {
        "order_id": o.order_id,
        "user_id": o.user_id,
        "client_order_id": o.client_order_id,
        "ticker": o.ticker,
        "side": o.outcome,
        "action": "buy",
        "outcome_side": o.outcome,
        "book_side": o.book_side,
        "type": "limit",
        "status": o.status,
        "yes_price_dollars": fmt_price(yes),
        "no_price_dollars": fmt_price(ONE - yes),
        "fill_count_fp": fmt_count(o.filled),
        "remaining_count_fp": fmt_count(o.remaining),
        "initial_count_fp": fmt_count(o.initial),
        "taker_fill_cost_dollars": fmt_money(o.taker_cost),
        "maker_fill_cost_dollars": fmt_money(o.maker_cost),
        "taker_fees_dollars": fmt_money(o.taker_fees),
        "maker_fees_dollars": fmt_money(o.maker_fees),
        "expiration_time": None if o.expiration_s is None else _iso_s(clock, o.expiration_s * 1000),
        "created_time": clock.iso(o.created_ms),
        "last_update_time": clock.iso(o.updated_ms),
        "self_trade_prevention_type": o.stp,
        "order_group_id": o.order_group_id,
        "cancel_order_on_pause": o.cancel_on_pause,
        "subaccount_number": o.subaccount,
        "exchange_index": 0,
    }


def create_response(o: Order) -> dict[str, Any]:
    body: dict[str, Any] = {
        "order_id": o.order_id,
        "client_order_id": o.client_order_id,
        "fill_count": fmt_count(o.filled),
        "remaining_count": fmt_count(o.remaining),
        "ts_ms": o.updated_ms,
    }
    if o.filled:
        cost = o.taker_cost + o.maker_cost
        average = cost * 100 // o.filled  # in the order's own outcome terms, micro-dollars per contract
        # V2 quotes everything from the YES side (OA:BookSide), so an ask's average is 1 - its NO price
        body["average_fill_price"] = fmt_money4(average if o.outcome == "yes" else MICRO - average)
        body["average_fee_paid"] = fmt_money((o.taker_fees + o.maker_fees) * 100 // o.filled)
    return body


def fill(clock: SimClock, f: Fill) -> dict[str, Any]:
    return {
        "fill_id": f.fill_id,
        "exchange_index": 0,
        "trade_id": f.trade_id,
        "order_id": f.order_id,
        "ticker": f.ticker,
        "market_ticker": f.ticker,
        "side": f.outcome,
        "action": "buy",
        "outcome_side": f.outcome,
        "book_side": "bid" if f.outcome == "yes" else "ask",
        "count_fp": fmt_count(f.count),
        "yes_price_dollars": fmt_price(f.yes_price),
        "no_price_dollars": fmt_price(ONE - f.yes_price),
        "is_taker": f.is_taker,
        "created_time": clock.iso(f.ts_ms),
        "fee_cost": fmt_money(f.fee),
        "subaccount_number": f.subaccount,
        "ts": f.ts_ms // 1000,
    }


def trade(clock: SimClock, t: Trade) -> dict[str, Any]:
    return {
        "trade_id": t.trade_id,
        "ticker": t.ticker,
        "count_fp": fmt_count(t.count),
        "yes_price_dollars": fmt_price(t.yes_price),
        "no_price_dollars": fmt_price(ONE - t.yes_price),
        "taker_side": t.taker_outcome,
        "taker_outcome_side": t.taker_outcome,
        "taker_book_side": "bid" if t.taker_outcome == "yes" else "ask",
        "created_time": clock.iso(t.ts_ms),
        "is_block_trade": False,
    }


def position(clock: SimClock, p: Position) -> dict[str, Any]:
    return {
        "ticker": p.ticker,
        "exchange_index": 0,
        "total_traded_dollars": fmt_money(p.total_traded),
        "position_fp": fmt_count(p.position),
        "market_exposure_dollars": fmt_money(p.exposure),
        "realized_pnl_dollars": fmt_money(p.realized_pnl),
        "fees_paid_dollars": fmt_money(p.fees_paid),
        "last_updated_ts": clock.iso(p.updated_ms),
    }


def settlement(clock: SimClock, s: SettlementRow) -> dict[str, Any]:
    return {
        "ticker": s.ticker,
        "exchange_index": 0,
        "event_ticker": s.event_ticker,
        "market_result": s.result,
        "yes_count_fp": fmt_count(s.yes_count),
        "yes_total_cost_dollars": fmt_money(s.yes_cost),
        "no_count_fp": fmt_count(s.no_count),
        "no_total_cost_dollars": fmt_money(s.no_cost),
        "revenue": cents(s.revenue),
        "settled_time": clock.iso(s.settled_ms),
        "fee_cost": fmt_money4(s.fee),
        "value": None if s.value is None else s.value // 100,
    }
