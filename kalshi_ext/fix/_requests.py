"""Application messages we send, as (MsgType, fields) built from checked arguments (pure).

Every builder validates before anything is encoded, stored or sent, and raises
:class:`FixConfigurationError` naming the argument.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Literal, TypeAlias

from kalshi_fix_dictionary import Tag

from ._codec import Value
from ._errors import FixConfigurationError

Request: TypeAlias = tuple[str, list[tuple[int, Value]]]
SideName = Literal["buy", "sell"]
_SIDES = {"buy": "1", "sell": "2", "1": "1", "2": "2"}
_TIF = {"day": "0", "gtc": "1", "ioc": "3", "fok": "4", "gtd": "6"}
_TIF.update({v: v for v in list(_TIF.values())})
_STP = {"taker_at_cross": 1, "maker": 2}
_GROUP_ACTIONS = {"create": 1, "reset": 2, "delete": 3, "trigger_cancel": 4, "update": 5}
_SUBSCRIPTIONS = {"snapshot": "0", "subscribe": "1", "unsubscribe": "2"}


def _text(name: str, value: object, *, max_length: int = 64) -> str:
    if not isinstance(value, str) or not value or len(value) > max_length or not value.isascii():
        raise FixConfigurationError(f"{name} must be a non-empty ASCII str of at most {max_length} characters")
    if "\x01" in value or not value.isprintable():
        raise FixConfigurationError(f"{name} must not contain control characters")
    return value


def _number(name: str, value: object, *, positive: bool = True) -> Decimal:
    if isinstance(value, (bool, float)) or not isinstance(value, (Decimal, int, str)):
        raise FixConfigurationError(
            f"{name} must be a Decimal, int or str (floats are refused), not {type(value).__name__}"
        )
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise FixConfigurationError(f"{name} is not a number: {value!r}") from None
    if not number.is_finite() or (positive and number <= 0):
        raise FixConfigurationError(f"{name} must be a finite number{' > 0' if positive else ''}")
    return number


def _price(name: str, value: object, use_dollars: bool) -> Value:
    number = _number(name, value)
    if use_dollars:
        return number
    if number != number.to_integral_value() or not 1 <= number <= 99:
        raise FixConfigurationError(f"{name} is in cents (1-99) without use_dollars; got {value!r}")
    return int(number)


def _side(value: object) -> str:
    side = _SIDES.get(str(value).lower()) if isinstance(value, str) else None
    if side is None:
        raise FixConfigurationError("side must be 'buy' or 'sell'")
    return side


def _choice(name: str, value: object, table: dict[str, str] | dict[str, int]) -> str | int:
    key = value.lower() if isinstance(value, str) else value
    if key not in table:
        raise FixConfigurationError(f"{name} must be one of {', '.join(k for k in table if not k.isdigit())}")
    return table[key]  # type: ignore[index]


def _timestamp(name: str, value: object) -> str:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise FixConfigurationError(f"{name} must be a timezone-aware datetime")
    return value.astimezone(UTC).strftime("%Y%m%d-%H:%M:%S.%f")[:-3]


def _subaccount(fields: list[tuple[int, Value]], subaccount: object) -> None:
    if subaccount is None:
        return
    if isinstance(subaccount, bool) or not isinstance(subaccount, int) or not 0 <= subaccount <= 63:
        raise FixConfigurationError("subaccount must be an int in 0..63")
    fields.append((Tag.AllocAccount, subaccount))


def new_order(
    *,
    cl_ord_id: str,
    symbol: str,
    side: str,
    qty: Decimal | int | str,
    price: Decimal | int | str,
    use_dollars: bool,
    time_in_force: str | None = None,
    expire_time: datetime | None = None,
    post_only: bool = False,
    self_trade_prevention: str | None = None,
    order_group_id: str | None = None,
    cancel_order_on_pause: bool | None = None,
    max_execution_cost: Decimal | int | str | None = None,
    subaccount: int | None = None,
) -> Request:
    fields: list[tuple[int, Value]] = [(Tag.ClOrdID, _text("cl_ord_id", cl_ord_id))]
    if post_only:
        fields.append((Tag.ExecInst, "6"))
    fields += [
        (Tag.OrderQty, _number("qty", qty)),
        (Tag.OrdType, "2"),
        (Tag.Price, _price("price", price, use_dollars)),
        (Tag.Side, _side(side)),
        (Tag.Symbol, _text("symbol", symbol, max_length=128)),
    ]
    if time_in_force is not None:
        tif = _choice("time_in_force", time_in_force, _TIF)
        fields.append((Tag.TimeInForce, tif))
        if tif == "6" and expire_time is None:
            raise FixConfigurationError("time_in_force='gtd' needs expire_time")
    if expire_time is not None:
        fields.append((Tag.ExpireTime, _timestamp("expire_time", expire_time)))
    if self_trade_prevention is not None:
        fields.append((Tag.SelfTradePreventionType, _choice("self_trade_prevention", self_trade_prevention, _STP)))
    if order_group_id is not None:
        fields.append((Tag.OrderGroupID, _text("order_group_id", order_group_id)))
    if cancel_order_on_pause is not None:
        fields.append((Tag.CancelOrderOnPause, bool(cancel_order_on_pause)))
    if max_execution_cost is not None:
        fields.append((Tag.MaxExecutionCost, _number("max_execution_cost", max_execution_cost)))
    _subaccount(fields, subaccount)
    return "D", fields


def cancel(
    *,
    cl_ord_id: str,
    orig_cl_ord_id: str,
    symbol: str,
    side: str,
    order_id: str | None = None,
    subaccount: int | None = None,
) -> Request:
    fields: list[tuple[int, Value]] = [(Tag.ClOrdID, _text("cl_ord_id", cl_ord_id))]
    if order_id is not None:
        fields.append((Tag.OrderID, _text("order_id", order_id)))
    fields += [
        (Tag.OrigClOrdID, _text("orig_cl_ord_id", orig_cl_ord_id)),
        (Tag.Side, _side(side)),
        (Tag.Symbol, _text("symbol", symbol, max_length=128)),
    ]
    _subaccount(fields, subaccount)
    return "F", fields


def replace(
    *,
    cl_ord_id: str,
    orig_cl_ord_id: str,
    symbol: str,
    side: str,
    qty: Decimal | int | str,
    price: Decimal | int | str | None,
    use_dollars: bool,
    order_id: str | None = None,
    subaccount: int | None = None,
) -> Request:
    fields: list[tuple[int, Value]] = [(Tag.ClOrdID, _text("cl_ord_id", cl_ord_id))]
    if order_id is not None:
        fields.append((Tag.OrderID, _text("order_id", order_id)))
    fields += [
        (Tag.OrigClOrdID, _text("orig_cl_ord_id", orig_cl_ord_id)),
        (Tag.OrderQty, _number("qty", qty)),
        (Tag.OrdType, "2"),
    ]
    if price is not None:
        fields.append((Tag.Price, _price("price", price, use_dollars)))
    fields += [(Tag.Side, _side(side)), (Tag.Symbol, _text("symbol", symbol, max_length=128))]
    _subaccount(fields, subaccount)
    return "G", fields


def mass_cancel(*, cl_ord_id: str) -> Request:
    return "q", [(Tag.ClOrdID, _text("cl_ord_id", cl_ord_id)), (Tag.MassCancelRequestType, "6")]


def order_group(
    *, action: str, order_group_id: str | None = None, contracts_limit: int | None = None, subaccount: int | None = None
) -> Request:
    fields: list[tuple[int, Value]] = [(Tag.OrderGroupAction, _choice("action", action, _GROUP_ACTIONS))]
    if contracts_limit is not None:
        if isinstance(contracts_limit, bool) or not isinstance(contracts_limit, int) or contracts_limit <= 0:
            raise FixConfigurationError("contracts_limit must be a positive int")
        fields.append((Tag.OrderGroupContractsLimit, contracts_limit))
    if order_group_id is not None:
        fields.append((Tag.OrderGroupID, _text("order_group_id", order_group_id)))
    elif action != "create":
        raise FixConfigurationError(f"action={action!r} needs order_group_id")
    _subaccount(fields, subaccount)
    return "UOG", fields


def quote_request(
    *,
    quote_req_id: str,
    symbol: str,
    qty: Decimal | int | str | None = None,
    cash_qty: Decimal | int | str | None = None,
) -> Request:
    if (qty is None) == (cash_qty is None):
        raise FixConfigurationError("pass exactly one of qty and cash_qty")
    fields: list[tuple[int, Value]] = [
        (Tag.QuoteReqID, _text("quote_req_id", quote_req_id)),
        (Tag.NoRelatedSym, 1),
        (Tag.Symbol, _text("symbol", symbol, max_length=128)),
    ]
    if qty is not None:
        fields.append((Tag.OrderQty, _number("qty", qty)))
    else:
        fields.append((Tag.CashOrderQty, _number("cash_qty", cash_qty)))
    return "R", fields


def quote(
    *,
    quote_id: str,
    quote_req_id: str,
    symbol: str,
    bid_px: Decimal | int | str | None = None,
    offer_px: Decimal | int | str | None = None,
    qty: Decimal | int | str | None = None,
) -> Request:
    if bid_px is None and offer_px is None:
        raise FixConfigurationError("a quote needs bid_px, offer_px or both")
    fields: list[tuple[int, Value]] = [
        (Tag.QuoteID, _text("quote_id", quote_id)),
        (Tag.QuoteReqID, _text("quote_req_id", quote_req_id)),
        (Tag.Symbol, _text("symbol", symbol, max_length=128)),
    ]
    if bid_px is not None:
        fields.append((Tag.BidPx, _number("bid_px", bid_px)))
    if offer_px is not None:
        fields.append((Tag.OfferPx, _number("offer_px", offer_px)))
    if qty is not None:
        fields.append((Tag.OrderQty, _number("qty", qty)))
    return "S", fields


def quote_cancel(*, quote_id: str) -> Request:
    return "Z", [(Tag.QuoteID, _text("quote_id", quote_id))]


def quote_confirm(*, quote_id: str) -> Request:
    return "U7", [(Tag.QuoteID, _text("quote_id", quote_id))]


def accept_quote(*, quote_id: str, side: str, qty: Decimal | int | str | None = None) -> Request:
    fields: list[tuple[int, Value]] = [(Tag.QuoteID, _text("quote_id", quote_id)), (Tag.Side, _side(side))]
    if qty is not None:
        fields.append((Tag.OrderQty, _number("qty", qty)))
    return "UA", fields


def rfq_cancel(*, quote_req_id: str | None = None, rfq_id: str | None = None) -> Request:
    if (quote_req_id is None) == (rfq_id is None):
        raise FixConfigurationError("pass exactly one of quote_req_id and rfq_id")
    if quote_req_id is not None:
        return "UE", [(Tag.QuoteReqID, _text("quote_req_id", quote_req_id))]
    return "UE", [(Tag.RfqId, _text("rfq_id", rfq_id))]


def market_data(*, request: str, symbols: Iterable[str]) -> Request:
    kind = _choice("request", request, _SUBSCRIPTIONS)
    names = [_text("symbol", s, max_length=128) for s in symbols]
    if not names and kind != "2":
        raise FixConfigurationError("symbols must name at least one market")
    fields: list[tuple[int, Value]] = [(Tag.SubscriptionRequestType, kind)]
    if names:
        fields.append((Tag.NoRelatedSym, len(names)))
        fields += [(Tag.Symbol, name) for name in names]
    return "V", fields


def event_resend(*, begin_exec_id: str, end_exec_id: str | None = None) -> Request:
    fields: list[tuple[int, Value]] = [(Tag.BeginExecID, _text("begin_exec_id", begin_exec_id))]
    if end_exec_id is not None:
        fields.append((Tag.EndExecID, _text("end_exec_id", end_exec_id)))
    return "U1", fields
