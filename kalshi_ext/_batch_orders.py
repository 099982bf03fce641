"""Batch order placement (``orders.batch_create_v2``) that never reports the wrong outcome.

Every order of the batch gets a ``client_order_id`` before the batch is first sent. When the
outcome of the send is open (see :func:`kalshi_ext._orders.outcome_unknown`), the orders are looked
up by those ids: all found -> the batch's result is rebuilt from them; otherwise (some missing, or
the lookup failed) :class:`OrderStatusUnknownError` names the ids whose fate is unknown. A batch is
never resent: a partial resend could not be de-duplicated as a whole.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import attrs

from ._errors import KalshiError, OrderStatusUnknownError
from ._orders import (
    LOOKUP_MARGIN_S,
    LOOKUP_PAGE_SIZE,
    afind,
    as_create_result,
    find,
    outcome_unknown,
    started_at,
    unknown,
)
from ._orders import with_client_order_id as _with_id


def with_client_order_ids(body: Any) -> Any:
    """``body`` with a ``client_order_id`` on every order that has none."""
    return attrs.evolve(body, orders=[_with_id(order) for order in body.orders])


def batch_filters(body: Any, started: float) -> dict[str, Any]:
    """Listing filters that cover every order of the batch (a ticker only if they share one)."""
    filters: dict[str, Any] = {"min_ts": max(0, int(started) - LOOKUP_MARGIN_S), "limit": LOOKUP_PAGE_SIZE}
    tickers = {getattr(order, "ticker", None) for order in body.orders}
    if len(tickers) == 1 and isinstance(ticker := tickers.pop(), str) and ticker:
        filters["ticker"] = ticker
    subaccounts = {getattr(order, "subaccount", None) for order in body.orders}
    if len(subaccounts) == 1 and isinstance(sub := subaccounts.pop(), int) and not isinstance(sub, bool):
        filters["subaccount"] = sub
    return filters


def _outcome(ids: list[str], found: dict[str, Any], exc: KalshiError, result_type: Any, item_type: Any) -> Any:
    if set(found) >= set(ids):
        return result_type(orders=[as_create_result(found[i], item_type) for i in ids])
    missing = [i for i in ids if i not in found]
    why = f"the batch send failed ({type(exc).__name__}) and {len(missing)} of its {len(ids)} orders were not found"
    error = unknown(missing, why, exc)
    error.placed = {i: found[i] for i in ids if i in found}
    raise error from exc


def _lookup_failed(ids: list[str], exc: KalshiError, lookup_exc: Exception) -> OrderStatusUnknownError:
    why = f"the batch send failed ({type(exc).__name__}) and so did the lookup ({type(lookup_exc).__name__})"
    return unknown(ids, why, exc, lookup_exc)


def place_batch_once(
    send: Callable[[Any], Any],
    list_page: Callable[..., Any],
    body: Any,
    result_type: Any,
    item_type: Any,
    *,
    clock: Callable[[], float] = time.time,
) -> Any:
    """Send a batch once; on an open outcome, establish it by lookup (see the module docstring).
    ``clock``: the exchange's time in Unix seconds (as for :func:`kalshi_ext._orders.place_once`).

    Raises:
        KalshiConfigurationError: ``clock`` did not return Unix seconds (before anything is sent).
        OrderStatusUnknownError: some orders' fate is unknown (``client_order_ids``; ``placed``
            holds the orders found).
        KalshiError: any error that says the batch was not placed, unchanged.
    """
    body = with_client_order_ids(body)
    ids = [order.client_order_id for order in body.orders]
    started = started_at(clock)
    try:
        return send(body)
    except KalshiError as exc:
        if not outcome_unknown(exc, resent=False):
            raise
        try:
            found = find(list_page, batch_filters(body, started), ids)
        except Exception as lookup_exc:  # any failure of the lookup leaves the outcome open
            raise _lookup_failed(ids, exc, lookup_exc) from lookup_exc
        return _outcome(ids, found, exc, result_type, item_type)


async def aplace_batch_once(
    send: Callable[[Any], Awaitable[Any]],
    list_page: Callable[..., Awaitable[Any]],
    body: Any,
    result_type: Any,
    item_type: Any,
    *,
    clock: Callable[[], float] = time.time,
) -> Any:
    """Async :func:`place_batch_once`."""
    body = with_client_order_ids(body)
    ids = [order.client_order_id for order in body.orders]
    started = started_at(clock)
    try:
        return await send(body)
    except KalshiError as exc:
        if not outcome_unknown(exc, resent=False):
            raise
        try:
            found = await afind(list_page, batch_filters(body, started), ids)
        except Exception as lookup_exc:  # any failure of the lookup leaves the outcome open
            raise _lookup_failed(ids, exc, lookup_exc) from lookup_exc
        return _outcome(ids, found, exc, result_type, item_type)
