"""``client.with_options(...)`` and ``client.with_raw_response(...)`` for the sync and async clients.

A view is a shallow copy of the client: the same connection pool, signer, rate limiter and
state (closing the client closes its views), with its own per-call options and its own
resource objects. Closing a view does nothing: the pool belongs to the client it came from.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, ParamSpec, Self, TypeVar

from ._call_options import CAPTURE, CallOptions, Capture, beneath, make_options
from ._errors import KalshiConfigurationError
from ._raw import RawResponse

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

P = ParamSpec("P")
T = TypeVar("T")


def _view(client: Any, options: CallOptions, invoker: Callable[[Callable[..., Any]], Any]) -> Any:
    view = copy.copy(client)
    for name in list(vars(view)):
        if isinstance(getattr(type(view), name, None), cached_property):
            del vars(view)[name]  # resources are rebuilt on the view's own invoker
    view._options = options.over(client._options)
    view._is_view = True
    view._invoker = invoker(view._call)
    return view


def _result(parsed: Any, capture: Capture) -> RawResponse[Any]:
    if not capture.responses:
        raise KalshiConfigurationError("with_raw_response: the method sent no request (is it a method of this client?)")
    return RawResponse(parsed, capture.responses[-1], tuple(capture.responses), capture.attempts)


class ViewsMixin:
    """What both client shells share; ``_INVOKER`` is their invoker class."""

    _options: CallOptions | None = None
    _is_view: bool = False
    _INVOKER: Callable[[Callable[..., Any]], Any]

    def _applied(self) -> AbstractContextManager[None]:
        return beneath(self._options)

    def with_options(self, *, timeout: float | None = None, retry: Any = None, headers: Any = None) -> Self:
        """A view of this client whose calls use these options; it shares the connection pool.

        ``timeout``: seconds for each attempt of each request; ``retry``: a
        :class:`~kalshi_ext.RetryPolicy`; ``headers``: extra headers (merged over the view's).
        Views of views merge. ``kalshi.with_options(timeout=2).orders.create_v2(...)`` is one
        call with a 2 s timeout.

        Raises:
            KalshiConfigurationError: a bad timeout, a ``retry`` that is not a RetryPolicy, or
                reserved (authentication) headers.
        """
        view: Self = _view(self, make_options(timeout, retry, headers), type(self)._INVOKER)
        return view


class SyncViewsMixin(ViewsMixin):
    def with_raw_response(self, method: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        """Call ``method`` (a method of this client) and return its HTTP response with the parsed result.

        ``raw = kalshi.with_raw_response(kalshi.markets.list, status="open")``; then
        ``raw.status_code``, ``raw.headers``, ``raw.request_id``, ``raw.rate_limit``, ``raw.parsed``.

        Raises:
            KalshiError: whatever the method raises (errors carry status and request id).
            KalshiConfigurationError: the method sent no request through this client.
        """
        capture = Capture()
        token = CAPTURE.set(capture)
        try:
            parsed = method(*args, **kwargs)
        finally:
            CAPTURE.reset(token)
        result: RawResponse[T] = _result(parsed, capture)
        return result


class AsyncViewsMixin(ViewsMixin):
    async def with_raw_response(
        self, method: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> RawResponse[T]:
        """Async :meth:`SyncViewsMixin.with_raw_response`: ``await kalshi.with_raw_response(kalshi.markets.list)``."""
        capture = Capture()
        token = CAPTURE.set(capture)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            CAPTURE.reset(token)
        result: RawResponse[T] = _result(parsed, capture)
        return result
