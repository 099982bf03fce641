"""Exchange, catalogue and market-data operations (public: no key needed)."""

from __future__ import annotations

from typing import Any

from . import _render as render
from ._errors import SimError
from ._fees import FeeSchedule
from ._model import Event, Market, Series
from ._rest import Ctx, Handler, page
from ._units import fmt_count, fmt_price

_STATUS_FILTER = {
    "unopened": ("initialized",),
    "open": ("active",),
    "paused": ("inactive",),
    "closed": ("closed", "determined"),
    "settled": ("finalized",),
}


def exchange_status(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    return 200, {
        "exchange_active": eng.exchange_active,
        "trading_active": eng.trading_active and eng.exchange_active,
        "exchange_estimated_resume_time": None,
    }


def exchange_schedule(ctx: Ctx) -> tuple[int, Any]:
    day = {"open_time": "00:00", "close_time": "23:59"}
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    return 200, {
        "schedule": {
            "standard_hours": [
                {"start_time": "2026-01-01T00:00:00Z", "end_time": "2100-01-01T00:00:00Z", **{d: [day] for d in days}}
            ],
            "maintenance_windows": [],
        }
    }


def user_data_timestamp(ctx: Ctx) -> tuple[int, Any]:
    return 200, {"as_of_time": ctx.sim.clock.iso()[:19] + "Z"}


def _fee_fields(fees: FeeSchedule) -> dict[str, Any]:
    return {"fee_type": fees.fee_type, "fee_multiplier": float(fees.multiplier)}


def _series(ctx: Ctx, s: Series) -> dict[str, Any]:
    return {
        "ticker": s.ticker,
        "frequency": s.frequency,
        "title": s.title,
        "category": s.category,
        "categories": [s.category],
        "tags": list(s.tags),
        "settlement_sources": [{"name": "kalshi-ext simulator", "url": "https://example.invalid/sim"}],
        "contract_url": "https://example.invalid/sim/contract.pdf",
        "contract_terms_url": "https://example.invalid/sim/terms.pdf",
        "product_metadata": None,
        **_fee_fields(s.fees),
        "additional_prohibitions": [],
        "volume_fp": fmt_count(sum(m.volume for m in ctx.sim.engine.markets.values() if m.series_ticker == s.ticker)),
        "last_updated_ts": ctx.sim.clock.iso()[:19] + "Z",
        "exchange_index": 0,
    }


def _event(ctx: Ctx, e: Event, *, nested: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "event_ticker": e.event_ticker,
        "series_ticker": e.series_ticker,
        "sub_title": e.sub_title,
        "title": e.title,
        "collateral_return_type": "MECNET" if e.mutually_exclusive else "",
        "mutually_exclusive": e.mutually_exclusive,
        "category": e.category,
        "strike_date": None,
        "strike_period": None,
        "product_metadata": None,
        "settlement_sources": [],
        "last_updated_ts": ctx.sim.clock.iso()[:19] + "Z",
        "fee_type_override": e.fee_type_override,
        "fee_multiplier_override": None if e.fee_multiplier_override is None else float(e.fee_multiplier_override),
        "exchange_index": 0,
    }
    if nested:
        body["markets"] = [render.market(ctx.sim.engine, m) for m in _event_markets(ctx, e)]
    return body


def _event_markets(ctx: Ctx, e: Event) -> list[Market]:
    return [m for m in ctx.sim.engine.markets.values() if m.event_ticker == e.event_ticker]


def series_list(ctx: Ctx) -> tuple[int, Any]:
    category = ctx.q("category")
    items = [s for s in ctx.sim.engine.series.values() if category is None or s.category == category]
    return 200, {"series": [_series(ctx, s) for s in items]}


def series_get(ctx: Ctx) -> tuple[int, Any]:
    s = ctx.sim.engine.series.get(ctx.params["series_ticker"])
    if s is None:
        raise SimError.not_found("series not found")
    return 200, {"series": _series(ctx, s)}


def events_list(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    status = ctx.q("status")
    series = ctx.q("series_ticker")
    nested = ctx.q("with_nested_markets") == "true"
    items = []
    for e in eng.events.values():
        if series and e.series_ticker != series:
            continue
        if status:
            wanted = _STATUS_FILTER.get(status, ())
            if not any(m.status in wanted for m in _event_markets(ctx, e)):
                continue
        items.append(e)
    chunk, cursor = page(items, "events", ctx, default=200, maximum=200)
    return 200, {"events": [_event(ctx, e, nested=nested) for e in chunk], "cursor": cursor}


def event_get(ctx: Ctx) -> tuple[int, Any]:
    e = ctx.sim.engine.events.get(ctx.params["event_ticker"])
    if e is None:
        raise SimError.not_found("event not found")
    nested = ctx.q("with_nested_markets") == "true"
    markets = [render.market(ctx.sim.engine, m) for m in _event_markets(ctx, e)]
    return 200, {"event": _event(ctx, e, nested=nested), "markets": [] if nested else markets}


def event_metadata(ctx: Ctx) -> tuple[int, Any]:
    e = ctx.sim.engine.events.get(ctx.params["event_ticker"])
    if e is None:
        raise SimError.not_found("event not found")
    return 200, {"image_url": "", "settlement_sources": [], "market_details": []}


def markets_list(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    status = ctx.q("status")
    if status is not None and status not in _STATUS_FILTER:
        raise SimError.param_validation("GetMarkets", "status must be one of unopened, open, paused, closed, settled")
    wanted = _STATUS_FILTER.get(status or "", ())
    event = ctx.q("event_ticker")
    series = ctx.q("series_ticker")
    tickers = {t for t in (ctx.q("tickers") or "").split(",") if t}
    items = [
        m
        for m in eng.markets.values()
        if (not wanted or m.status in wanted)
        and (event is None or m.event_ticker == event)
        and (series is None or m.series_ticker == series)
        and (not tickers or m.ticker in tickers)
    ]
    chunk, cursor = page(items, "markets", ctx, default=100, maximum=1000, minimum=0)
    return 200, {"markets": [render.market(eng, m) for m in chunk], "cursor": cursor}


def market_get(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    m = eng.markets.get(ctx.params["ticker"])
    if m is None:
        raise SimError.not_found("market not found")
    return 200, {"market": render.market(eng, m)}


def _book(ctx: Ctx, ticker: str, depth: int) -> dict[str, Any]:
    book = ctx.sim.engine.books.get(ticker)
    if book is None:
        return {"yes_dollars": [], "no_dollars": []}
    out = {}
    for outcome, name in (("yes", "yes_dollars"), ("no", "no_dollars")):
        levels = book.levels(outcome)  # type: ignore[arg-type]
        if depth:
            levels = levels[-depth:]
        out[name] = [[fmt_price(p), fmt_count(n)] for p, n in levels]
    return out


def orderbook(ctx: Ctx) -> tuple[int, Any]:
    depth = ctx.q_int("depth", 0, minimum=0, maximum=100) or 0
    return 200, {"orderbook_fp": _book(ctx, ctx.params["ticker"], depth)}


def orderbooks(ctx: Ctx) -> tuple[int, Any]:
    tickers = ctx.q_all("tickers")
    if not tickers or len(tickers) > 100:
        raise SimError.param_validation("GetMarketOrderbooks", "tickers must name 1 to 100 markets")
    return 200, {"orderbooks": [{"ticker": t, "orderbook_fp": _book(ctx, t, 0)} for t in tickers]}


def trades(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    ticker = ctx.q("ticker")
    min_ts = ctx.q_int("min_ts")
    max_ts = ctx.q_int("max_ts")
    items = [
        t
        for t in reversed(eng.trades)
        if (ticker is None or t.ticker == ticker)
        and (min_ts is None or t.ts_ms >= min_ts * 1000)
        and (max_ts is None or t.ts_ms <= max_ts * 1000)
    ]
    chunk, cursor = page(items, "trades", ctx)
    return 200, {"trades": [render.trade(eng.clock, t) for t in chunk], "cursor": cursor}


ROUTES: dict[str, Handler] = {
    "GetExchangeStatus": exchange_status,
    "GetExchangeSchedule": exchange_schedule,
    "GetUserDataTimestamp": user_data_timestamp,
    "GetSeriesList": series_list,
    "GetSeries": series_get,
    "GetEvents": events_list,
    "GetEvent": event_get,
    "GetEventMetadata": event_metadata,
    "GetMarkets": markets_list,
    "GetMarket": market_get,
    "GetMarketOrderbook": orderbook,
    "GetMarketOrderbooks": orderbooks,
    "GetTrades": trades,
}
