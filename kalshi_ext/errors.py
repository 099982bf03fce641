"""Every exception kalshi_ext raises, and kalshi-sdk's names for them (``from kalshi_ext.errors import ...``).

The tree is documented in :mod:`kalshi_ext` (and ``help(kalshi_ext.errors)``); every class is also
importable from ``kalshi_ext`` itself. kalshi-sdk's names are aliases of the same classes, so an
``except KalshiNotFoundError`` written for kalshi-sdk catches what kalshi_ext raises:

==========================  ==========================================================
kalshi-sdk name             kalshi_ext class
==========================  ==========================================================
``KalshiAuthError``         ``KalshiAuthError`` (base of 401, 403 and AuthRequiredError)
``AuthRequiredError``       ``AuthRequiredError`` (no credentials; nothing was sent)
``KalshiNotFoundError``     ``NotFoundError`` (404)
``KalshiValidationError``   ``BadRequestError`` (400; ``details`` as sent by Kalshi)
``KalshiConflictError``     ``ConflictError`` (409)
``KalshiRateLimitError``    ``RateLimitedError`` (429; ``retry_after``)
``KalshiServerError``       ``ServerError`` (5xx)
``KalshiTimeoutError``      ``KalshiTimeoutError`` (the same name)
``KalshiNetworkError``      ``KalshiConnectionError`` (DNS, refused, reset, TLS)
``KalshiWebSocketError``    ``kalshi_ext.ws.WebSocketError``
``KalshiSubscriptionError`` ``kalshi_ext.ws.WebSocketCommandError``
``KalshiBackpressureError`` ``kalshi_ext.ws.StreamOverflowError``
==========================  ==========================================================

kalshi-sdk's ``KalshiConnectionError`` is a WebSocket error, while kalshi_ext's is the REST
connection failure: that one name is not aliased (see docs/migration.md).
``status_code`` is on every class (None where there is no HTTP status), beside ``status``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import (
    AuthenticationError,
    AuthRequiredError,
    BadRequestError,
    ConflictError,
    KalshiAPIError,
    KalshiAuthError,
    KalshiConfigurationError,
    KalshiConnectionError,
    KalshiError,
    KalshiResponseError,
    KalshiTimeoutError,
    KalshiTransportError,
    NotFoundError,
    OrderStatusUnknownError,
    PaginationError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from .ws import StreamOverflowError as KalshiBackpressureError
    from .ws import WebSocketCommandError as KalshiSubscriptionError
    from .ws import WebSocketError as KalshiWebSocketError

KalshiNotFoundError = NotFoundError
KalshiValidationError = BadRequestError
KalshiConflictError = ConflictError
KalshiRateLimitError = RateLimitedError
KalshiServerError = ServerError
KalshiNetworkError = KalshiConnectionError

# kalshi-sdk name -> kalshi_ext.ws class (loaded on first use: the ws package is not needed otherwise)
WEBSOCKET_ALIASES = {
    "KalshiWebSocketError": "WebSocketError",
    "KalshiSubscriptionError": "WebSocketCommandError",
    "KalshiBackpressureError": "StreamOverflowError",
}
# kalshi-sdk name -> kalshi_ext name, for everything above (docs and tests read it).
KALSHI_SDK_ALIASES = {
    "KalshiAuthError": "KalshiAuthError",
    "AuthRequiredError": "AuthRequiredError",
    "KalshiNotFoundError": "NotFoundError",
    "KalshiValidationError": "BadRequestError",
    "KalshiConflictError": "ConflictError",
    "KalshiRateLimitError": "RateLimitedError",
    "KalshiServerError": "ServerError",
    "KalshiTimeoutError": "KalshiTimeoutError",
    "KalshiNetworkError": "KalshiConnectionError",
    **{name: f"ws.{target}" for name, target in WEBSOCKET_ALIASES.items()},
}

__all__ = [
    "AuthRequiredError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "KalshiAPIError",
    "KalshiAuthError",
    "KalshiBackpressureError",
    "KalshiConfigurationError",
    "KalshiConflictError",
    "KalshiConnectionError",
    "KalshiError",
    "KalshiNetworkError",
    "KalshiNotFoundError",
    "KalshiRateLimitError",
    "KalshiResponseError",
    "KalshiServerError",
    "KalshiSubscriptionError",
    "KalshiTimeoutError",
    "KalshiTransportError",
    "KalshiValidationError",
    "KalshiWebSocketError",
    "NotFoundError",
    "OrderStatusUnknownError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitedError",
    "ServerError",
    "UnprocessableEntityError",
]


def __getattr__(name: str) -> Any:
    target = WEBSOCKET_ALIASES.get(name)
    if target is None:
        raise AttributeError(f"module 'kalshi_ext.errors' has no attribute {name!r}")
    from . import ws

    value = getattr(ws, target)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
