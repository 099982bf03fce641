"""``PerpsWebSocket``: the perps (margin) WebSocket API (``/trade-api/ws/v2/margin``), with one
typed ``subscribe_<channel>`` helper per channel of ``perps_asyncapi.yaml``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._config import PERPS_PREFIXES
from .._environments import PERPS as REST_PERPS
from ._channels import PERPS
from ._client import AsyncWebSocketClient, OverflowArg
from ._hosts import PERPS_WS
from ._subscription import Subscription

if TYPE_CHECKING:
    from kalshi_perps_ws_models.models import (
        MarginCorporateActionsDeltaPayload,
        MarginFillPayload,
        MarginOrderbookDeltaPayload,
        MarginOrderbookSnapshotPayload,
        MarginTickerPayload,
        MarginTradePayload,
        MarginUserOrderPayload,
        OrderGroupUpdatesPayload,
    )

Tickers = Iterable[str] | None


class PerpsWebSocket(AsyncWebSocketClient):
    """Async client of Kalshi's perps (margin) WebSocket API.

    Works like :class:`~kalshi_ext.ws.KalshiWebSocket`; perps books have real bids and asks.
    Hosts: production ``wss://external-api-margin-ws.kalshi.com/trade-api/ws/v2/margin``, demo
    ``wss://external-api-margin-ws.demo.kalshi.co/trade-api/ws/v2/margin``. Environment variables
    for :meth:`from_env`: those of :class:`kalshi_ext.PerpsClient` (``KALSHI_PERPS_*``, then ``KALSHI_*``),
    the URL from ``KALSHI_PERPS_WS_BASE_URL`` (with ``KALSHI_PERPS_ALLOW_UNKNOWN_HOST`` for another host).
    """

    _API = PERPS
    _REST_API = REST_PERPS
    _HOSTS = PERPS_WS
    _ENV_API = "perps"
    _ENV_PREFIXES = PERPS_PREFIXES

    async def subscribe_orderbook_delta(
        self, market_tickers: Iterable[str], *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[MarginOrderbookSnapshotPayload | MarginOrderbookDeltaPayload]:
        """Order books of the given markets: yields :class:`BookUpdate` events (and gap events)."""
        return await self._typed("orderbook_delta", queue_size, overflow, market_tickers=market_tickers)

    async def subscribe_ticker(
        self,
        market_tickers: Tickers = None,
        *,
        send_initial_snapshot: bool | None = None,
        queue_size: int | None = None,
        overflow: OverflowArg = None,
    ) -> Subscription[MarginTickerPayload]:
        """Prices, top of book, volume, open interest, mark/reference prices (at most 1/s per market)."""
        return await self._typed(
            "ticker", queue_size, overflow, market_tickers=market_tickers, send_initial_snapshot=send_initial_snapshot
        )

    async def subscribe_trade(
        self, market_tickers: Tickers = None, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[MarginTradePayload]:
        """Public trades."""
        return await self._typed("trade", queue_size, overflow, market_tickers=market_tickers)

    async def subscribe_fill(
        self, market_tickers: Tickers = None, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[MarginFillPayload]:
        """Your fills (authenticated)."""
        return await self._typed("fill", queue_size, overflow, market_tickers=market_tickers)

    async def subscribe_user_orders(
        self, market_tickers: Tickers = None, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[MarginUserOrderPayload]:
        """Your orders (authenticated); ``type`` is ``user_order``."""
        return await self._typed("user_orders", queue_size, overflow, market_tickers=market_tickers)

    async def subscribe_order_group_updates(
        self, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[OrderGroupUpdatesPayload]:
        """Order group lifecycle and limit updates (authenticated)."""
        return await self._typed("order_group_updates", queue_size, overflow)

    async def subscribe_corporate_actions(
        self, market_tickers: Tickers = None, *, queue_size: int | None = None, overflow: OverflowArg = None
    ) -> Subscription[MarginCorporateActionsDeltaPayload]:
        """Stock splits, final settlements and ticker changes (``type`` ``corporate_actions_delta``).

        Positions and balances can change without a fill: re-fetch them over REST after each message.
        """
        return await self._typed("corporate_actions", queue_size, overflow, market_tickers=market_tickers)
