"""Synchronous clients: KalshiClient (Trade API v2), PerpsClient and KlearClient."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

import httpx
from kalshi_ext_resources.klear import KlearResources
from kalshi_ext_resources.perps import PerpsResources
from kalshi_ext_resources.trade import TradeResources
from kalshi_klear_api.client import Client as KlearGeneratedClient
from kalshi_perps_api.client import Client as PerpsGeneratedClient
from kalshi_trade_api.client import Client as TradeGeneratedClient

from . import _response_fields  # noqa: F401  (installs the generated models' field-error hook)
from ._auth import check_user_headers
from ._base import ClientCore, ClientSettings, DetailedResponse
from ._call_options import OptionsAwareCore, OptionsTransport
from ._client_init import KlearClientInit, SigningClientInit
from ._config import PERPS_PREFIXES, TRADE_PREFIXES
from ._environments import PERPS, PREDICTION
from ._errors import KalshiConfigurationError, KalshiError
from ._frames import install as _install_frames
from ._invoker import SyncInvoker
from ._items import Items
from ._pagination import all_pages_method
from ._ratelimit import RateLimits
from ._transport import KalshiTransport
from ._transport_core import RESPONSE_SEEN, WrongModeTransport
from ._urls import EnvironmentName
from ._views import SyncViewsMixin
from .keys._mixins import ApiKeysMixin

if TYPE_CHECKING:
    from kalshi_ext_resources._protocol import Invoker as _InvokerProtocol

    from ._order_compat import OrdersResource
    from ._safe_orders import SafePerpsOrdersResource
    from .fix import FixClient
    from .ws import SyncKalshiWebSocket, SyncPerpsWebSocket

G = TypeVar("G")
T = TypeVar("T")
M = TypeVar("M")
_install_frames()  # page.to_pandas() / to_polars()


class _SyncClient(SyncViewsMixin, Generic[G]):
    """Behaviour shared by every synchronous client."""

    _INVOKER = SyncInvoker

    _core: ClientCore
    _invoker: _InvokerProtocol
    _http: httpx.Client
    _transport: KalshiTransport

    def _setup(self, settings: ClientSettings, transport: httpx.BaseTransport | None) -> None:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise KalshiConfigurationError("transport must be an httpx.BaseTransport")
        tcore = OptionsAwareCore(auth=settings.auth, retry=settings.retry, environment=settings.endpoint.environment)
        tcore.host = httpx.URL(settings.endpoint.base_url).host
        self._core = ClientCore(settings, tcore)
        self._invoker = SyncInvoker(self._call)  # what the generated resource facade calls
        inner = transport if transport is not None else httpx.HTTPTransport(proxy=settings.proxy)
        self._transport = KalshiTransport(tcore, OptionsTransport(inner))
        options = self._core.httpx_options()
        self._http = httpx.Client(transport=self._transport, **options)
        self._core.generated.set_httpx_client(self._http)
        # The async slot would otherwise lazily build a plain, unauthenticated httpx client.
        misuse = f"{type(self).__name__} is synchronous: call the generated sync_detailed()/sync() functions with it"
        self._core.generated.set_async_httpx_client(
            httpx.AsyncClient(transport=WrongModeTransport(misuse), base_url=options["base_url"])
        )

    @property
    def raw(self) -> G:
        """The generated ``Client`` this client drives.

        Pass it to any generated endpoint function (``sync_detailed(client=kalshi.raw, ...)``):
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

    def _call(self, fn: Callable[..., DetailedResponse[T]], /, **kwargs: Any) -> T:
        """Call a generated ``sync_detailed`` function with this client; return its success model.

        This is the hook the resource facade builds on.

        Raises:
            KalshiConfigurationError: the operation needs credentials this client lacks, or the
                arguments are invalid (before any request).
            KalshiAPIError: an error status (subclass by status).
            KalshiTransportError: timeout or connection failure after retries.
            KalshiResponseError: a success body that the generated model cannot parse.
        """
        core = self._core
        core.require_auth(fn)
        kwargs = core.prepare_arguments(fn, kwargs)
        token = RESPONSE_SEEN.set(False)
        try:
            with self._applied():
                response = fn(client=core.generated, **kwargs)
        except KalshiError:
            raise
        except Exception as exc:
            raise core.call_failed(fn, exc, RESPONSE_SEEN.get()) from exc
        finally:
            RESPONSE_SEEN.reset(token)
        return core.unwrap(fn, response)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Send one request relative to :attr:`base_url` and return the decoded JSON (None if empty).

        Goes through the same auth, retries, rate limits and error mapping as generated calls.

        Raises:
            KalshiConfigurationError: bad method or path, reserved headers, a closed client.
            KalshiAPIError, KalshiTransportError, KalshiResponseError: as for generated calls.
        """
        method, path = self._core.check_request(method, path)
        extra = check_user_headers(headers)
        try:
            with self._applied():
                response = self._http.request(method, path, params=params, json=json, headers=extra)
        except KalshiError:
            raise
        except (TypeError, ValueError, httpx.HTTPError) as exc:  # unencodable params/json, invalid URL
            raise self._core.bad_arguments(exc) from exc
        return self._core.decode_json(response)

    def paginate(
        self, method: Callable[..., Iterable[M]], /, *, max_pages: int | None = None, **params: Any
    ) -> Items[M]:
        """Every item of every page of a facade list method: ``kalshi.paginate(kalshi.markets.list, status="open")``.

        The same as the method's ``*_all`` twin (``kalshi.markets.list_all``), typed by the page's
        item (``Items[Market]`` for ``markets.list``).

        Raises:
            KalshiConfigurationError: ``method`` is not a cursor-paginated list method.
            PaginationError: the server repeated a cursor.
        """
        return cast("Items[M]", all_pages_method(method)(max_pages=max_pages, **params))

    def close(self) -> None:
        """Close connections and release resources. Safe to call twice; a no-op on a view."""
        if not self._core.closed and not self._is_view:
            self._core.closed = True
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return self._core.describe(type(self).__name__)


class _SyncSigningClient(_SyncClient[G], SigningClientInit[httpx.BaseTransport]):
    def _enable_auto_limits(self) -> None:
        self._transport.auto_limits.state = "pending"
        self._transport.auto_loader = self.load_rate_limits

    def load_rate_limits(self) -> RateLimits:
        """Fetch this account's limits and endpoint costs and turn client-side rate limiting on.

        Raises:
            KalshiConfigurationError: the client has no credentials.
            KalshiError: the limits request failed (a failing endpoint-costs request only falls
                back to Kalshi's default cost).
        """
        self._require_signer()
        limits_json = self.request("GET", self._LIMITS_PATH)
        try:
            costs_json = self.request("GET", "/account/endpoint_costs")
        except KalshiError:
            costs_json = None
        limits = self._limits_from(limits_json, costs_json)
        self._core.install_limits(limits)
        return limits


class KalshiClient(_SyncSigningClient[TradeGeneratedClient], TradeResources, ApiKeysMixin):
    """Synchronous client for the prediction-market Trade API v2.

    Keyword-only arguments:
        key_id: API key id, with ``private_key`` or ``private_key_path``; omit all three for an
            unauthenticated client (public endpoints only).
        private_key: PEM text (str/bytes) or a loaded RSA/Ed25519 key object.
        private_key_path: path of a PEM file (``~`` is expanded).
        private_key_passphrase: for an encrypted PEM.
        demo: use the demo environment (every host of the client switches).
        base_url: another base URL (proxies, tests). Kalshi hosts must carry ``/trade-api/v2``;
            any other host, loopback included, needs ``allow_custom_host=True``.
        timeout: per-attempt timeout in seconds (0 < t <= 600); ``connect_timeout`` overrides
            the connect phase.
        retry: a :class:`RetryPolicy` (default: 4 attempts within 30 s, only safe retries).
        rate_limit: client-side limiting: None (default), ``"auto"`` (load this account's limits
            before the first request) or a :class:`RateLimits`. Off by default because Kalshi's
            limits depend on the account tier, which only an authenticated call reveals: a
            guessed default would either throttle higher tiers for nothing or fail to protect
            lower ones, and processes sharing a key defeat a per-process bucket anyway. The
            server stays the authority: reads are retried on 429, honouring ``Retry-After``.
        headers: extra headers (authentication headers are refused).
        proxy: proxy URL (proxy environment variables are not read).
        transport: the inner httpx transport (tests inject ``httpx.MockTransport``).

    Environment (``from_env``): ``KALSHI_API_KEY_ID`` (or ``KALSHI_KEY_ID``),
    ``KALSHI_PRIVATE_KEY_PATH`` or ``KALSHI_PRIVATE_KEY`` (PEM text),
    ``KALSHI_PRIVATE_KEY_PASSPHRASE``, ``KALSHI_DEMO``; ``KALSHI_API_BASE_URL`` and
    ``KALSHI_WS_BASE_URL`` (for :meth:`websocket`), with ``KALSHI_ALLOW_UNKNOWN_HOST`` for a host
    that is not Kalshi's.

    Raises:
        KalshiConfigurationError: any invalid argument, before any request.
    """

    _API = PREDICTION
    _API_KEY = "trade"
    _ENV_PREFIXES = TRADE_PREFIXES
    _LIMITS_PATH = "/account/limits"

    @cached_property
    def orders(self) -> OrdersResource:
        """``orders``: the V2 order calls (``create_v2`` never places twice), kalshi-sdk's ``create``/``amend``
        mapped onto them, and ``cancel``/``decrease`` (``cancel_v2``/``decrease_v2``)."""
        from ._order_compat import OrdersResource

        return OrdersResource(self._invoker)

    def websocket(self, **options: Any) -> SyncKalshiWebSocket:
        """A WebSocket client (synchronous facade) sharing this client's signer and environment.

        ``options``: the WebSocket client's other keywords (queue_size, reconnect, url, ...).

        Raises:
            KalshiConfigurationError: credentials or ``demo`` in ``options``; a custom
                ``base_url`` on this client without ``url``.
        """
        from .ws import SyncKalshiWebSocket

        return SyncKalshiWebSocket.from_client(self, **options)

    def fix(self, session: str = "RT", **options: Any) -> FixClient:
        """A FIX session (``"RT"``, ``"NR"``, ``"DC"``, ...) sharing this client's signer and environment.

        ``options``: the FIX client's other keywords (store, heartbeat_interval, reconnect, ...);
        see docs/fix.md. Nothing connects until ``logon()`` (or ``with``).

        Raises:
            KalshiConfigurationError: credentials or ``demo`` in ``options``; an unauthenticated
                client; a custom ``base_url`` on this client without ``host``; a bad option.
        """
        from .fix import FixClient

        return FixClient.from_client(self, session, **options)


class PerpsClient(_SyncSigningClient[PerpsGeneratedClient], PerpsResources):
    """Synchronous client for the Perps (margin) Trade API.

    Arguments as for :class:`KalshiClient`. Environment (``from_env``): the same names with the
    ``KALSHI_PERPS_`` prefix first, falling back to ``KALSHI_``. ``rate_limit="auto"`` reads
    ``GET /account/limits/perps``.
    """

    _API = PERPS
    _API_KEY = "perps"
    _ENV_PREFIXES = PERPS_PREFIXES
    _LIMITS_PATH = "/account/limits/perps"

    @cached_property
    def orders(self) -> SafePerpsOrdersResource:
        """``orders``, with order placement that never duplicates (see ``create``)."""
        from ._safe_orders import SafePerpsOrdersResource

        return SafePerpsOrdersResource(self._invoker)

    def websocket(self, **options: Any) -> SyncPerpsWebSocket:
        """A WebSocket client (synchronous facade) sharing this client's signer and environment.

        ``options``: the WebSocket client's other keywords (queue_size, reconnect, url, ...).

        Raises:
            KalshiConfigurationError: credentials or ``demo`` in ``options``; a custom
                ``base_url`` on this client without ``url``.
        """
        from .ws import SyncPerpsWebSocket

        return SyncPerpsWebSocket.from_client(self, **options)

    def fix(self, session: str = "RT", **options: Any) -> FixClient:
        """A FIX session (``"RT"``, ``"NR"``, ``"DC"``, ...) sharing this client's signer and environment.

        ``options``: the FIX client's other keywords (store, heartbeat_interval, reconnect, ...);
        see docs/fix.md. Nothing connects until ``logon()`` (or ``with``).

        Raises:
            KalshiConfigurationError: credentials or ``demo`` in ``options``; an unauthenticated
                client; a custom ``base_url`` on this client without ``host``; a bad option.
        """
        from .fix import FixClient

        return FixClient.from_client(self, session, **options)


class KlearClient(_SyncClient[KlearGeneratedClient], KlearResources, KlearClientInit[httpx.BaseTransport]):
    """Synchronous client for the Klear (self-clearing member) API v1.

    Sends ``Authorization: Bearer <admin_user_id>:<access_token>`` on every request. Both
    ``admin_user_id`` and ``access_token`` are required and keyword-only; generate the token on
    the Security page of https://klearing.kalshi.com and treat it as a secret. Other keywords
    as for :class:`KalshiClient`, except that ``rate_limit`` takes only None or a
    :class:`RateLimits` (Klear has no limits endpoint).

    Environment (``from_env``): ``KALSHI_KLEAR_ADMIN_USER_ID``, ``KALSHI_KLEAR_ACCESS_TOKEN``,
    ``KALSHI_KLEAR_DEMO``.

    Raises:
        KalshiConfigurationError: missing or malformed credentials and any invalid argument.
    """
