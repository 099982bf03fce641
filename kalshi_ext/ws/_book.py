"""Local order books built from ``orderbook_snapshot`` and ``orderbook_delta`` messages.

Prices and counts are :class:`~decimal.Decimal` (Kalshi sends dollar strings and fixed-point
count strings; floats would drift). Each side keeps a dict ``price -> count`` and a sorted list
of prices, so a delta costs a dict update (plus an insertion when a level appears) and the best
level is O(1).

Prediction markets have two bid sides: YES bids and NO bids. A NO bid at ``p`` is an offer to
sell YES at ``1 - p``; :meth:`OrderBook.asks` shows them that way (YES terms), while
:meth:`OrderBook.side_levels` gives the raw sides. Perps books have real bids and asks.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from ._channels import BookFormat

ONE = Decimal(1)
ZERO = Decimal(0)


class BookError(ValueError):
    """A book message that cannot be applied (bad number, unknown side, a level going negative)."""


class PriceLevel(NamedTuple):
    """One aggregated price level: a price in dollars and a (fixed-point) contract count.

    ``size`` as in Kalshi's ``yes_bid_size_fp``; ``count`` would shadow ``tuple.count``.
    """

    price: Decimal
    size: Decimal


class BookDepth(NamedTuple):
    """The best ``n`` levels of each side: bids best (highest) first, asks best (lowest) first."""

    bids: list[PriceLevel]
    asks: list[PriceLevel]


def to_decimal(value: Any, what: str) -> Decimal:
    """Parse a Kalshi number string into a finite Decimal.

    Raises:
        BookError: not a string, not a number, or not finite.
    """
    if type(value) is not str:
        raise BookError(f"{what} must be a decimal string, got {type(value).__name__}")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise BookError(f"{what} is not a decimal number: {value[:32]!r}") from None
    if number.is_finite():
        return number
    raise BookError(f"{what} is not finite: {value[:32]!r}")


# Price strings seen in book messages -> their Decimal. A book has few distinct prices (a 1-cent grid
# has 99), so every delta for a level looks up the same Decimal object, whose hash CPython caches,
# instead of parsing and hashing a fresh one. Bounded: cleared when it grows past any real grid.
_PRICES: dict[str, Decimal] = {}
_PRICES_MAX = 100_000
_COUNTS: dict[str, Decimal] = {}  # the same for delta counts ("10.00", "-5.00" recur); same bound
_new_level = tuple.__new__  # PriceLevel(price, size) without the namedtuple's Python-level __new__
_STALE: Any = object()
_INF = float("inf")


def price_decimal(value: Any, what: str) -> Decimal:
    """``to_decimal`` for prices, through the interning table.

    Raises:
        BookError: as :func:`to_decimal`.
    """
    number = _PRICES.get(value) if type(value) is str else None
    if number is None:
        number = to_decimal(value, what)
        if len(_PRICES) >= _PRICES_MAX:
            _PRICES.clear()
        _PRICES[value] = number
    return number


class _Side:
    """Levels of one side: ``price -> count`` plus prices sorted ascending, and its best level.

    ``top_is_max``: the best level is the highest price (bids, and prediction NO bids, which are
    YES asks at ``1 - price``: ``complement``). ``level`` is the best level as handed out (a
    :class:`PriceLevel`, None for an empty side), cached until a change reaches it; ``edge`` is
    the raw price of that cached level (None while stale or empty: any change reaches it).
    """

    __slots__ = ("complement", "edge", "level", "levels", "prices", "top_is_max")

    def __init__(self, top_is_max: bool = True, complement: bool = False) -> None:
        self.levels: dict[Decimal, Decimal] = {}
        self.prices: list[Decimal] = []
        self.top_is_max = top_is_max
        self.complement = complement
        self.level: Any = _STALE
        self.edge: Decimal | None = None

    def load(self, pairs: Iterable[tuple[Decimal, Decimal]]) -> None:
        self.levels = {price: count for price, count in pairs if count > ZERO}
        self.prices = sorted(self.levels)
        self.level = _STALE
        self.edge = None

    def best(self) -> PriceLevel | None:
        """The best level (complemented for prediction NO bids), or None."""
        level = self.level
        if level is _STALE:
            prices = self.prices
            if not prices:
                level = None
            else:
                price = prices[-1] if self.top_is_max else prices[0]
                count = self.levels[price]
                level = _new_level(PriceLevel, (ONE - price if self.complement else price, count))
                self.edge = price
            self.level = level
        return level  # type: ignore[no-any-return]

    def copy(self) -> _Side:
        other = _Side(self.top_is_max, self.complement)
        other.levels = dict(self.levels)
        other.prices = list(self.prices)
        other.level = self.level
        other.edge = self.edge
        return other


class OrderBook:
    """The local order book of one market.

    ``is_synced`` is False until the first snapshot and again after the client invalidated the
    book (sequence gap, reconnect); an unsynced book is empty. Read it on the event loop that
    runs the client (the synchronous facade hands out copies).
    """

    __slots__ = (
        "_ask",
        "_ask_side",
        "_best",
        "_bid",
        "_bid_side",
        "_complement",
        "_count_key",
        "_floor",
        "_format",
        "_price_key",
        "_sides",
        "clock",
        "is_synced",
        "market_ticker",
        "updates",
    )

    def __init__(self, market_ticker: str, book_format: BookFormat, *, yes_price: bool = False) -> None:
        self.market_ticker = market_ticker
        self._format = book_format
        # With use_yes_price the server already reports NO bids as YES asks.
        self._complement = book_format.complement_asks and not yes_price
        # The format's keys, read for every delta.
        self._price_key = book_format.delta_price_key
        self._count_key = book_format.delta_count_key
        self._bid_side = book_format.bid_side
        self._ask_side = book_format.ask_side
        self._bid: _Side
        self._ask: _Side
        self._sides: dict[str, _Side]  # side name -> side, looked up per delta
        # (best_bid(), best_ask()) as of the last change, None once a change reached either.
        self._best: tuple[PriceLevel | None, PriceLevel | None] | None
        self.is_synced: bool
        self.clock: int | None
        # Deltas with an int clock at or below this are skipped: the snapshot's clock, -inf without
        # one, +inf while unsynced (every delta waits). One comparison per delta (see apply_delta_best).
        self._floor: float
        self.invalidate()  # a new book is an empty, unsynced one
        self.updates = 0

    # -- applying messages -------------------------------------------------------------

    def apply_snapshot(self, msg: Mapping[str, Any]) -> None:
        """Replace the book with a snapshot's ``msg``.

        Raises:
            BookError: malformed levels (the book is left invalidated).
        """
        fmt = self._format
        try:
            bids = _levels(msg.get(fmt.snapshot_bid_key), fmt.snapshot_bid_key)
            asks = _levels(msg.get(fmt.snapshot_ask_key), fmt.snapshot_ask_key)
        except BookError:
            self.invalidate()
            raise
        self._bid.load(bids)
        self._ask.load(asks)
        self._best = None
        clock = msg.get("clock")
        self.clock = clock if isinstance(clock, int) else None
        self._floor = -_INF if self.clock is None else self.clock
        self.is_synced = True
        self.updates += 1

    def apply_delta(self, msg: Mapping[str, Any]) -> bool:
        """Apply a delta's ``msg``; return False if the book is not synced or the delta is stale.

        A delta whose ``clock`` is at or below the snapshot's is already in the snapshot.

        Raises:
            BookError: a malformed delta, or one that would make a level negative (the book
                no longer matches the exchange's; the caller resynchronises it).
        """
        return self.apply_delta_best(msg) is not None

    def apply_delta_best(self, msg: Mapping[str, Any]) -> tuple[PriceLevel | None, PriceLevel | None] | None:
        """:meth:`apply_delta`, returning ``(best_bid(), best_ask())`` after it, or None where that returns False.

        The dispatcher's path for every delta: the pair is cached on the book until a change
        reaches either best level, so most deltas return it without building anything.

        Raises:
            BookError: as :meth:`apply_delta`.
        """
        clock = msg.get("clock")
        # Usually decided by the first test: an int clock above the floor. Otherwise the book is
        # unsynced or the delta stale (skipped), or there is no clock to tell (applied if synced).
        if (type(clock) is not int or clock <= self._floor) and (type(clock) is int or not self.is_synced):
            return None
        try:
            # Interned strings (see _PRICES): a KeyError here is a first sighting or bad input.
            price = _PRICES[msg[self._price_key]]
            delta = _COUNTS[msg[self._count_key]]
            side = self._sides[msg["side"]]
        except (KeyError, TypeError):
            price, delta, side = self._parse_delta(msg)
        levels = side.levels
        old = levels.get(price)
        new = delta if old is None else old + delta
        edge = side.edge
        if edge is None or (price >= edge if side.top_is_max else price <= edge):
            # The change reaches the best level (or the side's cache is stale already).
            side.level = _STALE
            side.edge = None
            self._best = None
        if new > ZERO:
            levels[price] = new
            if old is None:
                insort(side.prices, price)
        elif new:
            raise BookError(f"level {price} would go negative ({old or ZERO} {delta:+})")
        elif old is not None:
            del levels[price]
            prices = side.prices
            del prices[bisect_left(prices, price)]
        self.updates += 1
        best = self._best
        if best is None:
            best = self._best = (self._bid.best(), self._ask.best())
        return best

    def _parse_delta(self, msg: Mapping[str, Any]) -> tuple[Decimal, Decimal, _Side]:
        """Price, count and side of a delta whose strings are not interned yet (they are now).

        Raises:
            BookError: a price or count that is not a finite decimal string, or an unknown side.
        """
        price = price_decimal(msg.get(self._price_key), self._price_key)
        raw_delta = msg.get(self._count_key)
        delta = _COUNTS.get(raw_delta) if type(raw_delta) is str else None
        if delta is None:
            delta = to_decimal(raw_delta, self._count_key)  # raises the BookError
            if len(_COUNTS) >= _PRICES_MAX:
                _COUNTS.clear()
            _COUNTS[str(raw_delta)] = delta  # a str: to_decimal refused anything else
        side_name = msg.get("side")
        side = self._sides.get(side_name) if type(side_name) is str else None
        if side is None:
            raise BookError(f"unknown book side {str(side_name)[:16]!r}")
        return price, delta, side

    def best_levels(self) -> tuple[PriceLevel | None, PriceLevel | None]:
        """``(best_bid(), best_ask())`` in one call."""
        best = self._best
        if best is None:
            best = self._best = (self._bid.best(), self._ask.best())
        return best

    def invalidate(self) -> None:
        """Empty the book and mark it unsynced until the next snapshot."""
        self._bid = _Side()
        self._ask = _Side(top_is_max=self._complement, complement=self._complement)
        self._sides = {self._bid_side: self._bid, self._ask_side: self._ask}
        self._best = None
        self.is_synced = False
        self.clock = None
        self._floor = _INF

    # -- reading -------------------------------------------------------------------------

    def best_bid(self) -> PriceLevel | None:
        """The highest bid (YES bid on prediction markets), or None."""
        level = self._bid.level
        return self._bid.best() if level is _STALE else level

    def best_ask(self) -> PriceLevel | None:
        """The lowest ask (in YES terms on prediction markets), or None."""
        level = self._ask.level
        return self._ask.best() if level is _STALE else level

    def bids(self, depth: int | None = None) -> list[PriceLevel]:
        """Bids, best (highest) first; at most ``depth`` levels."""
        levels = self._bid.levels
        prices = self._bid.prices
        chosen = prices[::-1] if depth is None else prices[: -depth - 1 : -1] if depth > 0 else []
        return [PriceLevel(p, levels[p]) for p in chosen]

    def asks(self, depth: int | None = None) -> list[PriceLevel]:
        """Asks, best (lowest) first, in YES terms on prediction markets; at most ``depth`` levels."""
        levels = self._ask.levels
        prices = self._ask.prices
        if depth is not None and depth <= 0:
            return []
        if self._complement:
            chosen = prices[::-1] if depth is None else prices[: -depth - 1 : -1]
            return [PriceLevel(ONE - p, levels[p]) for p in chosen]
        chosen = prices if depth is None else prices[:depth]
        return [PriceLevel(p, levels[p]) for p in chosen]

    def depth(self, levels: int | None = None) -> BookDepth:
        """The best ``levels`` levels of each side (all of them by default)."""
        return BookDepth(self.bids(levels), self.asks(levels))

    def side_levels(self, side: str) -> dict[Decimal, Decimal]:
        """The raw levels of a side as sent by the server (``yes``/``no`` or ``bid``/``ask``).

        Raises:
            KeyError: an unknown side name.
        """
        if side == self._format.bid_side:
            return dict(self._bid.levels)
        if side == self._format.ask_side:
            return dict(self._ask.levels)
        raise KeyError(side)

    @property
    def spread(self) -> Decimal | None:
        """Best ask minus best bid, or None when a side is empty."""
        bid, ask = self.best_bid(), self.best_ask()
        return None if bid is None or ask is None else ask.price - bid.price

    @property
    def mid(self) -> Decimal | None:
        """Mid price, or None when a side is empty."""
        bid, ask = self.best_bid(), self.best_ask()
        return None if bid is None or ask is None else (ask.price + bid.price) / 2

    def copy(self) -> OrderBook:
        """An independent copy (safe to read from another thread)."""
        other = OrderBook(self.market_ticker, self._format)
        other._complement = self._complement
        other._bid = self._bid.copy()
        other._ask = self._ask.copy()
        other._sides = {other._bid_side: other._bid, other._ask_side: other._ask}
        other._best = self._best
        other.is_synced = self.is_synced
        other.clock = self.clock
        other._floor = self._floor
        other.updates = self.updates
        return other

    def __repr__(self) -> str:
        return (
            f"OrderBook({self.market_ticker!r}, synced={self.is_synced}, "
            f"best_bid={self.best_bid()}, best_ask={self.best_ask()})"
        )


def _levels(raw: Any, what: str) -> list[tuple[Decimal, Decimal]]:
    """Parse ``[[price, count], ...]`` (absent or null means an empty side)."""
    if raw is None:
        return []
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        raise BookError(f"{what} must be a list of [price, count] pairs")
    out = []
    for pair in raw:
        if not isinstance(pair, Sequence) or isinstance(pair, str) or len(pair) != 2:
            raise BookError(f"{what} holds a level that is not a [price, count] pair")
        count = to_decimal(pair[1], f"{what} count")
        if count < ZERO:
            raise BookError(f"{what} holds a negative count")
        out.append((price_decimal(pair[0], f"{what} price"), count))
    return out
