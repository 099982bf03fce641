"""The public surface: pinned ``__all__``, cheap lazy import, and sync/async parity."""

from __future__ import annotations

import inspect
import subprocess
import sys
from functools import cached_property
from typing import Any

import pytest

import kalshi_ext

EXPECTED_ALL = [
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


def test_all_is_pinned() -> None:
    assert kalshi_ext.__all__ == EXPECTED_ALL


def test_every_public_name_resolves() -> None:
    for name in kalshi_ext.__all__:
        assert getattr(kalshi_ext, name) is not None
    assert set(EXPECTED_ALL) <= set(dir(kalshi_ext))
    with pytest.raises(AttributeError):
        _ = kalshi_ext.NoSuchThing  # type: ignore[attr-defined]
    assert isinstance(kalshi_ext.__version__, str)


def test_error_tree() -> None:
    for name in EXPECTED_ALL:
        obj = getattr(kalshi_ext, name)
        if name.endswith("Error"):
            assert issubclass(obj, kalshi_ext.KalshiError)
    assert issubclass(kalshi_ext.ServerError, kalshi_ext.KalshiAPIError)
    assert issubclass(kalshi_ext.KalshiTimeoutError, kalshi_ext.KalshiTransportError)
    assert issubclass(kalshi_ext.KalshiConfigurationError, ValueError)


def test_import_is_lazy() -> None:
    code = (
        "import sys, kalshi_ext\n"
        "heavy = [m for m in ('httpx', 'cryptography', 'kalshi_trade_api', 'attrs') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "kalshi_ext.KalshiError\n"
        "assert 'httpx' not in sys.modules\n"
        "kalshi_ext.KalshiClient\n"
        "assert 'httpx' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


PAIRS = [
    (kalshi_ext.KalshiClient, kalshi_ext.AsyncKalshiClient),
    (kalshi_ext.PerpsClient, kalshi_ext.AsyncPerpsClient),
    (kalshi_ext.KlearClient, kalshi_ext.AsyncKlearClient),
]
SYNC_ONLY = {"__enter__", "__exit__"}
ASYNC_ONLY = {"__aenter__", "__aexit__"}


def _surface(cls: type) -> dict[str, Any]:
    names = {n for n in dir(cls) if not n.startswith("_")} | {"_call", "__init__"}
    return {name: inspect.getattr_static(cls, name) for name in names}


def _shape(member: Any) -> tuple[str, list[tuple[str, Any, Any]] | None]:
    if isinstance(member, property | cached_property):
        return ("property", None)
    func = member.__func__ if isinstance(member, classmethod | staticmethod) else member
    kind = type(member).__name__ if isinstance(member, classmethod | staticmethod) else "method"
    params = [(p.name, p.kind, p.default) for p in inspect.signature(func).parameters.values()]
    return (kind, params)


# Factories that do no I/O stay plain methods on both sides (websocket() returns the client of its kind).
NO_IO = ("websocket", "fix", "paginate", "with_options")  # these build objects; they send nothing


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS, ids=lambda c: c.__name__)
def test_sync_async_parity(sync_cls: type, async_cls: type) -> None:
    sync, asyn = _surface(sync_cls), _surface(async_cls)
    assert set(sync) == set(asyn)
    for name, member in sync.items():
        assert _shape(member) == _shape(asyn[name]), name
        if inspect.isfunction(member) and name not in ("__init__", *NO_IO):
            sync_is_coro = inspect.iscoroutinefunction(member)
            async_member = asyn[name]
            assert not sync_is_coro, f"{sync_cls.__name__}.{name} must be synchronous"
            assert inspect.iscoroutinefunction(async_member), f"{async_cls.__name__}.{name} must be async"
    for name in SYNC_ONLY:
        assert hasattr(sync_cls, name) and not hasattr(async_cls, name)
    for name in ASYNC_ONLY:
        assert hasattr(async_cls, name) and not hasattr(sync_cls, name)


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS, ids=lambda c: c.__name__)
def test_constructors_are_keyword_only(sync_cls: type, async_cls: type) -> None:
    for cls in (sync_cls, async_cls):
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params), cls.__name__


def test_facade_resources_do_not_shadow_client_attributes() -> None:
    from kalshi_ext_resources.klear import KlearResources
    from kalshi_ext_resources.perps import PerpsResources
    from kalshi_ext_resources.trade import TradeResources

    for client_cls, resources in zip(
        (kalshi_ext.KalshiClient, kalshi_ext.PerpsClient, kalshi_ext.KlearClient),
        (TradeResources, PerpsResources, KlearResources),
        strict=True,
    ):
        client_names = {n for base in client_cls.__mro__ if base is not resources for n in vars(base)}
        resource_names = {n for n in vars(resources) if not n.startswith("_")}
        # ``orders`` is replaced on purpose (placement that never duplicates), by a subclass.
        assert client_names & resource_names == ({"orders"} if client_cls is not kalshi_ext.KlearClient else set())
        for name in resource_names:
            assert isinstance(inspect.getattr_static(client_cls, name), cached_property)


def test_the_orders_override_extends_the_generated_resource() -> None:
    from kalshi_ext_resources.perps.orders import OrdersResource as PerpsOrders
    from kalshi_ext_resources.trade.orders import OrdersResource as TradeOrders

    with kalshi_ext.KalshiClient() as kalshi, kalshi_ext.PerpsClient() as perps:
        assert isinstance(kalshi.orders, TradeOrders) and type(kalshi.orders) is not TradeOrders
        assert isinstance(perps.orders, PerpsOrders) and type(perps.orders) is not PerpsOrders
