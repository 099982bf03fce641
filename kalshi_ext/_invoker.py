"""What the generated facade calls (``kalshi_ext_resources._protocol``), sync and async.

``call`` runs one generated operation through the client, ``paginate`` walks pages and ``body``
builds a request model from keyword arguments (:mod:`kalshi_ext._body`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any

from ._body import build_body
from ._call_options import per_call
from ._items import AsyncItems, Items, ProgressOption
from ._pagination import apaginate, paginate


class SyncInvoker:
    """The synchronous invoker of one client."""

    __slots__ = ("_call",)

    def __init__(self, call: Callable[..., Any]) -> None:
        self._call = call

    def call(self, endpoint: Callable[..., Any], /, **kwargs: Any) -> Any:
        return self._call(endpoint, **kwargs)

    def body(self, model: type[Any], body: Any, /, **fields: Any) -> Any:
        return build_body(model, body, fields)

    def options(
        self, *, timeout: float | None, retry: Any, headers: Mapping[str, str] | None
    ) -> AbstractContextManager[None]:
        return per_call(timeout, retry, headers)

    def paginate(
        self,
        page: Callable[..., Any],
        *,
        items: str,
        cursor_field: str,
        params: dict[str, Any],
        max_pages: int | None,
        progress: ProgressOption = None,
    ) -> Items[Any]:
        return paginate(
            page, items=items, cursor_field=cursor_field, params=params, max_pages=max_pages, progress=progress
        )


class AsyncInvoker:
    """Async counterpart of :class:`SyncInvoker`."""

    __slots__ = ("_call",)

    def __init__(self, call: Callable[..., Awaitable[Any]]) -> None:
        self._call = call

    async def call(self, endpoint: Callable[..., Awaitable[Any]], /, **kwargs: Any) -> Any:
        return await self._call(endpoint, **kwargs)

    def body(self, model: type[Any], body: Any, /, **fields: Any) -> Any:
        return build_body(model, body, fields)

    def options(
        self, *, timeout: float | None, retry: Any, headers: Mapping[str, str] | None
    ) -> AbstractContextManager[None]:
        return per_call(timeout, retry, headers)

    def paginate(
        self,
        page: Callable[..., Awaitable[Any]],
        *,
        items: str,
        cursor_field: str,
        params: dict[str, Any],
        max_pages: int | None,
        progress: ProgressOption = None,
    ) -> AsyncItems[Any]:
        return apaginate(
            page, items=items, cursor_field=cursor_field, params=params, max_pages=max_pages, progress=progress
        )
