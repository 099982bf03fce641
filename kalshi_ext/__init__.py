"""kalshi-ext: a typed Python SDK for Kalshi's Trade, Perps and Klear APIs.

Importing this package is cheap: the clients (and with them httpx and cryptography) load on
first use of a name, through PEP 562 ``__getattr__``. The error classes load eagerly; they
depend on nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    KalshiAPIError,
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
    from ._apikey_types import ApiKeySaveError, SavedApiKey
    from ._async_clients import AsyncKalshiClient, AsyncKlearClient, AsyncPerpsClient
    from ._auth import KlearAuth
    from ._keyfile import KeyFileError
    from ._keys import load_private_key
    from ._ratelimit import Bucket, EndpointCost, RateLimits
    from ._retry import RetryPolicy
    from ._signing import RequestSigner
    from ._sync_clients import KalshiClient, KlearClient, PerpsClient
    from .ws import KalshiWebSocket, PerpsWebSocket, SyncKalshiWebSocket, SyncPerpsWebSocket

__all__ = [
    "ApiKeySaveError",
    "AsyncKalshiClient",
    "AsyncKlearClient",
    "AsyncPerpsClient",
    "AuthenticationError",
    "BadRequestError",
    "Bucket",
    "ConflictError",
    "EndpointCost",
    "KalshiAPIError",
    "KalshiClient",
    "KalshiConfigurationError",
    "KalshiConnectionError",
    "KalshiError",
    "KalshiResponseError",
    "KalshiTimeoutError",
    "KalshiTransportError",
    "KalshiWebSocket",
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
    "ApiKeySaveError": "._apikey_types",
    "SavedApiKey": "._apikey_types",
    "KeyFileError": "._keyfile",
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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        if name == "__version__":
            from importlib.metadata import PackageNotFoundError, version

            try:
                return version("kalshi-ext")
            except PackageNotFoundError:
                return "0+unknown"
        raise AttributeError(f"module 'kalshi_ext' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
