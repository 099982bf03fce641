"""Portfolio, account and API-key operations (all need a signed request)."""

from __future__ import annotations

from typing import Any

from . import _render as render
from ._auth import SCOPES, ApiKey, load_public_key
from ._errors import SimError
from ._rest import Ctx, Handler, page
from ._units import cents, fmt_money4


def balance(ctx: Ctx) -> tuple[int, Any]:
    sim = ctx.sim
    account = sim.engine.account(ctx.user)
    value = sim.portfolio_value(ctx.user)
    return 200, {
        "balance": cents(account.balance),
        "balance_dollars": fmt_money4(account.balance),
        "portfolio_value": cents(value),
        "updated_ts": sim.clock.now_s(),
        "balance_breakdown": [{"exchange_index": 0, "balance": fmt_money4(account.balance)}],
    }


def positions(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    account = eng.account(ctx.user)
    ticker = ctx.q("ticker")
    event = ctx.q("event_ticker")
    count_filter = set((ctx.q("count_filter") or "").split(",")) - {""}
    settled = ctx.q("settlement_status")
    rows = []
    for pos in account.positions.values():
        market = eng.markets[pos.ticker]
        if ticker and pos.ticker != ticker:
            continue
        if event and market.event_ticker != event:
            continue
        if settled == "settled" and market.status != "finalized":
            continue
        if settled in (None, "unsettled") and market.status == "finalized":
            continue
        if count_filter and "position" in count_filter and pos.position == 0:
            continue
        if count_filter and "total_traded" in count_filter and pos.total_traded == 0:
            continue
        rows.append(pos)
    chunk, cursor = page(rows, "positions", ctx)
    events: dict[str, dict[str, int]] = {}
    for pos in chunk:
        agg = events.setdefault(
            eng.markets[pos.ticker].event_ticker, {"cost": 0, "shares": 0, "exposure": 0, "pnl": 0, "fees": 0}
        )
        agg["cost"] += pos.total_traded
        agg["shares"] += abs(pos.position)
        agg["exposure"] += pos.exposure
        agg["pnl"] += pos.realized_pnl
        agg["fees"] += pos.fees_paid
    from ._units import fmt_count, fmt_money

    return 200, {
        "market_positions": [render.position(eng.clock, p) for p in chunk],
        "event_positions": [
            {
                "event_ticker": e,
                "total_cost_dollars": fmt_money(a["cost"]),
                "total_cost_shares_fp": fmt_count(a["shares"]),
                "event_exposure_dollars": fmt_money(a["exposure"]),
                "realized_pnl_dollars": fmt_money(a["pnl"]),
                "fees_paid_dollars": fmt_money(a["fees"]),
            }
            for e, a in events.items()
        ],
        "cursor": cursor,
    }


def fills(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    user = ctx.user
    ticker = ctx.q("ticker")
    order_id = ctx.q("order_id")
    min_ts = ctx.q_int("min_ts")
    max_ts = ctx.q_int("max_ts")
    items = [
        f
        for f in reversed(eng.fills)
        if f.user_id == user
        and (ticker is None or f.ticker == ticker)
        and (order_id is None or f.order_id == order_id)
        and (min_ts is None or f.ts_ms >= min_ts * 1000)
        and (max_ts is None or f.ts_ms <= max_ts * 1000)
    ]
    chunk, cursor = page(items, "fills", ctx)
    return 200, {"fills": [render.fill(eng.clock, f) for f in chunk], "cursor": cursor}


def settlements(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    ticker = ctx.q("ticker")
    rows = [s for s in reversed(eng.settlements.get(ctx.user, [])) if ticker is None or s.ticker == ticker]
    chunk, cursor = page(rows, "settlements", ctx)
    return 200, {"settlements": [render.settlement(eng.clock, s) for s in chunk], "cursor": cursor}


def resting_value(ctx: Ctx) -> tuple[int, Any]:
    account = ctx.sim.engine.account(ctx.user)
    return 200, {
        "total_resting_order_value": cents(account.locked),
        "resting_order_value_breakdown": [{"exchange_index": 0, "balance": fmt_money4(account.locked)}],
    }


# ---- API keys --------------------------------------------------------------------------------
def _scopes(body: dict[str, Any]) -> list[str]:
    scopes = body.get("scopes") or ["read", "write"]
    if not isinstance(scopes, list) or any(s not in SCOPES for s in scopes):
        raise SimError.invalid_parameters("unknown scope")
    return list(scopes)


def _name(body: Any) -> str:
    if not isinstance(body, dict):
        raise SimError.bad_json("json: cannot unmarshal into Go value of type request")
    name = body.get("name")
    if not isinstance(name, str) or not name:
        raise SimError.invalid_parameters("name is required")
    return name


def keys_list(ctx: Ctx) -> tuple[int, Any]:
    keys = [k for k in ctx.sim.keys.keys.values() if k.user_id == ctx.user]
    return 200, {"api_keys": [{"api_key_id": k.key_id, "name": k.name, "scopes": k.scopes} for k in keys]}


def key_create(ctx: Ctx) -> tuple[int, Any]:
    body = ctx.json()
    name = _name(body)
    pem = body.get("public_key")
    if not isinstance(pem, str):
        raise SimError.invalid_parameters("public_key is required")
    public, key_type = load_public_key(pem)
    key = ApiKey(ctx.sim.engine.new_id(), ctx.user, name, public, key_type, _scopes(body), ctx.sim.clock.now_ms())
    ctx.sim.keys.add(key)
    return 201, {"api_key_id": key.key_id}


def key_generate(ctx: Ctx) -> tuple[int, Any]:
    body = ctx.json()
    name = _name(body)
    key_type = body.get("key_type") or "rsa"
    if key_type not in ("rsa", "ed25519"):
        raise SimError.invalid_parameters("key_type must be rsa or ed25519")
    key_id, private_pem = ctx.sim.generate_key(ctx.user, name, key_type, _scopes(body))
    # The only place a private key leaves the simulator; it is not kept.
    return 201, {"api_key_id": key_id, "key_type": key_type, "private_key": private_pem}


def key_delete(ctx: Ctx) -> tuple[int, Any]:
    key = ctx.sim.keys.keys.get(ctx.params["api_key"])
    if key is None or key.user_id != ctx.user:
        raise SimError.not_found("api key not found")
    del ctx.sim.keys.keys[key.key_id]
    return 204, None


def account_limits(ctx: Ctx) -> tuple[int, Any]:
    _ = ctx.user
    limiter = ctx.sim.rate_limiter
    tier, read, write = ("basic", 200, 100) if limiter is None else (limiter.tier, limiter.read, limiter.write)
    return 200, {
        "usage_tier": tier,
        "read": {"refill_rate": read, "bucket_capacity": read},
        "write": {"refill_rate": write, "bucket_capacity": write},
        "grants": [],
    }


def endpoint_costs(ctx: Ctx) -> tuple[int, Any]:
    _ = ctx.user
    costs = [
        {"method": "DELETE", "path": "/trade-api/v2/portfolio/events/orders/{order_id}", "cost": 2},
        {"method": "DELETE", "path": "/trade-api/v2/portfolio/events/orders/batched", "cost": 2},
    ]
    return 200, {"default_cost": 10, "endpoint_costs": costs}


ROUTES: dict[str, Handler] = {
    "GetBalance": balance,
    "GetPositions": positions,
    "GetFills": fills,
    "GetSettlements": settlements,
    "GetPortfolioRestingOrderTotalValue": resting_value,
    "GetApiKeys": keys_list,
    "CreateApiKey": key_create,
    "GenerateApiKey": key_generate,
    "DeleteApiKey": key_delete,
    "GetAccountApiLimits": account_limits,
    "GetAccountEndpointCosts": endpoint_costs,
}
