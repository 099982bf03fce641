"""The ``orders`` resources of the Trade and Perps clients, with placement that never duplicates.

They are the generated resources with the wire calls of the create methods replaced:
``_create_v2`` and ``_batch_create_v2`` (Trade) and ``_create`` (Perps), which ``create_v2``,
``batch_create_v2`` and ``create`` call with a built body, go through :mod:`kalshi_ext._orders` and
:mod:`kalshi_ext._batch_orders`, so an order given as ``body=`` or as keyword arguments is placed the
same way. Everything else is inherited unchanged. A ``body=`` may also be a plain dict of its JSON
fields (converted, or refused with the field named). ``clock`` is the client's ``clock`` option (the
exchange's time in Unix seconds), which bounds the lookup.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kalshi_ext_resources.perps.orders import AsyncOrdersResource as _AsyncPerpsOrders
from kalshi_ext_resources.perps.orders import OrdersResource as _PerpsOrders
from kalshi_ext_resources.trade.orders import AsyncOrdersResource as _AsyncTradeOrders
from kalshi_ext_resources.trade.orders import OrdersResource as _TradeOrders
from kalshi_perps_api.models import CreateMarginOrderRequest, CreateMarginOrderResponse
from kalshi_trade_api.models import (
    BatchCreateOrdersV2Request,
    BatchCreateOrdersV2Response,
    BatchCreateOrdersV2ResponseOrdersItem,
    CreateOrderV2Request,
    CreateOrderV2Response,
)

from ._arguments import body_from
from ._batch_orders import aplace_batch_once, place_batch_once
from ._orders import aplace_once, place_once

if TYPE_CHECKING:
    from kalshi_ext_resources._protocol import AsyncInvoker, Invoker

_BatchItem = BatchCreateOrdersV2ResponseOrdersItem

_PLACED_ONCE = """{title}: ``{route}``, placed at most once.

        A ``client_order_id`` is filled in {where}; after a failure that leaves the outcome open
        (timeout, reset connection, 408, 5xx, an unparseable success) the order is looked up by it
        before anything is resent, and resends reuse it.{batch}

        Raises:
            KalshiConfigurationError: an invalid body (named field), before anything is sent.
            OrderStatusUnknownError: the lookup failed or could not tell whether it was placed;
                it carries the ``client_order_id`` and both failures.
            kalshi_ext.KalshiError: any other failure (the order was not placed).
        """
_ONE = "when the body has none"
_TRADE_DOC = _PLACED_ONCE.format(title="Create Order (V2)", route="POST /portfolio/events/orders", where=_ONE, batch="")
_PERPS_DOC = _PLACED_ONCE.format(title="Create Order", route="POST /margin/orders", where=_ONE, batch="")
_BATCH_DOC = _PLACED_ONCE.format(
    title="Batch Create Orders (V2)",
    route="POST /portfolio/events/orders/batched",
    where="on every order that has none",
    batch=" A batch is never resent: when some of its orders are not found, the error lists them.",
)


class SafeOrdersResource(_TradeOrders):
    """``kalshi.orders``: the generated resource, with :meth:`create_v2` and :meth:`batch_create_v2`
    placing at most once."""

    def __init__(self, invoker: Invoker, clock: Callable[[], float] = time.time) -> None:
        super().__init__(invoker)
        self._clock = clock

    def _create_v2(self, *, body: CreateOrderV2Request | dict[str, Any]) -> CreateOrderV2Response:
        send = super()._create_v2
        request = body_from("create_order_v2", body, CreateOrderV2Request)
        result: CreateOrderV2Response = place_once(
            lambda b: send(body=b), self.list, request, CreateOrderV2Response, clock=self._clock
        )
        return result

    _create_v2.__doc__ = _TRADE_DOC

    def _batch_create_v2(self, *, body: BatchCreateOrdersV2Request | dict[str, Any]) -> BatchCreateOrdersV2Response:
        send = super()._batch_create_v2
        request = body_from("batch_create_orders_v2", body, BatchCreateOrdersV2Request)
        result: BatchCreateOrdersV2Response = place_batch_once(
            lambda b: send(body=b), self.list, request, BatchCreateOrdersV2Response, _BatchItem, clock=self._clock
        )
        return result

    _batch_create_v2.__doc__ = _BATCH_DOC


class AsyncSafeOrdersResource(_AsyncTradeOrders):
    """Async :class:`SafeOrdersResource`."""

    def __init__(self, invoker: AsyncInvoker, clock: Callable[[], float] = time.time) -> None:
        super().__init__(invoker)
        self._clock = clock

    async def _create_v2(self, *, body: CreateOrderV2Request | dict[str, Any]) -> CreateOrderV2Response:
        send = super()._create_v2
        request = body_from("create_order_v2", body, CreateOrderV2Request)
        result: CreateOrderV2Response = await aplace_once(
            lambda b: send(body=b), self.list, request, CreateOrderV2Response, clock=self._clock
        )
        return result

    _create_v2.__doc__ = _TRADE_DOC

    async def _batch_create_v2(
        self, *, body: BatchCreateOrdersV2Request | dict[str, Any]
    ) -> BatchCreateOrdersV2Response:
        send = super()._batch_create_v2
        request = body_from("batch_create_orders_v2", body, BatchCreateOrdersV2Request)
        result: BatchCreateOrdersV2Response = await aplace_batch_once(
            lambda b: send(body=b), self.list, request, BatchCreateOrdersV2Response, _BatchItem, clock=self._clock
        )
        return result

    _batch_create_v2.__doc__ = _BATCH_DOC


class SafePerpsOrdersResource(_PerpsOrders):
    """``perps.orders``: the generated resource, with :meth:`create` placing at most once."""

    def __init__(self, invoker: Invoker, clock: Callable[[], float] = time.time) -> None:
        super().__init__(invoker)
        self._clock = clock

    def _create(self, *, body: CreateMarginOrderRequest | dict[str, Any]) -> CreateMarginOrderResponse:
        send = super()._create
        request = body_from("create_margin_order", body, CreateMarginOrderRequest)
        result: CreateMarginOrderResponse = place_once(
            lambda b: send(body=b), self.list, request, CreateMarginOrderResponse, clock=self._clock
        )
        return result

    _create.__doc__ = _PERPS_DOC


class AsyncSafePerpsOrdersResource(_AsyncPerpsOrders):
    """Async :class:`SafePerpsOrdersResource`."""

    def __init__(self, invoker: AsyncInvoker, clock: Callable[[], float] = time.time) -> None:
        super().__init__(invoker)
        self._clock = clock

    async def _create(self, *, body: CreateMarginOrderRequest | dict[str, Any]) -> CreateMarginOrderResponse:
        send = super()._create
        request = body_from("create_margin_order", body, CreateMarginOrderRequest)
        result: CreateMarginOrderResponse = await aplace_once(
            lambda b: send(body=b), self.list, request, CreateMarginOrderResponse, clock=self._clock
        )
        return result

    _create.__doc__ = _PERPS_DOC
