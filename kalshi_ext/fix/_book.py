"""Local order books kept from KalshiMD snapshots (W) and incremental refreshes (X) (pure).

A snapshot replaces a symbol's book. An incremental entry New/Change sets the level's size
(Kalshi sends the level's new aggregate size), Delete removes it; Trade entries do not touch the
book. KalshiMD has no retransmission: after a reconnect the client subscribes again and the fresh
snapshot replaces whatever was kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ._inbound import MarketDataIncremental, MarketDataSnapshot

BID, OFFER, TRADE = "0", "1", "2"


@dataclass(slots=True)
class FixBook:
    """One market's aggregated levels: price -> size, bids and offers."""

    symbol: str
    bids: dict[Decimal, Decimal] = field(default_factory=dict)
    offers: dict[Decimal, Decimal] = field(default_factory=dict)
    last_trade: tuple[Decimal, Decimal | None] | None = None

    @property
    def best_bid(self) -> Decimal | None:
        return max(self.bids) if self.bids else None

    @property
    def best_offer(self) -> Decimal | None:
        return min(self.offers) if self.offers else None

    def levels(self, side: str) -> list[tuple[Decimal, Decimal]]:
        """``side`` "bid" (best first, descending) or "offer" (ascending)."""
        if side == "bid":
            return sorted(self.bids.items(), reverse=True)
        return sorted(self.offers.items())


class FixBooks:
    """Every subscribed market's book, updated by :meth:`apply`."""

    def __init__(self) -> None:
        self._books: dict[str, FixBook] = {}

    def get(self, symbol: str) -> FixBook | None:
        return self._books.get(symbol)

    def __contains__(self, symbol: object) -> bool:
        return symbol in self._books

    def drop(self, symbol: str | None = None) -> None:
        """Forget one book (or all): after a disconnect, they are stale until the next snapshot."""
        if symbol is None:
            self._books.clear()
        else:
            self._books.pop(symbol, None)

    def apply(self, message: MarketDataSnapshot | MarketDataIncremental) -> set[str]:
        """Apply one W or X message; returns the symbols whose book changed."""
        if isinstance(message, MarketDataSnapshot):
            if message.symbol is None:
                return set()
            book = FixBook(message.symbol)
            for entry in message.entries:
                if entry.price is not None and entry.size is not None and entry.entry_type in (BID, OFFER):
                    (book.bids if entry.entry_type == BID else book.offers)[entry.price] = entry.size
            self._books[message.symbol] = book
            return {message.symbol}
        changed: set[str] = set()
        for entry in message.entries:
            if entry.symbol is None or entry.price is None:
                continue
            current = self._books.get(entry.symbol)
            if current is None:
                continue  # no snapshot yet: the snapshot that follows the subscription sets it
            if entry.entry_type == TRADE:
                current.last_trade = (entry.price, entry.size)
                changed.add(entry.symbol)
                continue
            levels = current.bids if entry.entry_type == BID else current.offers
            if entry.action == "2" or (entry.size is not None and entry.size == 0):
                levels.pop(entry.price, None)
            elif entry.size is not None:
                levels[entry.price] = entry.size
            changed.add(entry.symbol)
        return changed
