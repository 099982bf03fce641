"""kalshi-sdk's order calls (``orders.create(side="yes", action="buy", yes_price=...)``) on the V2 endpoints.

Kalshi removed the V1 order writes. The V2 endpoints quote everything from the YES side of one
book: ``side`` is ``bid`` (buy YES) or ``ask`` (sell YES), with one ``price``, the YES price. A V1
order maps onto that exactly:

=====================  ===========  ===========================
V1 (kalshi-sdk)        V2 side      V2 price
=====================  ===========  ===========================
buy YES at p           bid          p
sell YES at p          ask          p
buy NO at q            ask          1 - q  (selling YES at 1 - q)
sell NO at q           bid          1 - q  (buying YES at 1 - q)
=====================  ===========  ===========================

``yes_price`` and ``no_price`` are two spellings of one price (``no_price = 1 - yes_price``), so
exactly one is given. The result goes through ``create_v2`` and so has its order safety (a
``client_order_id`` filled in, a lookup before any resend). :func:`v2_order` is the pure mapping.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from ._body import _as_decimal
from ._errors import KalshiConfigurationError
from ._safe_orders import AsyncSafeOrdersResource, SafeOrdersResource

if TYPE_CHECKING:
    from kalshi_trade_api.models import AmendOrderV2Response, CreateOrderV2Response

Side = Literal["yes", "no"]
Action = Literal["buy", "sell"]
ONE = Decimal(1)
# V1 keywords with no V2 counterpart: refused with the reason rather than dropped.
_NO_V2 = {
    "buy_max_cost": "V2 orders have no cost cap; size the order with count and price",
    "sell_position_floor": "V2 orders have no position floor; use reduce_only=True",
    "type": "V2 orders are all limit orders (a price is required)",
}


def v2_side_and_price(
    side: str, action: str, yes_price: Any = None, no_price: Any = None, *, where: str = "orders.create"
) -> tuple[str, Decimal]:
    """The V2 book side and YES price of a V1 order.

    Raises:
        KalshiConfigurationError: an unknown side or action; neither or both prices; a price
            outside [0, 1] or of the wrong kind (float included).
    """
    if side not in ("yes", "no"):
        raise KalshiConfigurationError(f"{where}: side must be 'yes' or 'no', not {side!r} (V2 calls take bid/ask)")
    if action not in ("buy", "sell"):
        raise KalshiConfigurationError(f"{where}: action must be 'buy' or 'sell', not {action!r}")
    if (yes_price is None) == (no_price is None):
        raise KalshiConfigurationError(
            f"{where}: pass exactly one of yes_price or no_price (V2 orders are limit orders; "
            "no_price is 1 - yes_price, so both would say the same thing twice)"
        )
    given = "yes_price" if yes_price is not None else "no_price"
    price = _as_decimal(f"{where}.{given}", yes_price if yes_price is not None else no_price)
    if not ONE >= price >= 0:
        raise KalshiConfigurationError(f"{where}.{given}: {price} is not a price in dollars between 0 and 1")
    yes = price if yes_price is not None else ONE - price
    buys_yes = (side == "yes") == (action == "buy")
    return ("bid" if buys_yes else "ask"), yes


def v2_order(
    *,
    ticker: str,
    side: str,
    action: str = "buy",
    count: Any,
    yes_price: Any = None,
    no_price: Any = None,
    time_in_force: str = "good_till_canceled",
    self_trade_prevention_type: Any = None,
    expiration_ts: int | None = None,
    **rest: Any,
) -> dict[str, Any]:
    """The ``create_v2`` keyword arguments for a kalshi-sdk ``orders.create`` call.

    Raises:
        KalshiConfigurationError: see :func:`v2_side_and_price`; a V1 keyword V2 cannot express;
            no ``self_trade_prevention_type`` (V2 requires it and Kalshi documents no default).
    """
    refused = sorted(set(rest) & set(_NO_V2))
    if refused:
        raise KalshiConfigurationError(f"orders.create: {refused[0]} has no V2 equivalent ({_NO_V2[refused[0]]})")
    if self_trade_prevention_type is None:
        raise KalshiConfigurationError(
            "orders.create: self_trade_prevention_type is required by the V2 endpoint and Kalshi documents no "
            "default: pass 'taker_at_cross' or 'maker'"
        )
    book_side, price = v2_side_and_price(side, action, yes_price, no_price)
    fields = {k: v for k, v in rest.items() if v is not None}
    if expiration_ts is not None:
        fields["expiration_time"] = expiration_ts
    return {
        "ticker": ticker,
        "side": book_side,
        "count": count,
        "price": price,
        "time_in_force": time_in_force,
        "self_trade_prevention_type": self_trade_prevention_type,
        **fields,
    }


def _amend_fields(ticker: str, side: str, action: str, yes_price: Any, no_price: Any, **rest: Any) -> dict[str, Any]:
    """The ``amend_v2`` keyword arguments for a kalshi-sdk ``orders.amend`` call (None values are not sent).

    Raises:
        KalshiConfigurationError: see :func:`v2_side_and_price`.
    """
    book_side, price = v2_side_and_price(side, action, yes_price, no_price, where="orders.amend")
    return {"ticker": ticker, "side": book_side, "price": price, **{k: v for k, v in rest.items() if v is not None}}


class OrdersResource(SafeOrdersResource):
    """``kalshi.orders``: every V2 order call, plus kalshi-sdk's ``create`` / ``amend`` mapped onto V2.

    ``cancel`` and ``decrease`` are ``cancel_v2`` and ``decrease_v2`` (the same arguments). The
    ``_v2`` suffix names Kalshi's V2 event-order endpoints (``/portfolio/events/orders``), the
    only order writes Kalshi still has.
    """

    cancel = SafeOrdersResource.cancel_v2
    decrease = SafeOrdersResource.decrease_v2

    def create(
        self,
        *,
        ticker: str,
        side: Side,
        count: Decimal | str | int,
        action: Action = "buy",
        yes_price: Decimal | str | int | None = None,
        no_price: Decimal | str | int | None = None,
        time_in_force: str = "good_till_canceled",
        self_trade_prevention_type: str | None = None,
        client_order_id: str | None = None,
        expiration_ts: int | None = None,
        post_only: bool | None = None,
        reduce_only: bool | None = None,
        cancel_order_on_pause: bool | None = None,
        order_group_id: str | None = None,
        subaccount: int | None = None,
        **v1_only: Any,
    ) -> CreateOrderV2Response:
        """Place an order written the kalshi-sdk (V1) way, through ``create_v2`` (see the module table).

        ``time_in_force`` defaults to ``good_till_canceled``, the V1 endpoint's default.
        ``yes_price`` / ``no_price`` are dollars (``"0.65"``); ``expiration_ts`` is Unix seconds.

        Raises:
            KalshiConfigurationError: before anything is sent: see :func:`v2_order`.
            OrderStatusUnknownError, KalshiError: as for ``create_v2``.
        """
        fields = v2_order(
            ticker=ticker,
            side=side,
            action=action,
            count=count,
            yes_price=yes_price,
            no_price=no_price,
            time_in_force=time_in_force,
            self_trade_prevention_type=self_trade_prevention_type,
            expiration_ts=expiration_ts,
            client_order_id=client_order_id,
            post_only=post_only,
            reduce_only=reduce_only,
            cancel_order_on_pause=cancel_order_on_pause,
            order_group_id=order_group_id,
            subaccount=subaccount,
            **v1_only,
        )
        return self.create_v2(**fields)

    def amend(
        self,
        order_id: str,
        *,
        ticker: str,
        side: Side,
        action: Action,
        count: Decimal | str | int,
        yes_price: Decimal | str | int | None = None,
        no_price: Decimal | str | int | None = None,
        client_order_id: str | None = None,
        updated_client_order_id: str | None = None,
        subaccount: int | None = None,
    ) -> AmendOrderV2Response:
        """Amend an order written the kalshi-sdk (V1) way, through ``amend_v2`` (same side/price mapping).

        Raises:
            KalshiConfigurationError: see :func:`v2_side_and_price`.
            KalshiError: as for ``amend_v2``.
        """
        fields = _amend_fields(
            ticker,
            side,
            action,
            yes_price,
            no_price,
            count=count,
            client_order_id=client_order_id,
            updated_client_order_id=updated_client_order_id,
            subaccount=subaccount,
        )
        return self.amend_v2(order_id, **fields)


class AsyncOrdersResource(AsyncSafeOrdersResource):
    """Async :class:`OrdersResource`."""

    cancel = AsyncSafeOrdersResource.cancel_v2
    decrease = AsyncSafeOrdersResource.decrease_v2

    async def create(
        self,
        *,
        ticker: str,
        side: Side,
        count: Decimal | str | int,
        action: Action = "buy",
        yes_price: Decimal | str | int | None = None,
        no_price: Decimal | str | int | None = None,
        time_in_force: str = "good_till_canceled",
        self_trade_prevention_type: str | None = None,
        client_order_id: str | None = None,
        expiration_ts: int | None = None,
        post_only: bool | None = None,
        reduce_only: bool | None = None,
        cancel_order_on_pause: bool | None = None,
        order_group_id: str | None = None,
        subaccount: int | None = None,
        **v1_only: Any,
    ) -> CreateOrderV2Response:
        """Async :meth:`OrdersResource.create`."""
        fields = v2_order(
            ticker=ticker,
            side=side,
            action=action,
            count=count,
            yes_price=yes_price,
            no_price=no_price,
            time_in_force=time_in_force,
            self_trade_prevention_type=self_trade_prevention_type,
            expiration_ts=expiration_ts,
            client_order_id=client_order_id,
            post_only=post_only,
            reduce_only=reduce_only,
            cancel_order_on_pause=cancel_order_on_pause,
            order_group_id=order_group_id,
            subaccount=subaccount,
            **v1_only,
        )
        return await self.create_v2(**fields)

    async def amend(
        self,
        order_id: str,
        *,
        ticker: str,
        side: Side,
        action: Action,
        count: Decimal | str | int,
        yes_price: Decimal | str | int | None = None,
        no_price: Decimal | str | int | None = None,
        client_order_id: str | None = None,
        updated_client_order_id: str | None = None,
        subaccount: int | None = None,
    ) -> AmendOrderV2Response:
        """Async :meth:`OrdersResource.amend`."""
        fields = _amend_fields(
            ticker,
            side,
            action,
            yes_price,
            no_price,
            count=count,
            client_order_id=client_order_id,
            updated_client_order_id=updated_client_order_id,
            subaccount=subaccount,
        )
        return await self.amend_v2(order_id, **fields)
