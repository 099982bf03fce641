"""``KalshiWebSocket``: the prediction-market WebSocket API (``/trade-api/ws/v2``), with one typed
``subscribe_<channel>`` helper per channel of ``asyncapi.yaml``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from .._config import TRADE_PREFIXES
from .._environments import PREDICTION as REST_PREDICTION
from ._channels import PREDICTION
from ._client import AsyncWebSocketClient, OverflowArg
from ._hosts import PREDICTION_WS
from ._subscription import Subscription

if TYPE_CHECKING:
    from kalshi_ws_models.models import (
        BatchQuoteAcceptedPayload,
        BatchQuoteCreatedPayload,
        BatchQuoteExecutedPayload,
        CFBenchmarks5HzIndexListMessage,
        CFBenchmarksIndexListMessage,
        CFBenchmarksValue5HzMessage,
        CFBenchmarksValueMessage,
        EventFeeUpdatePayload,
        EventLifecyclePayload,
        FillPayload,
        MarketLifecycleV2Payload,
        MarketMetadataUpdatedPayload,
        MarketPositionPayload,
        MultivariateMarketLifecyclePayload,
        OrderbookDeltaPayload,
        OrderbookSnapshotPayload,
        OrderGroupUpdatesPayload,
        PythUnderlyingListPayload,
        PythValuePayload,
        QuoteAcceptedPayload,
        QuoteCreatedPayload,
        QuoteExecutedPayload,
        RfqBatchBestQuotesPayload,
        RfqBatchCreatedPayload,
        RfqBatchDeletedPayload,
        RfqBatchExecutedPayload,
        RfqCreatedPayload,
        RfqDeletedPayload,
        TickerPayload,
        TradePayload,
        UserOrderPayload,
    )

    CommunicationsMessage = (
        RfqCreatedPayload
        | RfqDeletedPayload
        | QuoteCreatedPayload
        | QuoteAcceptedPayload
        | QuoteExecutedPayload
        | RfqBatchCreatedPayload
        | RfqBatchDeletedPayload
        | BatchQuoteCreatedPayload
        | RfqBatchBestQuotesPayload
        | BatchQuoteAcceptedPayload
        | RfqBatchExecutedPayload
        | BatchQuoteExecutedPayload
    )

Tickers = Iterable[str] | None


class KalshiWebSocket(AsyncWebSocketClient):
    """Async client of Kalshi's prediction-market WebSocket API.

    One connection carries every subscription. Subscribing returns a
    :class:`~kalshi_ext.ws.Subscription` handle to iterate; it survives reconnects.
    Order book subscriptions keep local books (``client.book(ticker)``).

    Hosts: production ``wss://api.elections.kalshi.com/trade-api/ws/v2`` (the spec's
    ``external-api-ws.kalshi.com`` is accepted too), demo ``wss://demo-api.kalshi.co/trade-api/ws/v2``.
    Environment variables for :meth:`from_env`: those of :class:`kalshi_ext.KalshiClient`, the
    URL from ``KALSHI_WS_BASE_URL`` (a host that is not Kalshi's needs ``KALSHI_ALLOW_UNKNOWN_HOST=1``).

    Example::

        async with KalshiWebSocket.from_env(demo=True) as ws:
            sub = await ws.subscribe_orderbook_delta(["KXHIGHNY-26NOV21-B52.5"])
            async for event in sub:
                ...
    """

    _API = PREDICTION
    _REST_API = REST_PREDICTION
    _HOSTS = PREDICTION_WS
    _ENV_API = "trade"
    _ENV_PREFIXES = TRADE_PREFIXES

    async def subscribe_orderbook_delta(
        self,
        market_tickers: Iterable[str],
        *,
        use_yes_price: bool | None = None,
        queue_size: int | None = None,
        overflow: OverflowArg = None,
    ) -> Subscription[OrderbookSnapshotPayload | OrderbookDeltaPayload]:
        """Order books of the given markets: yields :class:`BookUpdate` events (and gap events).

        ``use_yes_price=True`` asks the server to report NO bids in YES prices; the local
        book's asks are YES asks either way.
        """
        return await self._typed(
            "orderbook_delta", queue_size, overflow, market_tickers=market_tickers, use_yes_price=use_yes_price
        )

    async def subscribe_ticker(
        self,
        market_tickers: Tickers = None,
        *,
        market_ids: Tickers = None,
        send_initial_snapshot: bool | None = None,
        queue_size: int | None = None,
        overflow: OverflowArg = None,
    ) -> Subscription[TickerPayload]:
        """Price, volume and open-interest updates (all markets when no market is given)."""
        return await self._typed(
            "ticker",
            queue_size,
            overflow,
            market_tickers=market_tickers,
            market_ids=market_ids,
            send_initial_snapshot=send_initial_snapshot,
        )

    async def subscribe_trade(
        self, market_tickers: Tickers = None, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[TradePayload]:
        """Public trades (all markets when no market is given)."""
        return await self._typed("trade", queue_size, overflow, market_tickers=market_tickers)

    async def subscribe_fill(
        self, market_tickers: Tickers = None, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[FillPayload]:
        """Your fills (authenticated)."""
        return await self._typed("fill", queue_size, overflow, market_tickers=market_tickers)

    async def subscribe_market_positions(
        self, market_tickers: Tickers = None, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[MarketPositionPayload]:
        """Your positions (authenticated); messages have ``type`` ``market_position``."""
        return await self._typed("market_positions", queue_size, overflow, market_tickers=market_tickers)

    async def subscribe_market_lifecycle_v2(
        self, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[
        MarketLifecycleV2Payload | MarketMetadataUpdatedPayload | EventLifecyclePayload | EventFeeUpdatePayload
    ]:
        """Market and event lifecycle (creation, close-date changes, determination, settlement, fees)."""
        return await self._typed("market_lifecycle_v2", queue_size, overflow)

    async def subscribe_multivariate_market_lifecycle(
        self, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[MultivariateMarketLifecyclePayload | EventLifecyclePayload]:
        """Lifecycle of multivariate (combo) markets and events."""
        return await self._typed("multivariate_market_lifecycle", queue_size, overflow)

    async def subscribe_communications(
        self,
        *,
        user_filter: Literal["", "self"] | None = None,
        shard_factor: int | None = None,
        shard_key: int | None = None,
        queue_size: int | None = None,
        overflow: OverflowArg = None,
    ) -> Subscription[CommunicationsMessage]:
        """RFQs, quotes, RFQ batches and batch quotes (authenticated); optional sharding."""
        return await self._typed(
            "communications",
            queue_size,
            overflow,
            user_filter=user_filter,
            shard_factor=shard_factor,
            shard_key=shard_key,
        )

    async def subscribe_order_group_updates(
        self, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[OrderGroupUpdatesPayload]:
        """Order group lifecycle and limit updates (authenticated)."""
        return await self._typed("order_group_updates", queue_size, overflow)

    async def subscribe_user_orders(
        self, market_tickers: Tickers = None, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[UserOrderPayload]:
        """Your orders as they are created and updated (authenticated); ``type`` is ``user_order``."""
        return await self._typed("user_orders", queue_size, overflow, market_tickers=market_tickers)

    async def subscribe_cfbenchmarks_value(
        self, index_ids: Tickers = None, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[CFBenchmarksValueMessage | CFBenchmarksIndexListMessage]:
        """CF Benchmarks index values, about once a second (``index_ids`` such as ``["BRTI", "ETHUSD_RTI"]``,
        or ``["all"]``). Change the set later with ``sub.subscribe_indices`` / ``unsubscribe_indices``;
        ``sub.index_list()`` lists what is available."""
        return await self._typed("cfbenchmarks_value", queue_size, overflow, index_ids=index_ids)

    async def subscribe_cfbenchmarks_value_5hz(
        self, index_ids: Tickers = None, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[CFBenchmarksValue5HzMessage | CFBenchmarks5HzIndexListMessage]:
        """CF Benchmarks index values at up to 5 per second (BTC, ETH, SOL, XRP, DOGE)."""
        return await self._typed("cfbenchmarks_value_5hz", queue_size, overflow, index_ids=index_ids)

    async def subscribe_pyth_value(
        self, underlying_tickers: Tickers = None, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[PythValuePayload | PythUnderlyingListPayload]:
        """Pyth prices and Treasury yields (``underlying_tickers`` such as ``["Metal.XAU/USD"]``, or ``["all"]``)."""
        return await self._typed("pyth_value", queue_size, overflow, underlying_tickers=underlying_tickers)
