"""Order placement that never places an order twice and never reports the wrong outcome
(``orders.create_v2`` and ``orders.batch_create_v2`` of the Trade API, perps ``orders.create``).

Kalshi de-duplicates order writes on ``client_order_id``: sending the same id again returns the
original order (or 409). So every order gets an id before it is first sent (a fresh UUID when the
caller gave none), and when the outcome of a send is open (a timeout after the request left, a
reset connection, a 408 or 5xx: errors with ``outcome_unknown``; or a 2xx whose body does not
parse), the client looks the order up by that id among the account's recent orders first:

- found: it was placed; its result is returned and nothing is resent;
- not found (and the listing was read to its end): it is resent with the same ``client_order_id``,
  which the exchange de-duplicates if the first send lands late; a 409 on a resend means exactly
  that, and is answered by another lookup. A batch is never resent: the error says which of its
  orders were found;
- the lookup itself fails (any error: timeout, 5xx, an unparseable page) or would need more than
  ``LOOKUP_PAGES`` pages: :class:`OrderStatusUnknownError`, carrying the ``client_order_id``, with
  the lookup's error as ``__cause__`` (and ``lookup_error``) and the send's as ``create_error``.

The lookup lists from ``LOOKUP_MARGIN_S`` before the first send, as read from the client's
``clock`` (the exchange's time in Unix seconds; the wall clock by default, a simulator's clock for
its clients), so a clock up to that far off (either way) still finds the order; pages hold
``LOOKUP_PAGE_SIZE`` orders, so a lookup without a ticker (a perps order given by ``market_id``
only) reads at most ``LOOKUP_PAGES * LOOKUP_PAGE_SIZE`` orders. The decisions are pure functions;
the sync and async drivers below only do the I/O.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from ._errors import (
    ConflictError,
    KalshiConfigurationError,
    KalshiError,
    KalshiResponseError,
    OrderStatusUnknownError,
)
from ._pagination import next_cursor, page_items

RESENDS = 2
LOOKUP_PAGES = 5
LOOKUP_PAGE_SIZE = 200
# Orders are listed from this long before the first send: local clocks drift (10 minutes is seen
# on unsynchronised machines), and a min_ts in the server's future would hide the order.
LOOKUP_MARGIN_S = 15 * 60
# A clock reading above this is not Unix seconds (it is year 5138): milliseconds, most likely.
_LATEST_S = 1e11

Step = Literal["return", "resend", "raise"]


class LookupIncompleteError(KalshiError):
    """The recent orders did not fit in ``LOOKUP_PAGES`` pages: "not found" would not be an answer."""


def outcome_unknown(exc: BaseException, resent: bool) -> bool:
    """Whether ``exc`` leaves it open if the order was placed (a 409 after a resend is a duplicate;
    a success whose body did not parse was placed, and the lookup recovers its result)."""
    return (
        bool(getattr(exc, "outcome_unknown", False))
        or (resent and isinstance(exc, ConflictError))
        or isinstance(exc, KalshiResponseError)
    )


def decide(found: bool, resends: int) -> Step:
    """After an unknown outcome and a complete lookup: return the found order, resend, or give up."""
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


def started_at(clock: Callable[[], float]) -> float:
    """``clock()``, checked to be Unix seconds, read before the first send.

    Raises:
        KalshiConfigurationError: the reading is not a finite number of seconds from 0 to 1e11
            (milliseconds, say); nothing has been sent.
    """
    now = clock()
    if isinstance(now, bool) or not isinstance(now, int | float) or not math.isfinite(now) or not 0 <= now < _LATEST_S:
        raise KalshiConfigurationError(
            f"the client's clock must return the current time in Unix seconds, got {now!r} "
            f"({type(now).__name__}); nothing was sent"
        )
    return float(now)


def lookup_filters(body: Any, started: float) -> dict[str, Any]:
    """Query parameters for listing the recent orders the order would be among."""
    filters: dict[str, Any] = {"min_ts": max(0, int(started) - LOOKUP_MARGIN_S), "limit": LOOKUP_PAGE_SIZE}
    ticker = getattr(body, "ticker", None)
    if isinstance(ticker, str) and ticker:
        filters["ticker"] = ticker
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


def unknown(
    client_order_ids: list[str], why: str, create_error: BaseException, lookup_error: BaseException | None = None
) -> OrderStatusUnknownError:
    """The error for an order (or batch) whose outcome could not be established."""
    ids = ", ".join(repr(i) for i in client_order_ids)
    error = OrderStatusUnknownError(
        f"the order with client_order_id {ids} may or may not have been placed: {why}; "
        "look it up by client_order_id before placing it again",
        client_order_id=client_order_ids[0],
        client_order_ids=tuple(client_order_ids),
        create_error=create_error,
        lookup_error=lookup_error,
    )
    # Tracebacks print the __cause__ chain only; the notes keep both failures in view.
    error.add_note(f"the send failed: {type(create_error).__name__}: {create_error}")
    if lookup_error is not None:
        error.add_note(f"the lookup failed: {type(lookup_error).__name__}: {lookup_error}")
    return error


class _Scan:
    """The state of one lookup: which ids are wanted, what was found, where the listing is."""

    def __init__(self, filters: dict[str, Any], wanted: list[str]) -> None:
        self.filters = filters
        self.wanted = set(wanted)
        self.found: dict[str, Any] = {}
        self.cursor: str | None = None
        self.pages = 0
        self._seen: set[str] = set()

    def arguments(self) -> dict[str, Any]:
        return self.filters if self.cursor is None else {**self.filters, "cursor": self.cursor}

    def take(self, page: Any) -> bool:
        """Record one page; True when the lookup is over (everything found or the listing ended).

        Raises:
            LookupIncompleteError: the page budget is spent with the listing not at its end.
        """
        self.pages += 1
        for order in page_items(page, "orders"):
            client_order_id = getattr(order, "client_order_id", None)
            if client_order_id in self.wanted:
                self.found[client_order_id] = order
        self.cursor = next_cursor(page, "cursor", self._seen)
        if self.wanted <= set(self.found) or self.cursor is None:
            return True
        if self.pages >= LOOKUP_PAGES:
            raise LookupIncompleteError(f"more than {LOOKUP_PAGES * LOOKUP_PAGE_SIZE} recent orders to look through")
        return False


def find(list_page: Callable[..., Any], filters: dict[str, Any], wanted: list[str]) -> dict[str, Any]:
    """client_order_id -> order, for those of ``wanted`` among the listed orders (bounded: see module)."""
    scan = _Scan(filters, wanted)
    while not scan.take(list_page(**scan.arguments())):
        pass
    return scan.found


async def afind(list_page: Callable[..., Awaitable[Any]], filters: dict[str, Any], wanted: list[str]) -> dict[str, Any]:
    """Async :func:`find`."""
    scan = _Scan(filters, wanted)
    while not scan.take(await list_page(**scan.arguments())):
        pass
    return scan.found


def _after_lookup(found: Any, body: Any, resends: int, exc: KalshiError, result_type: Callable[..., Any]) -> Any:
    """The found order's result, or None to resend.

    Raises:
        OrderStatusUnknownError: not found and no resend left.
    """
    step = decide(found is not None, resends)
    if step == "return":
        return as_create_result(found, result_type)
    if step == "raise":
        why = f"{resends + 1} sends had no definite answer and it was not found among recent orders"
        raise unknown([body.client_order_id], why, exc) from exc
    return None


def _lookup_failed(body: Any, exc: KalshiError, lookup_exc: Exception) -> OrderStatusUnknownError:
    why = f"the send failed ({type(exc).__name__}) and so did the lookup ({type(lookup_exc).__name__})"
    return unknown([body.client_order_id], why, exc, lookup_exc)


def place_once(
    send: Callable[[Any], Any],
    list_page: Callable[..., Any],
    body: Any,
    result_type: Any,
    *,
    clock: Callable[[], float] = time.time,
) -> Any:
    """Send ``body`` (given a ``client_order_id``) so that it is placed at most once; ``clock``
    gives the exchange's time in Unix seconds (the lookup lists orders from shortly before it).

    Raises:
        KalshiConfigurationError: ``clock`` did not return Unix seconds (before anything is sent).
        OrderStatusUnknownError: the outcome stayed open (see the module docstring).
        KalshiError: any error that says the order was not placed (4xx), unchanged.
    """
    body = with_client_order_id(body)
    started, resends = started_at(clock), 0
    while True:
        try:
            return send(body)
        except KalshiError as exc:
            if not outcome_unknown(exc, resent=resends > 0):
                raise
            try:
                found = find(list_page, lookup_filters(body, started), [body.client_order_id])
            except Exception as lookup_exc:  # any failure of the lookup leaves the outcome open
                raise _lookup_failed(body, exc, lookup_exc) from lookup_exc
            result = _after_lookup(found.get(body.client_order_id), body, resends, exc, result_type)
            if result is not None:
                return result
            resends += 1


async def aplace_once(
    send: Callable[[Any], Awaitable[Any]],
    list_page: Callable[..., Awaitable[Any]],
    body: Any,
    result_type: Any,
    *,
    clock: Callable[[], float] = time.time,
) -> Any:
    """Async :func:`place_once`."""
    body = with_client_order_id(body)
    started, resends = started_at(clock), 0
    while True:
        try:
            return await send(body)
        except KalshiError as exc:
            if not outcome_unknown(exc, resent=resends > 0):
                raise
            try:
                found = await afind(list_page, lookup_filters(body, started), [body.client_order_id])
            except Exception as lookup_exc:  # any failure of the lookup leaves the outcome open
                raise _lookup_failed(body, exc, lookup_exc) from lookup_exc
            result = _after_lookup(found.get(body.client_order_id), body, resends, exc, result_type)
            if result is not None:
                return result
            resends += 1
