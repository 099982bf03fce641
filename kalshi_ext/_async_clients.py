"""Asynchronous clients: AsyncKalshiClient, AsyncPerpsClient and AsyncKlearClient.

They mirror the synchronous clients one for one (a parity test keeps it so); RSA signing runs
in a small worker pool so the event loop stays free while a signature is computed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

import httpx
from kalshi_ext_resources.klear import AsyncKlearResources
from kalshi_ext_resources.perps import AsyncPerpsResources
from kalshi_ext_resources.trade import AsyncTradeResources
from kalshi_klear_api.client import Client as KlearGeneratedClient
from kalshi_perps_api.client import Client as PerpsGeneratedClient
from kalshi_trade_api.client import Client as TradeGeneratedClient

from . import _response_fields  # noqa: F401  (installs the generated models' field-error hook)
from ._auth import check_user_headers
from ._base import ClientCore, ClientSettings, DetailedResponse
from ._call_options import AsyncOptionsTransport, OptionsAwareCore
from ._client_init import KlearClientInit, SigningClientInit
from ._config import PERPS_PREFIXES, TRADE_PREFIXES
from ._environments import PERPS, PREDICTION
from ._errors import KalshiConfigurationError, KalshiError
from ._frames import install as _install_frames
from ._invoker import AsyncInvoker
from ._items import AsyncItems
from ._pagination import all_pages_method
from ._ratelimit import RateLimits
from ._transport import AsyncKalshiTransport
from ._transport_core import RESPONSE_SEEN, WrongModeTransport
from ._urls import EnvironmentName
from ._views import AsyncViewsMixin
from .keys._mixins import AsyncApiKeysMixin

if TYPE_CHECKING:
    from kalshi_ext_resources._protocol import AsyncInvoker as _InvokerProtocol

    from ._order_compat import AsyncOrdersResource
    from ._safe_orders import AsyncSafePerpsOrdersResource
    from .fix import AsyncFixClient
    from .ws import KalshiWebSocket, PerpsWebSocket

G = TypeVar("G")
T = TypeVar("T")
M = TypeVar("M")
_install_frames()  # page.to_pandas() / to_polars()


class _AsyncClient(AsyncViewsMixin, Generic[G]):
    """Behaviour shared by every asynchronous client."""

    _INVOKER = AsyncInvoker

    _core: ClientCore
    _invoker: _InvokerProtocol
    _http: httpx.AsyncClient
    _transport: AsyncKalshiTransport

    def _setup(self, settings: ClientSettings, transport: httpx.AsyncBaseTransport | None) -> None:
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise KalshiConfigurationError("transport must be an httpx.AsyncBaseTransport")
        tcore = OptionsAwareCore(auth=settings.auth, retry=settings.retry, environment=settings.endpoint.environment)
        tcore.host = httpx.URL(settings.endpoint.base_url).host
        self._core = ClientCore(settings, tcore)
        self._invoker = AsyncInvoker(self._call)  # what the generated resource facade calls
        inner = transport if transport is not None else httpx.AsyncHTTPTransport(proxy=settings.proxy)
        self._transport = AsyncKalshiTransport(tcore, AsyncOptionsTransport(inner))
        options = self._core.httpx_options()
        self._http = httpx.AsyncClient(transport=self._transport, **options)
        self._core.generated.set_async_httpx_client(self._http)
        # The sync slot would otherwise lazily build a plain, unauthenticated httpx client.
        misuse = f"{type(self).__name__} is asynchronous: call the generated asyncio_detailed()/asyncio() with it"
        self._core.generated.set_httpx_client(
            httpx.Client(transport=WrongModeTransport(misuse), base_url=options["base_url"])
        )

    @property
    def raw(self) -> G:
        """The generated ``Client`` this client drives.

        Pass it to any generated endpoint coroutine (``await asyncio_detailed(client=kalshi.raw)``):
        the call goes through this client's auth, retries, rate limits and error mapping.
        """
        return self._core.generated  # type: ignore[no-any-return]

    @property
    def base_url(self) -> str:
        """The base URL requests go to (``.../trade-api/v2`` or ``.../klear-api/v1``)."""
        return self._core.settings.endpoint.base_url

    @property
    def environment(self) -> EnvironmentName:
        """``"production"``, ``"demo"`` or ``"custom"`` (an explicitly allowed other host)."""
        return self._core.settings.endpoint.environment

    async def _call(self, fn: Callable[..., Awaitable[DetailedResponse[T]]], /, **kwargs: Any) -> T:
        """Await a generated ``asyncio_detailed`` function with this client; return its success model.

        Raises: as :meth:`KalshiClient._call`.
        """
        core = self._core
        core.require_auth(fn)
        kwargs = core.prepare_arguments(fn, kwargs)
        token = RESPONSE_SEEN.set(False)
        try:
            with self._applied():
                response = await fn(client=core.generated, **kwargs)
        except KalshiError:
            raise
        except Exception as exc:
            raise core.call_failed(fn, exc, RESPONSE_SEEN.get()) from exc
        finally:
            RESPONSE_SEEN.reset(token)
        return core.unwrap(fn, response)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Send one request relative to :attr:`base_url` and return the decoded JSON (None if empty).

        Raises: as :meth:`KalshiClient.request`.
        """
        method, path = self._core.check_request(method, path)
        extra = check_user_headers(headers)
        try:
            with self._applied():
                response = await self._http.request(method, path, params=params, json=json, headers=extra)
        except KalshiError:
            raise
        except (TypeError, ValueError, httpx.HTTPError) as exc:  # unencodable params/json, invalid URL
            raise self._core.bad_arguments(exc) from exc
        return self._core.decode_json(response)

    def paginate(
        self, method: Callable[..., Awaitable[Iterable[M]]], /, *, max_pages: int | None = None, **params: Any
    ) -> AsyncItems[M]:
        """Every item of every page of a facade list method: ``async for m in kalshi.paginate(kalshi.markets.list)``.

        The same as the method's ``*_all`` twin (``kalshi.markets.list_all``), typed by the page's item.

        Raises:
            KalshiConfigurationError: ``method`` is not a cursor-paginated list method.
            PaginationError: the server repeated a cursor.
        """
        return cast("AsyncItems[M]", all_pages_method(method)(max_pages=max_pages, **params))

    async def close(self) -> None:
        """Close connections and the signing pool. Safe to call twice; a no-op on a view."""
        if not self._core.closed and not self._is_view:
            self._core.closed = True
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return self._core.describe(type(self).__name__)


class _AsyncSigningClient(_AsyncClient[G], SigningClientInit[httpx.AsyncBaseTransport]):
    def _enable_auto_limits(self) -> None:
        self._transport.auto_limits.state = "pending"
        self._transport.auto_loader = self._load_rate_limits_quietly

    async def _load_rate_limits_quietly(self) -> None:
        await self.load_rate_limits()

    async def load_rate_limits(self) -> RateLimits:
        """Fetch this account's limits and endpoint costs and turn client-side rate limiting on.

        Raises: as :meth:`KalshiClient.load_rate_limits`.
        """
        self._require_signer()
        limits_json = await self.request("GET", self._LIMITS_PATH)
        try:
            costs_json = await self.request("GET", "/account/endpoint_costs")
        except KalshiError:
            costs_json = None
        limits = self._limits_from(limits_json, costs_json)
        self._core.install_limits(limits)
        return limits


class AsyncKalshiClient(_AsyncSigningClient[TradeGeneratedClient], AsyncTradeResources, AsyncApiKeysMixin):
    """Asynchronous client for the prediction-market Trade API v2.

    Arguments, environment variables and errors as for :class:`KalshiClient`; ``transport`` is
    an ``httpx.AsyncBaseTransport``. Use ``async with`` or ``await client.close()``.
    """

    _API = PREDICTION
    _API_KEY = "trade"
    _ENV_PREFIXES = TRADE_PREFIXES
    _LIMITS_PATH = "/account/limits"

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """``orders``: the V2 order calls (``create_v2`` never places twice), kalshi-sdk's ``create``/``amend``
        mapped onto them, and ``cancel``/``decrease`` (``cancel_v2``/``decrease_v2``)."""
        from ._order_compat import AsyncOrdersResource

        return AsyncOrdersResource(self._invoker)

    def websocket(self, **options: Any) -> KalshiWebSocket:
        """A WebSocket client (asyncio) sharing this client's signer and environment.

        ``options``: the WebSocket client's other keywords (queue_size, reconnect, url, ...).

        Raises:
            KalshiConfigurationError: credentials or ``demo`` in ``options``; a custom
                ``base_url`` on this client without ``url``.
        """
        from .ws import KalshiWebSocket

        return KalshiWebSocket.from_client(self, **options)

    def fix(self, session: str = "RT", **options: Any) -> AsyncFixClient:
        """A FIX session (``"RT"``, ``"NR"``, ``"DC"``, ...) sharing this client's signer and environment.

        ``options``: the FIX client's other keywords (store, heartbeat_interval, reconnect, ...);
        see docs/fix.md. Nothing connects until ``logon()`` (or ``with``).

        Raises:
            KalshiConfigurationError: credentials or ``demo`` in ``options``; an unauthenticated
                client; a custom ``base_url`` on this client without ``host``; a bad option.
        """
        from .fix import AsyncFixClient

        return AsyncFixClient.from_client(self, session, **options)


class AsyncPerpsClient(_AsyncSigningClient[PerpsGeneratedClient], AsyncPerpsResources):
    """Asynchronous client for the Perps (margin) Trade API; see :class:`PerpsClient`."""

    _API = PERPS
    _API_KEY = "perps"
    _ENV_PREFIXES = PERPS_PREFIXES
    _LIMITS_PATH = "/account/limits/perps"

    @cached_property
    def orders(self) -> AsyncSafePerpsOrdersResource:
        """``orders``, with order placement that never duplicates (see ``create``)."""
        from ._safe_orders import AsyncSafePerpsOrdersResource

        return AsyncSafePerpsOrdersResource(self._invoker)

    def websocket(self, **options: Any) -> PerpsWebSocket:
        """A WebSocket client (asyncio) sharing this client's signer and environment.

        ``options``: the WebSocket client's other keywords (queue_size, reconnect, url, ...).

        Raises:
            KalshiConfigurationError: credentials or ``demo`` in ``options``; a custom
                ``base_url`` on this client without ``url``.
        """
        from .ws import PerpsWebSocket

        return PerpsWebSocket.from_client(self, **options)

    def fix(self, session: str = "RT", **options: Any) -> AsyncFixClient:
        """A FIX session (``"RT"``, ``"NR"``, ``"DC"``, ...) sharing this client's signer and environment.

        ``options``: the FIX client's other keywords (store, heartbeat_interval, reconnect, ...);
        see docs/fix.md. Nothing connects until ``logon()`` (or ``with``).

        Raises:
            KalshiConfigurationError: credentials or ``demo`` in ``options``; an unauthenticated
                client; a custom ``base_url`` on this client without ``host``; a bad option.
        """
        from .fix import AsyncFixClient

        return AsyncFixClient.from_client(self, session, **options)


class AsyncKlearClient(
    _AsyncClient[KlearGeneratedClient], AsyncKlearResources, KlearClientInit[httpx.AsyncBaseTransport]
):
    """Asynchronous client for the Klear API v1; see :class:`KlearClient`.

    ``AsyncKlearClient(admin_user_id=..., access_token=..., demo=True)``; both credentials are
    required and keyword-only. Environment: ``KALSHI_KLEAR_ADMIN_USER_ID``,
    ``KALSHI_KLEAR_ACCESS_TOKEN``, ``KALSHI_KLEAR_DEMO``.
    """
