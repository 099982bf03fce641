"""One market's book: YES bids and NO bids, each in its own price terms, FIFO within a level.

A NO bid at q is a YES ask at 1 - q, so an incoming order on one side crosses the other side's best
level while ``own price + other price >= $1``; it trades at the resting (maker) price.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ._model import Order, Outcome
from ._units import ONE


class _Side:
    __slots__ = ("levels", "prices", "sizes")

    def __init__(self) -> None:
        self.levels: dict[int, dict[str, Order]] = {}
        self.prices: list[int] = []  # ascending; best (highest) last
        self.sizes: dict[int, int] = {}

    def add(self, order: Order) -> None:
        level = self.levels.get(order.price)
        if level is None:
            level = self.levels[order.price] = {}
            bisect.insort(self.prices, order.price)
            self.sizes[order.price] = 0
        level[order.order_id] = order
        self.sizes[order.price] += order.remaining

    def remove(self, order: Order, count: int) -> None:
        """Take ``count`` off the order's level; drop the order from the queue if it leaves the book."""
        price = order.price
        self.sizes[price] -= count
        if order.remaining == 0 or order.status != "resting":
            level = self.levels[price]
            level.pop(order.order_id, None)
            if not level:
                del self.levels[price]
                del self.sizes[price]
                self.prices.pop(bisect.bisect_left(self.prices, price))

    def detach(self, order: Order) -> None:
        """Take the whole order (its current price and remaining count) out of the queue."""
        price = order.price
        level = self.levels.get(price)
        if level is None or level.pop(order.order_id, None) is None:
            return
        self.sizes[price] -= order.remaining
        if not level:
            del self.levels[price]
            del self.sizes[price]
            self.prices.pop(bisect.bisect_left(self.prices, price))

    def best(self) -> int | None:
        return self.prices[-1] if self.prices else None


class Book:
    """The resting orders of one market."""

    __slots__ = ("no", "yes")

    def __init__(self) -> None:
        self.yes = _Side()
        self.no = _Side()

    def side(self, outcome: Outcome) -> _Side:
        return self.yes if outcome == "yes" else self.no

    def opposite(self, outcome: Outcome) -> _Side:
        return self.no if outcome == "yes" else self.yes

    def add(self, order: Order) -> None:
        self.side(order.outcome).add(order)

    def reduce(self, order: Order, count: int) -> None:
        """``count`` left the book for ``order`` (fill, decrease or cancel: update the order first)."""
        self.side(order.outcome).remove(order, count)

    def detach(self, order: Order) -> None:
        """Take ``order`` out of the book as it stands (before changing its price or size)."""
        self.side(order.outcome).detach(order)

    def crossing(self, outcome: Outcome, limit: int) -> Iterator[Order]:
        """Resting orders an order buying ``outcome`` at ``limit`` would meet, best price first, FIFO."""
        other = self.opposite(outcome)
        while other.prices:
            best = other.prices[-1]
            if best + limit < ONE:
                return
            level = other.levels[best]
            order = next(iter(level.values()))
            yield order

    def best_yes_bid(self) -> int | None:
        return self.yes.best()

    def best_yes_ask(self) -> int | None:
        no = self.no.best()
        return None if no is None else ONE - no

    def levels(self, outcome: Outcome) -> list[tuple[int, int]]:
        """``[(price, size)]`` ascending, best last (the REST book's order)."""
        side = self.side(outcome)
        return [(price, side.sizes[price]) for price in side.prices]

    def size_at(self, outcome: Outcome, price: int) -> int:
        return self.side(outcome).sizes.get(price, 0)

    def queue_ahead(self, order: Order) -> int:
        """Contracts ahead of ``order`` at its price and side (0 at the front)."""
        level = self.side(order.outcome).levels.get(order.price, {})
        ahead = 0
        for other in level.values():
            if other is order:
                return ahead
            ahead += other.remaining
        return ahead

    def orders(self) -> Iterator[Order]:
        for side in (self.yes, self.no):
            for price in list(side.prices):
                yield from list(side.levels.get(price, {}).values())
