"""Kalshi's WebSocket APIs: async clients, a synchronous facade, local order books.

::

    from kalshi_ext.ws import KalshiWebSocket, BookUpdate

    async with KalshiWebSocket.from_env(demo=True) as ws:
        sub = await ws.subscribe_orderbook_delta(["KXHIGHNY-26NOV21-B52.5"])
        async for event in sub:
            if isinstance(event, BookUpdate):
                print(event.market_ticker, event.best_bid, event.best_ask)

The clients need the optional ``websockets`` package (``pip install 'kalshi-ext[ws]'``); it is
imported on first connect, so importing this package does not need it. See docs/websocket.md.
"""

from __future__ import annotations

from ._backoff import ReconnectPolicy
from ._book import BookDepth, BookError, OrderBook, PriceLevel
from ._channels import PERPS, PREDICTION, ChannelSpec, Overflow, WsApi
from ._client import AsyncWebSocketClient
from ._errors import (
    ERROR_CODES,
    StreamOverflowError,
    WebSocketClosedError,
    WebSocketCommandError,
    WebSocketConnectionError,
    WebSocketDependencyError,
    WebSocketError,
    WebSocketTimeoutError,
)
from ._events import (
    BookInvalidated,
    BookUpdate,
    ClientEvent,
    ConnectionEvent,
    ConnectionState,
    ErrorEvent,
    Message,
    MessageParseError,
    SequenceGap,
    ServerErrorMessage,
    SubscriptionEvent,
    UnknownMessage,
)
from ._kalshi import KalshiWebSocket
from ._perps import PerpsWebSocket
from ._subscription import Subscription, SubscriptionStats
from ._sync import SyncKalshiWebSocket, SyncPerpsWebSocket, SyncSubscription, SyncWebSocketClient

__all__ = [
    "ERROR_CODES",
    "PERPS",
    "PREDICTION",
    "AsyncWebSocketClient",
    "BookDepth",
    "BookError",
    "BookInvalidated",
    "BookUpdate",
    "ChannelSpec",
    "ClientEvent",
    "ConnectionEvent",
    "ConnectionState",
    "ErrorEvent",
    "KalshiWebSocket",
    "Message",
    "MessageParseError",
    "OrderBook",
    "Overflow",
    "PerpsWebSocket",
    "PriceLevel",
    "ReconnectPolicy",
    "SequenceGap",
    "ServerErrorMessage",
    "StreamOverflowError",
    "Subscription",
    "SubscriptionEvent",
    "SubscriptionStats",
    "SyncKalshiWebSocket",
    "SyncPerpsWebSocket",
    "SyncSubscription",
    "SyncWebSocketClient",
    "UnknownMessage",
    "WebSocketClosedError",
    "WebSocketCommandError",
    "WebSocketConnectionError",
    "WebSocketDependencyError",
    "WebSocketError",
    "WebSocketTimeoutError",
    "WsApi",
]
