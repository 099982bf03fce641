"""Order placement that never places an order twice (``orders.create_v2``, perps ``orders.create``).

Kalshi de-duplicates order writes on ``client_order_id``: sending the same id again returns the
original order (or 409). So every order gets an id before it is first sent (a fresh UUID when the
caller gave none), and when the outcome of a send is unknown (a timeout after the request left, a
408, a 504: errors with ``outcome_unknown``), the client looks the order up by that id among the
market's recent orders before doing anything else:

- found: it was placed; its result is returned and nothing is resent;
- not found: it is resent with the same ``client_order_id``, which the exchange de-duplicates if the
  first send lands late; a 409 on a resend means exactly that, and is answered by another lookup.

After ``RESENDS`` resends without a definite answer, :class:`OrderStatusUnknownError` says so and
carries the ``client_order_id`` to look up later. The decision is a pure function (``decide``); the
sync and async resources below only do the I/O.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Literal

from ._errors import ConflictError, KalshiError, OrderStatusUnknownError

RESENDS = 2
LOOKUP_PAGES = 10
# Orders are listed from shortly before the first send: clocks differ, and min_ts is in seconds.
LOOKUP_MARGIN_S = 120

Step = Literal["return", "resend", "raise"]


def outcome_unknown(exc: BaseException, resent: bool) -> bool:
    """Whether ``exc`` leaves it open if the order was placed (a 409 after a resend is a duplicate)."""
    return bool(getattr(exc, "outcome_unknown", False)) or (resent and isinstance(exc, ConflictError))


def decide(found: bool, resends: int) -> Step:
    """After an unknown outcome and a lookup: return the found order, resend, or give up."""
    if found:
        return "return"
    return "resend" if resends < RESENDS else "raise"


def with_client_order_id(body: Any) -> Any:
    """``body`` with a fresh ``client_order_id`` when it has none (UNSET, None or empty)."""
    import attrs

    current = getattr(body, "client_order_id", None)
    if isinstance(current, str) and current:
        return body
    return attrs.evolve(body, client_order_id=str(uuid.uuid4()))


def lookup_filters(body: Any, started: float) -> dict[str, Any]:
    """Query parameters for listing the recent orders of the market the order was sent to."""
    filters: dict[str, Any] = {"ticker": body.ticker, "min_ts": int(started) - LOOKUP_MARGIN_S}
    subaccount = getattr(body, "subaccount", None)
    if isinstance(subaccount, int) and not isinstance(subaccount, bool):
        filters["subaccount"] = subaccount
    return filters


def as_create_result(order: Any, result_type: Callable[..., Any]) -> Any:
    """The create response for an order found by lookup (fill figures as listed; averages unset)."""
    from decimal import Decimal

    counts = {
        name: value
        for name, source in (("fill_count", "fill_count_fp"), ("remaining_count", "remaining_count_fp"))
        if isinstance(value := getattr(order, source, None), Decimal)
    }
    return result_type(order_id=order.order_id, client_order_id=order.client_order_id, **counts)


def _gave_up(client_order_id: str) -> OrderStatusUnknownError:
    return OrderStatusUnknownError(
        f"the order with client_order_id {client_order_id!r} may or may not have been placed: the sends "
        "timed out and it was not found among the market's recent orders; look it up before placing it again",
        client_order_id=client_order_id,
    )


def _matches(orders: Iterator[Any], client_order_id: str) -> Any:
    return next((order for order in orders if getattr(order, "client_order_id", None) == client_order_id), None)


async def _amatches(orders: AsyncIterator[Any], client_order_id: str) -> Any:
    async for order in orders:
        if getattr(order, "client_order_id", None) == client_order_id:
            return order
    return None


def _after_lookup(found: Any, body: Any, resends: int, exc: KalshiError, result_type: Callable[..., Any]) -> Any:
    """The found order's result, or None to resend.

    Raises:
        OrderStatusUnknownError: not found and no resend left.
    """
    step = decide(found is not None, resends)
    if step == "return":
        return as_create_result(found, result_type)
    if step == "raise":
        raise _gave_up(body.client_order_id) from exc
    return None


def place_once(
    send: Callable[[Any], Any], list_all: Callable[..., Iterator[Any]], body: Any, result_type: Callable[..., Any]
) -> Any:
    """Send ``body`` (with a ``client_order_id``) so that it is placed at most once.

    Raises:
        OrderStatusUnknownError: the outcome stayed unknown after every lookup and resend.
        KalshiError: any error that says the order was not placed (4xx), unchanged.
    """
    body = with_client_order_id(body)
    started, resends = time.time(), 0
    while True:
        try:
            return send(body)
        except KalshiError as exc:
            if not outcome_unknown(exc, resent=resends > 0):
                raise
            recent = list_all(**lookup_filters(body, started), max_pages=LOOKUP_PAGES)
            result = _after_lookup(_matches(recent, body.client_order_id), body, resends, exc, result_type)
            if result is not None:
                return result
            resends += 1


async def aplace_once(
    send: Callable[[Any], Any], list_all: Callable[..., AsyncIterator[Any]], body: Any, result_type: Callable[..., Any]
) -> Any:
    """Async :func:`place_once` (``send`` returns an awaitable)."""
    body = with_client_order_id(body)
    started, resends = time.time(), 0
    while True:
        try:
            return await send(body)
        except KalshiError as exc:
            if not outcome_unknown(exc, resent=resends > 0):
                raise
            recent = list_all(**lookup_filters(body, started), max_pages=LOOKUP_PAGES)
            result = _after_lookup(await _amatches(recent, body.client_order_id), body, resends, exc, result_type)
            if result is not None:
                return result
            resends += 1
