"""Order-entry request parsing: wire JSON in, a checked :class:`OrderRequest` out (or a wire error).

Prices and counts must be strings (a JSON number gets the flat ``bad_request`` the wire sends);
``side`` is the book side (bid buys YES at ``price``, ask buys NO at 1 - ``price``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._errors import SimError
from ._model import Outcome
from ._units import ONE, parse_count, parse_price

TIME_IN_FORCE = ("good_till_canceled", "immediate_or_cancel", "fill_or_kill")
STP_TYPES = ("taker_at_cross", "maker")


@dataclass(slots=True)
class OrderRequest:
    ticker: str
    outcome: Outcome
    yes_price: int
    count: int
    tif: str
    stp: str
    client_order_id: str
    post_only: bool = False
    reduce_only: bool = False
    cancel_on_pause: bool = False
    expiration_s: int | None = None
    subaccount: int = 0
    order_group_id: str | None = None

    @property
    def own_price(self) -> int:
        return self.yes_price if self.outcome == "yes" else ONE - self.yes_price


def _bool(body: dict[str, Any], name: str) -> bool:
    value = body.get(name, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise SimError.bad_json(f"json: cannot unmarshal into Go struct field .{name} of type bool")
    return value


def _int(body: dict[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise SimError.bad_json(f"json: cannot unmarshal into Go struct field .{name} of type int64")
    return value


def outcome_of_side(side: object) -> Outcome:
    """``bid`` -> yes, ``ask`` -> no.

    Raises:
        SimError: 400 ``invalid_parameters`` for anything else.
    """
    if side == "bid":
        return "yes"
    if side == "ask":
        return "no"
    raise SimError.invalid_parameters("side must be bid or ask")


def parse_create(body: Any, now_s: int, default_client_id: str) -> OrderRequest:
    """Check a ``CreateOrderV2Request`` body.

    Raises:
        SimError: what Kalshi answers for a malformed order (400, nested or flat as on the wire).
    """
    if not isinstance(body, dict):
        raise SimError.bad_json("json: cannot unmarshal into Go value of type CreateOrderV2Request")
    for name in ("ticker", "side", "count", "price", "time_in_force", "self_trade_prevention_type"):
        if body.get(name) is None:
            raise SimError.invalid_parameters(f"{name} is required")
    ticker = body["ticker"]
    if not isinstance(ticker, str) or not ticker:
        raise SimError.invalid_parameters("ticker must be a non-empty string")
    outcome = outcome_of_side(body["side"])
    price = parse_price(body["price"])
    count = parse_count(body["count"])
    if count <= 0:
        raise SimError.invalid_order("count must be positive")
    tif = body["time_in_force"]
    if tif not in TIME_IN_FORCE:
        raise SimError.invalid_parameters(f"time_in_force must be one of {', '.join(TIME_IN_FORCE)}")
    stp = body["self_trade_prevention_type"]
    if stp not in STP_TYPES:
        raise SimError.invalid_parameters(f"self_trade_prevention_type must be one of {', '.join(STP_TYPES)}")
    client_id = body.get("client_order_id") or default_client_id
    if not isinstance(client_id, str):
        raise SimError.invalid_parameters("client_order_id must be a string")
    expiration = _int(body, "expiration_time")
    if expiration is not None:
        if tif == "immediate_or_cancel":
            raise SimError.invalid_order("expiration_time is not allowed with immediate_or_cancel")
        if expiration <= now_s:
            raise SimError.invalid_order("Expiration timestamp must be in the future")
    reduce_only = _bool(body, "reduce_only")
    if reduce_only and tif != "immediate_or_cancel":
        raise SimError.invalid_order("reduce_only orders must be immediate_or_cancel")
    subaccount = _int(body, "subaccount") or 0
    if not 0 <= subaccount <= 63:
        raise SimError.invalid_parameters("subaccount must be between 0 and 63")
    group = body.get("order_group_id")
    if group is not None and not isinstance(group, str):
        raise SimError.invalid_parameters("order_group_id must be a string")
    return OrderRequest(
        ticker=ticker,
        outcome=outcome,
        yes_price=price,
        count=count,
        tif=tif,
        stp=stp,
        client_order_id=client_id,
        post_only=_bool(body, "post_only"),
        reduce_only=reduce_only,
        cancel_on_pause=_bool(body, "cancel_order_on_pause"),
        expiration_s=expiration,
        subaccount=subaccount,
        order_group_id=group or None,
    )
