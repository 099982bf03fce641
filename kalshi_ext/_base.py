"""What every client shares, sync or async: settings validation, the generated-client wiring,
and turning generated results into return values or typed errors. No I/O happens here."""

from __future__ import annotations

import importlib
import json
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from ._arguments import check_call, prepare
from ._auth import HeaderAuth, check_user_headers
from ._bounded import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_BYTES, MAX_RESPONSE_BYTES_LIMIT
from ._environments import ApiSpec, ResolvedEndpoint, resolve_base_url
from ._errors import AuthRequiredError, KalshiConfigurationError, KalshiError, KalshiResponseError
from ._ratelimit import RateLimiter, RateLimits
from ._retry import RetryPolicy
from ._secrets import CALL_SECRETS, UNPARSED_BODY, hide_secrets_in_reprs, scrub, scrub_deep
from ._signing import RequestSigner
from ._transport_core import EXPECTED_PATH
from ._validate import check_bool, check_int, check_seconds

if TYPE_CHECKING:
    import httpx

    from ._keys import PrivateKey
    from ._transport_core import TransportCore

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

DEFAULT_TIMEOUT_S = 10.0
_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
RateLimitOption = RateLimits | Literal["auto"] | None


class DetailedResponse(Protocol[T_co]):
    """The generated ``Response[T]`` of any of the three generated packages."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def parsed(self) -> T_co | None: ...


@dataclass(frozen=True, slots=True)
class ClientSettings:
    """Validated constructor options of one client."""

    api: ApiSpec
    endpoint: ResolvedEndpoint
    auth: HeaderAuth | None
    timeout: float
    connect_timeout: float | None
    retry: RetryPolicy
    rate_limit: RateLimitOption
    headers: Mapping[str, str]
    proxy: str | None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    # The exchange's current time in Unix seconds: it bounds the order lookup (kalshi_ext._orders).
    clock: Callable[[], float] = time.time


def build_signer(
    *,
    key_id: str | None,
    private_key: str | bytes | PrivateKey | None,
    private_key_path: str | os.PathLike[str] | None,
    private_key_passphrase: str | bytes | None,
) -> RequestSigner | None:
    """Return a signer, or None when no credential at all was given (public endpoints only).

    Raises:
        KalshiConfigurationError: a key id without a key or the reverse, an empty key id, and
            every key-loading problem (see :func:`kalshi_ext.load_private_key`).
    """
    has_key = private_key is not None or private_key_path is not None
    if key_id is None and not has_key:
        if private_key_passphrase is not None:
            raise KalshiConfigurationError("private_key_passphrase given without private_key or private_key_path")
        return None
    if key_id is None:
        raise KalshiConfigurationError("a private key was given without key_id (the API key id it belongs to)")
    if not has_key:
        raise KalshiConfigurationError("key_id was given without private_key or private_key_path")
    return RequestSigner.from_key(
        key_id=key_id,
        private_key=private_key,
        private_key_path=private_key_path,
        private_key_passphrase=private_key_passphrase,
    )


def build_settings(
    api: ApiSpec,
    auth: HeaderAuth | None,
    *,
    demo: bool,
    base_url: str | None,
    allow_custom_host: bool,
    timeout: float,
    connect_timeout: float | None,
    retry: RetryPolicy | None,
    rate_limit: RateLimitOption,
    headers: Mapping[str, str] | None,
    proxy: str | None,
    auto_limits_supported: bool = True,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    clock: Callable[[], float] | None = None,
) -> ClientSettings:
    """Validate the options every client shares.

    Raises:
        KalshiConfigurationError: see :func:`resolve_base_url`; non-bool flags; bad timeouts;
            a ``retry`` that is not a RetryPolicy; ``rate_limit="auto"`` without credentials or
            on an API without a limits endpoint; reserved or non-str headers; a bad proxy; a
            ``max_response_bytes`` that is not an int between 1 KiB and 1 GiB; a ``clock`` that
            is not callable.
    """
    check_bool("demo", demo)
    check_bool("allow_custom_host", allow_custom_host)
    endpoint = resolve_base_url(api, demo=demo, base_url=base_url, allow_custom_host=allow_custom_host)
    seconds = check_seconds("timeout", timeout)
    connect = check_seconds("connect_timeout", connect_timeout) if connect_timeout is not None else None
    if retry is None:
        retry = RetryPolicy()
    elif not isinstance(retry, RetryPolicy):
        raise KalshiConfigurationError(f"retry must be a RetryPolicy, not {type(retry).__name__}")
    if rate_limit == "auto":
        if not auto_limits_supported:
            raise KalshiConfigurationError(f'rate_limit="auto" is not available for the {api.label}; pass RateLimits')
        if auth is None:
            raise KalshiConfigurationError('rate_limit="auto" loads your account limits, so it needs credentials')
    elif rate_limit is not None and not isinstance(rate_limit, RateLimits):
        raise KalshiConfigurationError('rate_limit must be None, "auto" or a RateLimits instance')
    if proxy is not None and (not isinstance(proxy, str) or "://" not in proxy):
        raise KalshiConfigurationError("proxy must be a URL string such as http://proxy:3128")
    if clock is not None and not callable(clock):
        raise KalshiConfigurationError(
            f"clock must be a function returning the current time in Unix seconds, not {type(clock).__name__}"
        )
    return ClientSettings(
        api=api,
        endpoint=endpoint,
        auth=auth,
        timeout=seconds,
        connect_timeout=connect,
        retry=retry,
        rate_limit=rate_limit,
        headers=check_user_headers(headers),
        proxy=proxy,
        max_response_bytes=check_int(
            "max_response_bytes", max_response_bytes, minimum=1024, maximum=MAX_RESPONSE_BYTES_LIMIT
        ),
        clock=time.time if clock is None else clock,
    )


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"kalshi-ext/{version('kalshi-ext')}"
    except PackageNotFoundError:
        return "kalshi-ext"


def _endpoint_module(fn: Callable[..., Any]) -> Any:
    return importlib.import_module(getattr(fn, "__module__", "") or "builtins")


def _auth_required(fn: Callable[..., Any]) -> bool:
    """The generated module's ``REQUIRES_AUTH`` (the operation's security scheme needs credentials)."""
    return bool(getattr(_endpoint_module(fn), "REQUIRES_AUTH", False))


def _documented_statuses(fn: Callable[..., Any]) -> frozenset[int] | None:
    """The generated module's ``DOCUMENTED_STATUSES``, or None for a function of another origin."""
    statuses = getattr(_endpoint_module(fn), "DOCUMENTED_STATUSES", None)
    return statuses if isinstance(statuses, frozenset) else None


def _documents_a_body(fn: Callable[..., Any], status: int) -> bool:
    """Whether an empty answer with ``status`` contradicts the spec: the status is not one it
    documents as empty, and the operation documents a JSON body for some success status."""
    from kalshi_ext_constraints import load

    module = getattr(fn, "__module__", "") or ""
    op = load(module.split(".", 1)[0]).get("operations", {}).get(module)
    if op is None or status in op["success_empty"]:
        return False
    return bool(op["success_with_body"])


def _operation_name(fn: Callable[..., Any]) -> str:
    return (getattr(fn, "__module__", "") or "?").rsplit(".", 1)[-1]


class ClientCore:
    """Shared state and decisions of one client (sync or async)."""

    def __init__(self, settings: ClientSettings, transport_core: TransportCore) -> None:
        self.settings = settings
        self.transport_core = transport_core
        transport_core.attempt_timeout = settings.timeout  # wall clock, connect to last body byte
        transport_core.max_response_bytes = settings.max_response_bytes
        package = settings.api.package
        generated_types: Any = importlib.import_module(f"{package}.types")
        generated_types.item_error = _list_item_error  # lazily parsed list items fail as KalshiResponseError
        hide_secrets_in_reprs(importlib.import_module(f"{package}.models"))  # repr() never prints a private key
        self.generated: Any = importlib.import_module(f"{package}.client").Client(
            base_url=settings.endpoint.base_url, raise_on_unexpected_status=False
        )
        self._unexpected_status: type[Exception] = importlib.import_module(f"{package}.errors").UnexpectedStatus
        self.closed = False
        if isinstance(settings.rate_limit, RateLimits):
            self.install_limits(settings.rate_limit)

    def httpx_options(self) -> dict[str, Any]:
        """Keyword arguments for the httpx.Client / AsyncClient under the generated client."""
        import httpx

        s = self.settings
        timeout = httpx.Timeout(s.timeout, connect=s.connect_timeout if s.connect_timeout is not None else s.timeout)
        # Only the encodings the bounded decoder handles (kalshi_ext._bounded): never br or zstd.
        headers = {"User-Agent": user_agent(), "Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING}
        headers.update(s.headers)
        return {"base_url": s.endpoint.base_url, "headers": headers, "timeout": timeout, "follow_redirects": False}

    def install_limits(self, limits: RateLimits) -> None:
        self.transport_core.limiter = RateLimiter(limits, path_prefix=self.settings.endpoint.path_prefix)

    def check_open(self) -> None:
        if self.closed:
            raise KalshiConfigurationError("this client is closed; create a new one")

    def require_auth(self, fn: Callable[..., Any]) -> None:
        """Raise before any request if ``fn`` needs credentials this client does not have."""
        self.check_open()
        if self.settings.auth is None and _auth_required(fn):
            raise AuthRequiredError(
                f"{_operation_name(fn)} requires authentication but this client has no credentials: "
                "pass key_id and private_key (or private_key_path), or use from_env()"
            )

    def prepare_arguments(self, fn: Callable[..., Any], kwargs: dict[str, Any]) -> dict[str, Any]:
        """Check and convert a facade call's arguments against the generated function's annotations.

        Raises:
            KalshiConfigurationError: see :func:`kalshi_ext._arguments.prepare`.
        """
        module = getattr(fn, "__module__", "") or ""
        models = importlib.import_module(module.split(".", 1)[0] + ".models") if ".api." in module else None
        name, annotations = _operation_name(fn), getattr(fn, "__annotations__", {})
        prepared = prepare(name, annotations, kwargs, models)
        if models is None:
            return prepared
        checked, route = check_call(name, module, annotations, prepared, models)
        if route is not None:
            # The transport refuses to send this call anywhere else (see TransportCore.begin).
            EXPECTED_PATH.set(self.settings.endpoint.path_prefix + route)
        return checked

    def call_failed(self, fn: Callable[..., Any], exc: Exception, response_seen: bool) -> KalshiError:
        """Translate an exception escaping generated code into a kalshi_ext error."""
        EXPECTED_PATH.set(None)
        name = _operation_name(fn)
        detail = scrub(f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}", CALL_SECRETS.get())
        if response_seen or isinstance(exc, self._unexpected_status):
            return KalshiResponseError(f"{name}: the response did not match the generated model ({detail})")
        return KalshiConfigurationError(f"{name}: invalid arguments ({detail})")

    def bad_arguments(self, exc: Exception) -> KalshiConfigurationError:
        """``request()`` arguments httpx could not encode (raised before anything was sent)."""
        return KalshiConfigurationError(f"invalid request arguments ({type(exc).__name__}: {str(exc)[:200]})")

    def unwrap(self, fn: Callable[..., Any], response: DetailedResponse[T]) -> T:
        """Return the parsed success model, or raise KalshiResponseError for an undocumented success."""
        EXPECTED_PATH.set(None)
        parsed = response.parsed
        if parsed is not None:
            return parsed
        status = int(response.status_code)
        if not response.content.strip() and _documents_a_body(fn, status):
            raise KalshiResponseError(
                f"{_operation_name(fn)}: the {status} answer has an empty body, but the operation documents "
                "one (None is returned only where the spec documents an empty answer)",
                status=status,
            )
        documented = _documented_statuses(fn)
        if documented is not None and status not in documented and response.content.strip():
            captured = UNPARSED_BODY.get()
            if captured is not None:  # an API-key helper that must not lose a private key asked for it
                captured.value = _try_json(response.content)
            raise KalshiResponseError(
                f"{_operation_name(fn)}: success status {status} is not documented for this operation, so "
                "the generated client could not parse it; the decoded JSON body is on .body",
                status=status,
                body=scrub_deep(_try_json(response.content), CALL_SECRETS.get()),
            )
        return parsed  # type: ignore[return-value]  # documented body-less success (204 etc.)

    def check_request(self, method: str, path: str) -> tuple[str, str]:
        """Validate ``request()`` arguments.

        Raises:
            KalshiConfigurationError: unknown method; a path that is absolute, protocol-relative,
                not starting with ``/`` or containing ``.`` or ``..`` segments.
        """
        self.check_open()
        if not isinstance(method, str) or method.upper() not in _METHODS:
            raise KalshiConfigurationError(f"method must be one of {sorted(_METHODS)}")
        if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
            raise KalshiConfigurationError(
                "path must be relative to the API base URL and start with '/', e.g. '/exchange/status'"
            )
        segments = path.split("?", 1)[0].split("/")
        if "://" in path or ".." in segments or "." in segments:
            # httpx collapses dot segments, so "/a/./b" or "/a/../b" would reach another route.
            raise KalshiConfigurationError("path must not contain a scheme or '.'/'..' segments")
        return method.upper(), path

    def decode_json(self, response: httpx.Response) -> Any:
        """Decode a success body as JSON (None for an empty body)."""
        if not response.content.strip():
            return None
        try:
            return json.loads(response.content)
        except ValueError:
            raise KalshiResponseError(
                f"the {response.status_code} response body is not JSON", status=response.status_code
            ) from None

    def describe(self, cls_name: str) -> str:
        s = self.settings
        return (
            f"{cls_name}(environment={s.endpoint.environment!r}, base_url={s.endpoint.base_url!r}, "
            f"auth={s.auth!r}{', closed' if self.closed else ''})"
        )


def _list_item_error(exc: Exception, model: type) -> Exception:
    """The error for a list item that does not parse when it is first read (generated ``LazyList``)."""
    detail = " ".join(str(exc).split())[:200]
    return KalshiResponseError(
        f"a {model.__name__} in the response does not match the generated model ({type(exc).__name__}: {detail})"
    )


def _try_json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None
