"""Constructors and ``from_env`` shared by the sync and async clients (they do no I/O).

The mixins are generic in the inner transport type (``httpx.BaseTransport`` for sync clients,
``httpx.AsyncBaseTransport`` for async ones); the sync/async shells provide ``_setup``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

from ._auth import KlearAuth
from ._base import DEFAULT_TIMEOUT_S, ClientSettings, RateLimitOption, build_settings, build_signer
from ._bounded import DEFAULT_MAX_RESPONSE_BYTES
from ._config import HostEnv, SigningEnv, read_host_env, read_klear_env, read_signing_env
from ._environments import KLEAR, ApiSpec
from ._errors import KalshiConfigurationError
from ._options import apply_host_env, env_client_options
from ._ratelimit import RateLimits
from ._retry import RetryPolicy
from ._secrets import without_traceback
from ._signing import RequestSigner

if TYPE_CHECKING:
    from ._keys import PrivateKey

TR = TypeVar("TR")
C = TypeVar("C")


class SigningClientInit(Generic[TR]):
    """Construction of clients authenticated with an API key (Trade and Perps APIs)."""

    _API: ClassVar[ApiSpec]
    _API_KEY: ClassVar[str | None] = None  # "trade" or "perps": which host variables from_env reads
    _ENV_PREFIXES: ClassVar[tuple[str, ...]]
    _LIMITS_PATH: ClassVar[str]
    _signer: RequestSigner | None
    _env_ws_options: Mapping[str, Any] = MappingProxyType({})  # from the WebSocket URL variable, for websocket()

    if TYPE_CHECKING:

        def _setup(self, settings: ClientSettings, transport: TR | None) -> None: ...

        def _enable_auto_limits(self) -> None: ...

    def __init__(
        self,
        *,
        key_id: str | None = None,
        private_key: str | bytes | PrivateKey | None = None,
        private_key_path: str | os.PathLike[str] | None = None,
        private_key_passphrase: str | bytes | None = None,
        demo: bool = False,
        base_url: str | None = None,
        allow_custom_host: bool = False,
        timeout: float = DEFAULT_TIMEOUT_S,
        connect_timeout: float | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitOption = None,
        headers: Mapping[str, str] | None = None,
        proxy: str | None = None,
        transport: TR | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        try:
            signer = build_signer(
                key_id=key_id,
                private_key=private_key,
                private_key_path=private_key_path,
                private_key_passphrase=private_key_passphrase,
            )
        except KalshiConfigurationError as exc:
            failure: KalshiConfigurationError | None = exc
        else:
            failure = None
        # Key material leaves this frame before anything else can fail: error reporters capture
        # the locals of every frame in a traceback.
        del private_key, private_key_passphrase
        if failure is not None:
            raise without_traceback(failure)
        settings = build_settings(
            self._API,
            signer,
            demo=demo,
            base_url=base_url,
            allow_custom_host=allow_custom_host,
            timeout=timeout,
            connect_timeout=connect_timeout,
            retry=retry,
            rate_limit=rate_limit,
            headers=headers,
            proxy=proxy,
            max_response_bytes=max_response_bytes,
        )
        self._signer = signer
        self._setup(settings, transport)
        if rate_limit == "auto":
            self._enable_auto_limits()

    @classmethod
    def from_env(cls, *, demo: bool | None = None, env: Mapping[str, str] | None = None, **options: Any) -> Self:
        """Build a client from environment variables (names in the class docstring).

        Without any credential variable the client is unauthenticated (public endpoints only).
        ``demo`` overrides the ``DEMO`` variable; ``env`` replaces ``os.environ`` (tests);
        ``options`` are the other constructor keywords (``timeout``, ``base_url``, ...). The
        base-URL variable (``KALSHI_API_BASE_URL`` / ``KALSHI_PERPS_API_BASE_URL``) is used
        unless ``base_url=`` is given; a host that is not Kalshi's needs the matching
        ``..._ALLOW_UNKNOWN_HOST=1`` (or ``allow_custom_host=True``). The WebSocket URL variable
        (``KALSHI_WS_BASE_URL`` / ``KALSHI_PERPS_WS_BASE_URL``) is checked by the same rules now
        and used by ``websocket()`` unless it is given ``url=``.

        Raises:
            KalshiConfigurationError: incomplete or conflicting variables (named, never their
                values), a refused base-URL or WebSocket URL variable (named), credentials
                passed in ``options``, and everything the constructor raises.
        """
        found = read_signing_env(os.environ if env is None else env, cls._ENV_PREFIXES)
        hosts = read_host_env(os.environ if env is None else env, cls._API_KEY)
        del env  # a mapping holding the PEM text: keep it out of this frame's locals
        kwargs = env_client_options(options, demo, found.demo)
        if hosts.base_url is not None:
            kwargs = apply_host_env(cls._API, kwargs, hosts)
        ws_options = _checked_ws_variable(cls._API, cls._API_KEY, hosts, kwargs)
        add_env_credentials(kwargs, found, cls._ENV_PREFIXES)
        del found  # holds the PEM text and passphrase read from the environment
        client = construct(cls, kwargs)
        if ws_options:
            client._env_ws_options = MappingProxyType(ws_options)
        return client

    def _websocket_options(self, options: dict[str, Any]) -> dict[str, Any]:
        """``websocket()`` options, with the WebSocket URL variable read by ``from_env`` unless ``url`` is given."""
        if options.get("url") is not None or not self._env_ws_options:
            return options
        return {**self._env_ws_options, **{k: v for k, v in options.items() if k != "url"}}

    @property
    def is_authenticated(self) -> bool:
        """Whether the client signs its requests (False: public endpoints only)."""
        return self._signer is not None

    @property
    def signer(self) -> RequestSigner | None:
        """The request signer (None when unauthenticated); reusable for WebSocket and FIX auth."""
        return self._signer

    def _limits_from(self, limits_json: Any, costs_json: Any) -> RateLimits:
        if not isinstance(limits_json, Mapping):
            raise KalshiConfigurationError("the account limits answer is not a JSON object")
        return RateLimits.from_account(limits_json, costs_json if isinstance(costs_json, Mapping) else None)

    def _require_signer(self) -> None:
        if self._signer is None:
            raise KalshiConfigurationError("loading account rate limits needs credentials")


def add_env_credentials(kwargs: dict[str, Any], found: SigningEnv, prefixes: tuple[str, ...]) -> None:
    """Put the API key found in the environment into the constructor keywords ``kwargs``.

    Raises:
        KalshiConfigurationError: a key id without a private key or the reverse (variables named).
    """
    if not found.has_any_credential:
        return
    first = prefixes[0]
    if found.key_id is None:
        raise KalshiConfigurationError(f"a private key is set in the environment but {first}API_KEY_ID is not")
    if found.private_key is None and found.private_key_path is None:
        raise KalshiConfigurationError(
            f"{found.key_id_var} is set but neither {first}PRIVATE_KEY_PATH nor {first}PRIVATE_KEY is"
        )
    kwargs.update(
        key_id=found.key_id,
        private_key=found.private_key,
        private_key_path=found.private_key_path,
        private_key_passphrase=found.passphrase,
    )


def construct(cls: Callable[..., C], kwargs: dict[str, Any]) -> C:
    """``cls(**kwargs)`` for ``from_env``: on failure the keywords (key material) are cleared and the
    error is raised without the traceback that reaches them.

    Raises:
        KalshiConfigurationError: whatever the constructor raises.
    """
    try:
        return cls(**kwargs)
    except KalshiConfigurationError as exc:
        failure = exc
    kwargs.clear()  # error reporters capture frame locals
    raise without_traceback(failure)


def _checked_ws_variable(api: ApiSpec, api_key: str | None, hosts: HostEnv, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The ``websocket()`` options from the WebSocket URL variable, checked against the REST
    client's environment (demo or not) as ``websocket()`` will use it.

    Raises:
        KalshiConfigurationError: the variable's URL is refused (named).
    """
    if hosts.ws_url is None or api_key is None:
        return {}
    from ._environments import resolve_base_url
    from .ws._env import WS_HOSTS, ws_url_options

    demo = bool(kwargs.get("demo"))
    allow = bool(kwargs.get("allow_custom_host", False))
    if kwargs.get("base_url") is not None:
        try:
            rest = resolve_base_url(api, demo=demo, base_url=kwargs["base_url"], allow_custom_host=allow)
        except KalshiConfigurationError:
            return {}  # the constructor raises this one
        demo = rest.environment == "demo"
    return ws_url_options(WS_HOSTS[api_key], hosts, demo=demo, allow_custom_host=allow)


class KlearClientInit(Generic[TR]):
    """Construction of Klear clients (Bearer ``admin_user_id:access_token``)."""

    _credentials: KlearAuth

    if TYPE_CHECKING:

        def _setup(self, settings: ClientSettings, transport: TR | None) -> None: ...

    def __init__(
        self,
        *,
        admin_user_id: str,
        access_token: str,
        demo: bool = False,
        base_url: str | None = None,
        allow_custom_host: bool = False,
        timeout: float = DEFAULT_TIMEOUT_S,
        connect_timeout: float | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimits | None = None,
        headers: Mapping[str, str] | None = None,
        proxy: str | None = None,
        transport: TR | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        credentials = KlearAuth(admin_user_id, access_token)
        settings = build_settings(
            KLEAR,
            credentials,
            demo=demo,
            base_url=base_url,
            allow_custom_host=allow_custom_host,
            timeout=timeout,
            connect_timeout=connect_timeout,
            retry=retry,
            rate_limit=rate_limit,
            headers=headers,
            proxy=proxy,
            max_response_bytes=max_response_bytes,
            auto_limits_supported=False,
        )
        self._credentials = credentials
        self._setup(settings, transport)

    @classmethod
    def from_env(cls, *, demo: bool | None = None, env: Mapping[str, str] | None = None, **options: Any) -> Self:
        """Build a client from ``KALSHI_KLEAR_ADMIN_USER_ID`` / ``KALSHI_KLEAR_ACCESS_TOKEN``.

        ``demo`` overrides ``KALSHI_KLEAR_DEMO``; ``env`` replaces ``os.environ``; ``options``
        are the other constructor keywords. ``KALSHI_KLEAR_API_BASE_URL`` (with
        ``KALSHI_KLEAR_ALLOW_UNKNOWN_HOST`` for a host that is not Kalshi's) sets the base URL
        unless ``base_url=`` is given.

        Raises:
            KalshiConfigurationError: a missing variable (named, never its value) and everything
                the constructor raises.
        """
        environ = os.environ if env is None else env
        found = read_klear_env(environ)
        kwargs = apply_host_env(KLEAR, env_client_options(options, demo, found.demo), read_host_env(environ, "klear"))
        return cls(admin_user_id=found.admin_user_id, access_token=found.access_token, **kwargs)

    @property
    def credentials(self) -> KlearAuth:
        """The Bearer credential holder (its token is redacted from ``repr()``)."""
        return self._credentials
