"""kalshi-ext: a typed Python SDK for Kalshi's Trade, Perps and Klear APIs.

Importing this package is cheap: the clients (and with them httpx and cryptography) load on
first use of a name, through PEP 562 ``__getattr__``. The error classes load eagerly; they
depend on nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# One list of error classes, kept in ``errors`` (kalshi-sdk's alias names included).
from .errors import (
    AuthenticationError,
    AuthRequiredError,
    BadRequestError,
    ConflictError,
    KalshiAPIError,
    KalshiAuthError,
    KalshiConfigurationError,
    KalshiConflictError,
    KalshiConnectionError,
    KalshiError,
    KalshiNetworkError,
    KalshiNotFoundError,
    KalshiRateLimitError,
    KalshiResponseError,
    KalshiServerError,
    KalshiTimeoutError,
    KalshiTransportError,
    KalshiValidationError,
    NotFoundError,
    OrderStatusUnknownError,
    PaginationError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from ._async_clients import AsyncKalshiClient, AsyncKlearClient, AsyncPerpsClient
    from ._auth import KlearAuth
    from ._keys import load_private_key
    from ._ratelimit import Bucket, EndpointCost, RateLimits
    from ._retry import RetryPolicy
    from ._signing import RequestSigner
    from ._sync_clients import KalshiClient, KlearClient, PerpsClient
    from .errors import KalshiBackpressureError, KalshiSubscriptionError, KalshiWebSocketError
    from .keys import ApiKeySaveError, KeyFileError, SavedApiKey
    from .ws import KalshiWebSocket, PerpsWebSocket, SyncKalshiWebSocket, SyncPerpsWebSocket

__all__ = [
    "ApiKeySaveError",
    "AsyncKalshiClient",
    "AsyncKlearClient",
    "AsyncPerpsClient",
    "AuthRequiredError",
    "AuthenticationError",
    "BadRequestError",
    "Bucket",
    "ConflictError",
    "EndpointCost",
    "KalshiAPIError",
    "KalshiAuthError",
    "KalshiBackpressureError",
    "KalshiClient",
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
    "KalshiWebSocket",
    "KalshiWebSocketError",
    "KeyFileError",
    "KlearAuth",
    "KlearClient",
    "NotFoundError",
    "OrderStatusUnknownError",
    "PaginationError",
    "PermissionDeniedError",
    "PerpsClient",
    "PerpsWebSocket",
    "RateLimitedError",
    "RateLimits",
    "RequestSigner",
    "RetryPolicy",
    "SavedApiKey",
    "ServerError",
    "SyncKalshiWebSocket",
    "SyncPerpsWebSocket",
    "UnprocessableEntityError",
    "load_private_key",
]

_LAZY = {
    "KalshiWebSocketError": ".errors",
    "KalshiSubscriptionError": ".errors",
    "KalshiBackpressureError": ".errors",
    "ApiKeySaveError": ".keys",
    "SavedApiKey": ".keys",
    "KeyFileError": ".keys",
    "KalshiWebSocket": ".ws",
    "PerpsWebSocket": ".ws",
    "SyncKalshiWebSocket": ".ws",
    "SyncPerpsWebSocket": ".ws",
    "KalshiClient": "._sync_clients",
    "PerpsClient": "._sync_clients",
    "KlearClient": "._sync_clients",
    "AsyncKalshiClient": "._async_clients",
    "AsyncPerpsClient": "._async_clients",
    "AsyncKlearClient": "._async_clients",
    "KlearAuth": "._auth",
    "RequestSigner": "._signing",
    "load_private_key": "._keys",
    "RetryPolicy": "._retry",
    "RateLimits": "._ratelimit",
    "Bucket": "._ratelimit",
    "EndpointCost": "._ratelimit",
}


_SUBMODULES = ("errors", "keys", "models", "ws")


def _publish(value: Any) -> Any:
    """Show a class under its public path (``kalshi_ext.NotFoundError``, not ``kalshi_ext._errors...``)
    in tracebacks and reprs; pickling finds it there too."""
    if isinstance(value, type) and value.__module__.startswith("kalshi_ext._"):
        value.__module__ = "kalshi_ext"
    return value


for _name in __all__:
    if _name in globals():
        _publish(globals()[_name])
del _name


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        if name == "__version__":
            from importlib.metadata import PackageNotFoundError, version

            try:
                return version("kalshi-ext")
            except PackageNotFoundError:
                return "0+unknown"
        raise AttributeError(f"module 'kalshi_ext' has no attribute {name!r}")
    value = _publish(getattr(importlib.import_module(module, __name__), name))
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    # Only what users may type: the public names, the public subpackages and __version__.
    return sorted({*__all__, *_SUBMODULES, "__version__"})
