"""Operations served coherently but minimally (SIMULATOR.md 2.B): valid shapes, derived or empty data.

History: the cutoff is the epoch, so every record stays on the live tier and the historical lists
are empty (a historical market is 404). Subaccounts keep their own cash ledgers; orders still draw
on the primary account.
"""

from __future__ import annotations

from typing import Any

from ._candles import PERIODS, candles
from ._errors import SimError
from ._rest import Ctx, Handler
from ._units import fmt_money4

_EPOCH = "1970-01-01T00:00:00Z"


def _empty(key: str, *, cursor: bool = True, status: int = 200) -> Handler:
    def handler(ctx: Ctx) -> tuple[int, Any]:
        body: dict[str, Any] = {key: []}
        if cursor:
            body["cursor"] = ""
        return status, body

    return handler


def _private_empty(key: str, *, cursor: bool = True) -> Handler:
    inner = _empty(key, cursor=cursor)

    def handler(ctx: Ctx) -> tuple[int, Any]:
        _ = ctx.user
        return inner(ctx)

    return handler


def _span(ctx: Ctx) -> tuple[int, int, int]:
    start = ctx.q_int("start_ts", 0) or 0
    end = ctx.q_int("end_ts", 0) or 0
    period = ctx.q_int("period_interval", 60) or 60
    if period not in PERIODS:
        raise SimError.param_validation(ctx.operation, "period_interval must be 1, 60 or 1440")
    return start, end, period


def candlesticks(ctx: Ctx) -> tuple[int, Any]:
    ticker = ctx.params["ticker"]
    if ticker not in ctx.sim.engine.markets:
        raise SimError.not_found("market not found")
    return 200, {"ticker": ticker, "candlesticks": candles(ctx.sim.engine, ticker, *_span(ctx))}


def batch_candlesticks(ctx: Ctx) -> tuple[int, Any]:
    tickers = [t for t in (ctx.q("market_tickers") or "").split(",") if t in ctx.sim.engine.markets]
    span = _span(ctx)
    return 200, {"markets": [{"market_ticker": t, "candlesticks": candles(ctx.sim.engine, t, *span)} for t in tickers]}


def event_candlesticks(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    tickers = [m.ticker for m in eng.markets.values() if m.event_ticker == ctx.params["ticker"]]
    span = _span(ctx)
    return 200, {
        "market_tickers": tickers,
        "market_candlesticks": [candles(eng, t, *span) for t in tickers],
        "adjusted_end_ts": span[1],
    }


def series_fee_changes(ctx: Ctx) -> tuple[int, Any]:
    return 200, {"series_fee_change_arr": []}


def tags(ctx: Ctx) -> tuple[int, Any]:
    out: dict[str, list[str]] = {}
    for s in ctx.sim.engine.series.values():
        bucket = out.setdefault(s.category, [])
        bucket.extend(t for t in s.tags if t not in bucket)
    return 200, {"tags_by_categories": out}


def filters(ctx: Ctx) -> tuple[int, Any]:
    return 200, {"filters_by_sports": {}, "sport_ordering": []}


def incentives(ctx: Ctx) -> tuple[int, Any]:
    return 200, {"incentive_programs": [], "next_cursor": ""}


def cutoff(ctx: Ctx) -> tuple[int, Any]:
    return 200, {
        "market_settled_ts": _EPOCH,
        "trades_created_ts": _EPOCH,
        "orders_updated_ts": _EPOCH,
        "market_positions_last_updated_ts": _EPOCH,
    }


def historical_positions(ctx: Ctx) -> tuple[int, Any]:
    _ = ctx.user
    return 200, {"market_positions": [], "event_positions": [], "cursor": ""}


def historical_market(ctx: Ctx) -> tuple[int, Any]:
    raise SimError.not_found("market not found in the historical tier")


def historical_candles(ctx: Ctx) -> tuple[int, Any]:
    raise SimError.not_found("market not found in the historical tier")


def deposits(ctx: Ctx) -> tuple[int, Any]:
    account = ctx.sim.engine.account(ctx.user)
    rows = [
        {
            "id": i,
            "status": "applied",
            "type": "ach",
            "amount_cents": amount // 10_000,
            "fee_cents": 0,
            "created_ts": ts // 1000,
            "finalized_ts": ts // 1000,
        }
        for i, amount, ts in reversed(account.deposits)
    ]
    return 200, {"deposits": rows, "cursor": ""}


def _subs(ctx: Ctx) -> dict[int, int]:
    return ctx.sim.subaccounts.setdefault(ctx.user, {})


def create_subaccount(ctx: Ctx) -> tuple[int, Any]:
    subs = _subs(ctx)
    if len(subs) >= 63:
        raise SimError.invalid_parameters("at most 63 subaccounts")
    number = len(subs) + 1
    subs[number] = 0
    return 201, {"subaccount_number": number}


def subaccount_transfer(ctx: Ctx) -> tuple[int, Any]:
    body = ctx.json()
    if not isinstance(body, dict):
        raise SimError.bad_json("json: cannot unmarshal into Go value of type ApplySubaccountTransferRequest")
    values = [body.get("from_subaccount"), body.get("to_subaccount"), body.get("amount_cents")]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        raise SimError.invalid_parameters("from_subaccount, to_subaccount and a positive amount_cents are required")
    src, dst, cents_ = (int(str(v)) for v in values)
    if cents_ <= 0:
        raise SimError.invalid_parameters("amount_cents must be positive")
    subs = _subs(ctx)
    account = ctx.sim.engine.account(ctx.user)
    amount = cents_ * 10_000
    balances = {0: account.balance, **subs}
    if src not in balances or dst not in balances or src == dst:
        raise SimError.invalid_parameters("unknown subaccount")
    if balances[src] < amount:
        raise SimError(400, "insufficient_balance", "insufficient balance", service="exchange")
    for number, change in ((src, -amount), (dst, amount)):
        if number == 0:
            account.cash += change
        else:
            subs[number] += change
    ctx.sim.transfers.setdefault(ctx.user, []).append(
        (ctx.sim.engine.new_id(), src, dst, cents_, ctx.sim.clock.now_s())
    )
    return 200, {}


def subaccount_balances(ctx: Ctx) -> tuple[int, Any]:
    account = ctx.sim.engine.account(ctx.user)
    now = ctx.sim.clock.now_s()
    rows = [{"subaccount_number": 0, "exchange_index": 0, "balance": fmt_money4(account.balance), "updated_ts": now}]
    rows += [
        {"subaccount_number": n, "exchange_index": 0, "balance": fmt_money4(b), "updated_ts": now}
        for n, b in sorted(_subs(ctx).items())
    ]
    return 200, {"subaccount_balances": rows}


def subaccount_transfers(ctx: Ctx) -> tuple[int, Any]:
    rows = [
        {
            "transfer_id": i,
            "from_subaccount": a,
            "to_subaccount": b,
            "amount_cents": c,
            "created_ts": ts,
            "exchange_index": 0,
        }
        for i, a, b, c, ts in reversed(ctx.sim.transfers.get(ctx.user, []))
    ]
    return 200, {"transfers": rows, "cursor": ""}


def netting_get(ctx: Ctx) -> tuple[int, Any]:
    rows = [{"subaccount_number": n, "enabled": True, "exchange_index": 0} for n in [0, *sorted(_subs(ctx))]]
    return 200, {"netting_configs": rows}


def netting_update(ctx: Ctx) -> tuple[int, Any]:
    _ = ctx.user
    return 200, None


def intra_transfer(ctx: Ctx) -> tuple[int, Any]:
    _ = ctx.user
    raise SimError.invalid_parameters(
        "the simulator has a single exchange instance (event_contract); nothing to transfer"
    )


def intra_transfer_get(ctx: Ctx) -> tuple[int, Any]:
    _ = ctx.user
    raise SimError.not_found("transfer not found")


def upgrade(ctx: Ctx) -> tuple[int, Any]:
    _ = ctx.user
    return 201, None


def volume_progress(ctx: Ctx) -> tuple[int, Any]:
    _ = ctx.user
    return 200, {"volume_progress": []}


def milestone_get(ctx: Ctx) -> tuple[int, Any]:
    raise SimError.not_found("milestone not found")


def structured_target_get(ctx: Ctx) -> tuple[int, Any]:
    raise SimError.not_found("structured target not found")


ROUTES: dict[str, Handler] = {
    "GetMarketCandlesticks": candlesticks,
    "BatchGetMarketCandlesticks": batch_candlesticks,
    "GetMarketCandlesticksByEvent": event_candlesticks,
    "GetSeriesFeeChanges": series_fee_changes,
    "GetEventFeeChanges": _empty("event_fee_changes"),
    "GetTagsForSeriesCategories": tags,
    "GetFiltersForSports": filters,
    "GetMultivariateEvents": _empty("events"),
    "GetIncentivePrograms": incentives,
    "GetHistoricalCutoff": cutoff,
    "GetFillsHistorical": _private_empty("fills"),
    "GetHistoricalOrders": _private_empty("orders"),
    "GetHistoricalPositions": historical_positions,
    "GetTradesHistorical": _empty("trades"),
    "GetHistoricalMarkets": _empty("markets"),
    "GetHistoricalMarket": historical_market,
    "GetMarketCandlesticksHistorical": historical_candles,
    "GetDeposits": deposits,
    "GetWithdrawals": _private_empty("withdrawals"),
    "CreateSubaccount": create_subaccount,
    "ApplySubaccountTransfer": subaccount_transfer,
    "GetSubaccountBalances": subaccount_balances,
    "GetSubaccountTransfers": subaccount_transfers,
    "GetSubaccountNetting": netting_get,
    "UpdateSubaccountNetting": netting_update,
    "IntraExchangeInstanceTransfer": intra_transfer,
    "GetIntraExchangeInstanceTransfers": _private_empty("transfers"),
    "GetIntraExchangeInstanceTransfer": intra_transfer_get,
    "UpgradeAccountApiUsageLevel": upgrade,
    "GetAccountApiUsageLevelVolumeProgress": volume_progress,
    "GetMilestones": _empty("milestones"),
    "GetMilestone": milestone_get,
    "GetStructuredTargets": _empty("structured_targets"),
    "GetStructuredTarget": structured_target_get,
}
