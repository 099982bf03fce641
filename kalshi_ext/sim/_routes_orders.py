"""Order entry and order groups (``/portfolio/events/orders*``, ``/portfolio/orders*``, groups)."""

from __future__ import annotations

from typing import Any

from . import _render as render
from ._entry import outcome_of_side, parse_create
from ._errors import SimError
from ._rest import Ctx, Handler, page
from ._units import CONTRACT, fmt_count, parse_count, parse_price


def _create_one(ctx: Ctx, body: Any) -> dict[str, Any]:
    sim = ctx.sim
    req = parse_create(body, sim.clock.now_s(), sim.engine.new_id())
    order = sim.engine.place(ctx.user, req)
    return render.create_response(order)


def create(ctx: Ctx) -> tuple[int, Any]:
    return 201, _create_one(ctx, ctx.json())


def batch_create(ctx: Ctx) -> tuple[int, Any]:
    body = ctx.json()
    legs = body.get("orders") if isinstance(body, dict) else None
    if not isinstance(legs, list) or not legs:
        raise SimError.invalid_parameters("orders is required")
    if len(legs) > 20:
        raise SimError.invalid_parameters("at most 20 orders per batch")
    out = []
    for leg in legs:
        cid = leg.get("client_order_id") if isinstance(leg, dict) else None
        try:
            out.append(_create_one(ctx, leg))
        except SimError as err:
            entry: dict[str, Any] = {"error": _flat(err)}
            if cid:
                entry["client_order_id"] = cid
            out.append(entry)
    return 201, {"orders": out}


def _flat(err: SimError) -> dict[str, Any]:
    body = err.body()
    inner = body.get("error") if isinstance(body, dict) else None
    if isinstance(inner, dict):
        return inner
    return {"code": err.code or "bad_request", "message": err.message}


def amend(ctx: Ctx) -> tuple[int, Any]:
    body = ctx.json()
    if not isinstance(body, dict):
        raise SimError.bad_json("json: cannot unmarshal into Go value of type AmendOrderV2Request")
    for name in ("ticker", "side", "price", "count"):
        if body.get(name) is None:
            raise SimError.invalid_parameters(f"{name} is required")
    expiration = body.get("expiration_time")
    if expiration is not None and (isinstance(expiration, bool) or not isinstance(expiration, int)):
        raise SimError.bad_json("json: cannot unmarshal into Go struct field .expiration_time of type int64")
    order = ctx.sim.engine.amend(
        ctx.user,
        ctx.params["order_id"],
        ticker=body["ticker"],
        outcome=outcome_of_side(body["side"]),
        yes_price=parse_price(body["price"]),
        count=parse_count(body["count"]),
        updated_client_order_id=body.get("updated_client_order_id"),
        expiration_s=expiration or None,
        clear_expiration=expiration == 0,
    )
    out = render.create_response(order)
    return 200, out


def decrease(ctx: Ctx) -> tuple[int, Any]:
    body = ctx.json()
    if not isinstance(body, dict):
        raise SimError.bad_json("json: cannot unmarshal into Go value of type DecreaseOrderV2Request")
    by = body.get("reduce_by")
    to = body.get("reduce_to")
    order = ctx.sim.engine.decrease(
        ctx.user,
        ctx.params["order_id"],
        reduce_by=None if by is None else parse_count(by, "reduce_by"),
        reduce_to=None if to is None else parse_count(to, "reduce_to"),
    )
    return 200, {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "remaining_count": fmt_count(order.remaining),
        "ts_ms": order.updated_ms,
    }


def cancel(ctx: Ctx) -> tuple[int, Any]:
    order, removed = ctx.sim.engine.cancel(ctx.user, ctx.params["order_id"])
    return 200, {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "reduced_by": fmt_count(removed),
        "ts_ms": order.updated_ms,
    }


def batch_cancel(ctx: Ctx) -> tuple[int, Any]:
    body = ctx.json()
    legs = body.get("orders") if isinstance(body, dict) else None
    if not isinstance(legs, list) or not legs:
        raise SimError.invalid_parameters("orders is required")
    out = []
    for leg in legs:
        oid = leg.get("order_id") if isinstance(leg, dict) else None
        if not isinstance(oid, str):
            raise SimError.invalid_parameters("order_id is required")
        try:
            order, removed = ctx.sim.engine.cancel(ctx.user, oid)
            out.append(
                {
                    "order_id": oid,
                    "client_order_id": order.client_order_id,
                    "reduced_by": fmt_count(removed),
                    "ts_ms": order.updated_ms,
                }
            )
        except SimError as err:
            out.append({"order_id": oid, "reduced_by": "0.00", "error": _flat(err)})
    return 200, {"orders": out}


def cancel_all(ctx: Ctx) -> tuple[int, Any]:
    ctx.sim.engine.cancel_all(ctx.user, ctx.q_int("subaccount"))
    return 204, None


def orders_list(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    ticker = ctx.q("ticker")
    event = ctx.q("event_ticker")
    status = ctx.q("status")
    min_ts = ctx.q_int("min_ts")
    max_ts = ctx.q_int("max_ts")
    user = ctx.user
    items = [
        o
        for o in reversed(list(eng.orders.values()))
        if o.user_id == user
        and (ticker is None or o.ticker == ticker)
        and (event is None or eng.markets[o.ticker].event_ticker == event)
        and (status is None or o.status == status)
        and (min_ts is None or o.created_ms >= min_ts * 1000)
        and (max_ts is None or o.created_ms <= max_ts * 1000)
    ]
    chunk, cursor = page(items, "orders", ctx)
    return 200, {"orders": [ctx.sim.view_order(o) for o in chunk], "cursor": cursor}


def order_get(ctx: Ctx) -> tuple[int, Any]:
    order = ctx.sim.engine.orders.get(ctx.params["order_id"])
    if order is None or order.user_id != ctx.user:
        raise SimError.not_found("order not found")
    return 200, {"order": ctx.sim.view_order(order)}


def queue_positions(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    tickers = {t for t in (ctx.q("market_tickers") or "").split(",") if t}
    event = ctx.q("event_ticker")
    if not tickers and not event:
        raise SimError.invalid_parameters("market_tickers or event_ticker is required")
    out = []
    for o in eng.orders.values():
        if o.user_id != ctx.user or o.status != "resting":
            continue
        if tickers and o.ticker not in tickers:
            continue
        if event and eng.markets[o.ticker].event_ticker != event:
            continue
        out.append(
            {
                "order_id": o.order_id,
                "market_ticker": o.ticker,
                "queue_position_fp": fmt_count(eng.books[o.ticker].queue_ahead(o)),
            }
        )
    return 200, {"queue_positions": out}


def queue_position(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    o = eng.live_order(ctx.user, ctx.params["order_id"])
    return 200, {"queue_position_fp": fmt_count(eng.books[o.ticker].queue_ahead(o))}


# ---- order groups ---------------------------------------------------------------------------
def _limit(body: dict[str, Any]) -> int:
    whole = body.get("contracts_limit")
    fp = body.get("contracts_limit_fp")
    if whole is None and fp is None:
        raise SimError.invalid_parameters("contracts_limit or contracts_limit_fp is required")
    value = None
    if whole is not None:
        if isinstance(whole, bool) or not isinstance(whole, int) or not 1 <= whole <= 1_000_000:
            raise SimError.invalid_parameters("contracts_limit must be an integer from 1 to 1000000")
        value = whole * CONTRACT
    if fp is not None:
        parsed = parse_count(fp, "contracts_limit_fp")
        if value is not None and parsed != value:
            raise SimError.invalid_parameters("contracts_limit and contracts_limit_fp differ")
        value = parsed
    assert value is not None
    return value


def groups_list(ctx: Ctx) -> tuple[int, Any]:
    groups = [g for g in ctx.sim.engine.groups.values() if g.user_id == ctx.user]
    return 200, {
        "order_groups": [
            {
                "id": g.group_id,
                "contracts_limit_fp": fmt_count(g.limit),
                "is_auto_cancel_enabled": g.triggered,
                "exchange_index": 0,
            }
            for g in groups
        ]
    }


def group_create(ctx: Ctx) -> tuple[int, Any]:
    body = ctx.json()
    if not isinstance(body, dict):
        raise SimError.bad_json("json: cannot unmarshal into Go value of type CreateOrderGroupRequest")
    group = ctx.sim.engine.create_group(ctx.user, _limit(body), body.get("subaccount") or 0)
    return 201, {"order_group_id": group.group_id, "subaccount": group.subaccount, "exchange_index": 0}


def group_get(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    g = eng.group(ctx.user, ctx.params["order_group_id"])
    return 200, {
        "is_auto_cancel_enabled": g.triggered,
        "contracts_limit_fp": fmt_count(g.limit),
        "orders": [o.order_id for o in eng.group_orders(g)],
        "exchange_index": 0,
    }


def group_delete(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    eng.delete_group(eng.group(ctx.user, ctx.params["order_group_id"]))
    return 200, {}


def group_reset(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    eng.reset_group(eng.group(ctx.user, ctx.params["order_group_id"]))
    return 200, {}


def group_trigger(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    eng.trigger_group(eng.group(ctx.user, ctx.params["order_group_id"]))
    return 200, {}


def group_limit(ctx: Ctx) -> tuple[int, Any]:
    eng = ctx.sim.engine
    body = ctx.json()
    if not isinstance(body, dict):
        raise SimError.bad_json("json: cannot unmarshal into Go value of type UpdateOrderGroupLimitRequest")
    eng.update_group_limit(eng.group(ctx.user, ctx.params["order_group_id"]), _limit(body))
    return 200, {}


ROUTES: dict[str, Handler] = {
    "CreateOrderV2": create,
    "BatchCreateOrdersV2": batch_create,
    "AmendOrderV2": amend,
    "DecreaseOrderV2": decrease,
    "CancelOrderV2": cancel,
    "BatchCancelOrdersV2": batch_cancel,
    "CancelAllOrders": cancel_all,
    "GetOrders": orders_list,
    "GetOrder": order_get,
    "GetOrderQueuePositions": queue_positions,
    "GetOrderQueuePosition": queue_position,
    "GetOrderGroups": groups_list,
    "CreateOrderGroup": group_create,
    "GetOrderGroup": group_get,
    "DeleteOrderGroup": group_delete,
    "ResetOrderGroup": group_reset,
    "TriggerOrderGroup": group_trigger,
    "UpdateOrderGroupLimit": group_limit,
}
