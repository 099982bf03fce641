"""Cursor pagination for the resource facade (``*_all`` methods), sync and async.

Kalshi lists answer ``{<items>: [...], "cursor": "..."}`` (``next_cursor`` for incentive
programs). An empty, null or absent cursor means the last page. The loop stops early after
``max_pages`` pages, and refuses a cursor it has already seen rather than looping forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from ._errors import PaginationError
from ._items import AsyncItems, Items, ProgressOption
from ._validate import check_int

_MAX_PAGES_LIMIT = 10_000_000


def check_max_pages(max_pages: int | None) -> int | None:
    """Validate ``max_pages`` (None or a positive int; bool refused)."""
    if max_pages is None:
        return None
    return check_int("max_pages", max_pages, minimum=1, maximum=_MAX_PAGES_LIMIT)


def page_items(page: Any, items: str) -> list[Any]:
    """The items of one page; an absent or null list (the live API sends both) is empty.

    Raises:
        PaginationError: the page has no such field at all, or it is not a list.
    """
    if page is None:
        return []
    if not hasattr(page, items):
        raise PaginationError(f"page of type {type(page).__name__} has no {items!r} field")
    value = getattr(page, items)
    if not value:  # None, [] or the generated UNSET (which is falsy)
        return []
    if not isinstance(value, list):
        raise PaginationError(f"{items!r} is a {type(value).__name__}, not a list")
    return value


def next_cursor(page: Any, cursor_field: str, seen: set[str]) -> str | None:
    """The cursor for the next page, or None after the last page.

    Raises:
        PaginationError: the cursor was already returned by an earlier page.
    """
    cursor = getattr(page, cursor_field, None)
    if not cursor or not isinstance(cursor, str):
        return None
    if cursor in seen:
        raise PaginationError(f"the server returned the cursor of an earlier page again ({cursor_field}); stopping")
    seen.add(cursor)
    return cursor


def paginate(
    page: Callable[..., Any],
    *,
    items: str,
    cursor_field: str,
    params: dict[str, Any],
    max_pages: int | None,
    progress: ProgressOption = None,
) -> Items[Any]:
    """Every item across pages, calling ``page(**params, cursor=...)`` for each page.

    Raises:
        KalshiConfigurationError: a bad ``max_pages`` or ``progress`` (raised at once, not at
            first iteration).
        PaginationError: see :func:`next_cursor` and :func:`page_items`; plus whatever ``page`` raises.
    """
    limit = check_max_pages(max_pages)

    def pages() -> Iterator[tuple[Any, list[Any]]]:
        seen: set[str] = set()
        cursor: str | None = None
        count = 0
        while True:
            result = page(**params) if cursor is None else page(**params, cursor=cursor)
            count += 1
            yield result, page_items(result, items)
            cursor = next_cursor(result, cursor_field, seen)
            if cursor is None or (limit is not None and count >= limit):
                return

    return Items(pages(), progress, label=items)


def apaginate(
    page: Callable[..., Awaitable[Any]],
    *,
    items: str,
    cursor_field: str,
    params: dict[str, Any],
    max_pages: int | None,
    progress: ProgressOption = None,
) -> AsyncItems[Any]:
    """Async :func:`paginate`: ``async for item in ...``."""
    limit = check_max_pages(max_pages)

    async def pages() -> AsyncIterator[tuple[Any, list[Any]]]:
        seen: set[str] = set()
        cursor: str | None = None
        count = 0
        while True:
            result = await (page(**params) if cursor is None else page(**params, cursor=cursor))
            count += 1
            yield result, page_items(result, items)
            cursor = next_cursor(result, cursor_field, seen)
            if cursor is None or (limit is not None and count >= limit):
                return

    return AsyncItems(pages(), progress, label=items)


def all_pages_method(method: Callable[..., Any]) -> Callable[..., Any]:
    """The ``*_all`` twin of a facade list method (``kalshi.markets.list`` -> ``kalshi.markets.list_all``).

    Raises:
        KalshiConfigurationError: ``method`` is not a cursor-paginated facade method.
    """
    from ._errors import KalshiConfigurationError

    name = getattr(method, "__name__", repr(method))
    twin = getattr(getattr(method, "__self__", None), f"{name}_all", None)
    if twin is None or not callable(twin):
        raise KalshiConfigurationError(f"{name} is not a cursor-paginated list method of this client")
    return twin  # type: ignore[no-any-return]
