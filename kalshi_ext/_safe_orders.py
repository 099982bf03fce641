"""The ``orders`` resources of the Trade and Perps clients, with placement that never duplicates.

They are the generated resources with one method replaced each: the wire call of ``create_v2``
(Trade) and ``create`` (Perps), ``_create_v2`` / ``_create``, goes through
:func:`kalshi_ext._orders.place_once`, so an order given as ``body=`` or as keyword arguments is
placed the same way. Everything else is inherited unchanged.
"""

from __future__ import annotations

from kalshi_ext_resources.perps.orders import AsyncOrdersResource as _AsyncPerpsOrders
from kalshi_ext_resources.perps.orders import OrdersResource as _PerpsOrders
from kalshi_ext_resources.trade.orders import AsyncOrdersResource as _AsyncTradeOrders
from kalshi_ext_resources.trade.orders import OrdersResource as _TradeOrders
from kalshi_perps_api.models import CreateMarginOrderRequest, CreateMarginOrderResponse
from kalshi_trade_api.models import CreateOrderV2Request, CreateOrderV2Response

from ._orders import aplace_once, place_once

_PLACED_ONCE = """{title}: ``{route}``, placed at most once.

        A ``client_order_id`` is filled in when the body has none; after a timeout, 408 or 504 the
        order is looked up by it before anything is resent, and resends reuse it.

        Raises:
            OrderStatusUnknownError: lookups and resends could not tell whether it was placed.
            kalshi_ext.KalshiError: any other failure (the order was not placed).
        """
_TRADE_DOC = _PLACED_ONCE.format(title="Create Order (V2)", route="POST /portfolio/events/orders")
_PERPS_DOC = _PLACED_ONCE.format(title="Create Order", route="POST /margin/orders")


class SafeOrdersResource(_TradeOrders):
    """``kalshi.orders``: the generated resource, with :meth:`create_v2` placing at most once."""

    def _create_v2(self, *, body: CreateOrderV2Request) -> CreateOrderV2Response:
        send = super()._create_v2
        result: CreateOrderV2Response = place_once(lambda b: send(body=b), self.list_all, body, CreateOrderV2Response)
        return result

    _create_v2.__doc__ = _TRADE_DOC


class AsyncSafeOrdersResource(_AsyncTradeOrders):
    """Async :class:`SafeOrdersResource`."""

    async def _create_v2(self, *, body: CreateOrderV2Request) -> CreateOrderV2Response:
        send = super()._create_v2
        result: CreateOrderV2Response = await aplace_once(
            lambda b: send(body=b), self.list_all, body, CreateOrderV2Response
        )
        return result

    _create_v2.__doc__ = _TRADE_DOC


class SafePerpsOrdersResource(_PerpsOrders):
    """``perps.orders``: the generated resource, with :meth:`create` placing at most once."""

    def _create(self, *, body: CreateMarginOrderRequest) -> CreateMarginOrderResponse:
        send = super()._create
        result: CreateMarginOrderResponse = place_once(
            lambda b: send(body=b),
            self.list_all,
            body,
            CreateMarginOrderResponse,
        )
        return result

    _create.__doc__ = _PERPS_DOC


class AsyncSafePerpsOrdersResource(_AsyncPerpsOrders):
    """Async :class:`SafePerpsOrdersResource`."""

    async def _create(self, *, body: CreateMarginOrderRequest) -> CreateMarginOrderResponse:
        send = super()._create
        result: CreateMarginOrderResponse = await aplace_once(
            lambda b: send(body=b),
            self.list_all,
            body,
            CreateMarginOrderResponse,
        )
        return result

    _create.__doc__ = _PERPS_DOC
