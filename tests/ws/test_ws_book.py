"""Local order books (pure)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from kalshi_ext.ws import PERPS, PREDICTION, BookError, OrderBook, PriceLevel


def prediction_book(*, yes_price: bool = False) -> OrderBook:
    book = OrderBook("M", PREDICTION.book, yes_price=yes_price)
    book.apply_snapshot(
        {
            "market_ticker": "M",
            "clock": 10,
            "yes_dollars_fp": [["0.0800", "300.00"], ["0.2200", "333.00"]],
            "no_dollars_fp": [["0.5400", "20.00"], ["0.5600", "146.00"]],
        }
    )
    return book


def delta(price: str, change: str, side: str, clock: int = 11) -> dict[str, object]:
    return {"market_ticker": "M", "price_dollars": price, "delta_fp": change, "side": side, "clock": clock}


def test_snapshot_gives_decimal_levels_and_yes_terms_asks() -> None:
    book = prediction_book()
    assert book.is_synced
    assert book.best_bid() == PriceLevel(Decimal("0.22"), Decimal("333"))
    # the best NO bid (0.56) is a YES ask at 1 - 0.56
    assert book.best_ask() == PriceLevel(Decimal("0.44"), Decimal("146"))
    assert book.spread == Decimal("0.22")
    assert book.mid == Decimal("0.33")
    assert book.bids() == [PriceLevel(Decimal("0.22"), Decimal("333")), PriceLevel(Decimal("0.08"), Decimal("300"))]
    assert book.asks(1) == [PriceLevel(Decimal("0.44"), Decimal("146"))]
    assert book.depth(1).bids == [PriceLevel(Decimal("0.22"), Decimal("333"))]
    assert book.side_levels("no") == {Decimal("0.54"): Decimal("20"), Decimal("0.56"): Decimal("146")}
    assert isinstance(book.best_bid().price, Decimal)  # type: ignore[union-attr]


def test_use_yes_price_books_take_no_side_as_asks_directly() -> None:
    book = prediction_book(yes_price=True)
    assert book.best_ask() == PriceLevel(Decimal("0.54"), Decimal("20"))


def test_deltas_add_change_and_remove_levels() -> None:
    book = prediction_book()
    assert book.apply_delta(delta("0.3000", "5.00", "yes"))
    assert book.best_bid() == PriceLevel(Decimal("0.30"), Decimal("5"))
    assert book.apply_delta(delta("0.3000", "-5.00", "yes", 12))
    assert book.best_bid() == PriceLevel(Decimal("0.22"), Decimal("333"))
    assert book.apply_delta(delta("0.0800", "0.50", "yes", 13))  # fractional contracts
    assert book.side_levels("yes")[Decimal("0.08")] == Decimal("300.50")
    assert book.apply_delta(delta("0.5600", "-146.00", "no", 14))
    assert book.best_ask() == PriceLevel(Decimal("0.46"), Decimal("20"))


def test_deltas_already_in_the_snapshot_are_skipped() -> None:
    book = prediction_book()
    assert not book.apply_delta(delta("0.3000", "5.00", "yes", clock=10))
    assert book.best_bid() == PriceLevel(Decimal("0.22"), Decimal("333"))


def test_unsynced_books_ignore_deltas_until_a_snapshot() -> None:
    book = OrderBook("M", PREDICTION.book)
    assert not book.apply_delta(delta("0.3000", "5.00", "yes"))
    book = prediction_book()
    book.invalidate()
    assert not book.is_synced and book.best_bid() is None and book.bids() == []
    assert not book.apply_delta(delta("0.3000", "5.00", "yes"))


@pytest.mark.parametrize(
    "bad",
    [
        delta("0.2200", "-334.00", "yes"),  # negative level: the book no longer matches
        delta("abc", "1.00", "yes"),
        delta("0.2200", "NaN", "yes"),
        delta("0.2200", "1.00", "maybe"),
        {"market_ticker": "M", "price_dollars": 0.22, "delta_fp": "1.00", "side": "yes"},
    ],
)
def test_bad_deltas_raise(bad: dict[str, object]) -> None:
    with pytest.raises(BookError):
        prediction_book().apply_delta(bad)


@pytest.mark.parametrize(
    "levels", [[["0.10"]], [["0.10", "-1"]], "0.10", [["x", "1"]], [[1, "1"]]], ids=["pair", "neg", "str", "nan", "num"]
)
def test_bad_snapshots_raise_and_leave_the_book_unsynced(levels: object) -> None:
    book = prediction_book()
    with pytest.raises(BookError):
        book.apply_snapshot({"market_ticker": "M", "yes_dollars_fp": levels})
    assert not book.is_synced


def test_absent_or_null_sides_are_empty() -> None:
    book = OrderBook("M", PREDICTION.book)
    book.apply_snapshot({"market_ticker": "M", "yes_dollars_fp": None})
    assert book.is_synced and book.best_bid() is None and book.best_ask() is None and book.spread is None


def test_perps_books_have_real_bids_and_asks() -> None:
    book = OrderBook("BTC-PERP", PERPS.book)
    book.apply_snapshot({"market_ticker": "BTC-PERP", "bid": [["100.5", "2"], ["100.0", "1"]], "ask": [["101", "3"]]})
    assert book.best_bid() == PriceLevel(Decimal("100.5"), Decimal("2"))
    assert book.best_ask() == PriceLevel(Decimal("101"), Decimal("3"))
    book.apply_delta({"market_ticker": "BTC-PERP", "price": "100.75", "delta": "4", "side": "ask"})
    assert book.asks() == [PriceLevel(Decimal("100.75"), Decimal("4")), PriceLevel(Decimal("101"), Decimal("3"))]
    with pytest.raises(BookError):
        book.apply_delta({"market_ticker": "BTC-PERP", "price": "1", "delta": "1", "side": "yes"})


def test_copies_are_independent() -> None:
    book = prediction_book()
    copy = book.copy()
    book.apply_delta(delta("0.3000", "5.00", "yes"))
    assert copy.best_bid() == PriceLevel(Decimal("0.22"), Decimal("333"))
    assert copy.best_ask() == book.best_ask()
    assert "OrderBook('M'" in repr(copy)


def test_depth_zero_and_more_than_available() -> None:
    book = prediction_book()
    assert book.bids(0) == [] and book.asks(0) == []
    assert len(book.bids(10)) == 2 and len(book.asks(10)) == 2
    with pytest.raises(KeyError):
        book.side_levels("bid")


@pytest.mark.parametrize("kind", ["prediction", "yes_price", "perps"])
def test_the_cached_best_levels_follow_every_delta(kind: str) -> None:
    # The book caches its best levels until a change reaches them; after any sequence of deltas
    # (new levels, levels emptied, changes at and behind the top) they equal the full sort.
    rng = random.Random(kind)
    fmt = PERPS.book if kind == "perps" else PREDICTION.book
    book = OrderBook("M", fmt, yes_price=kind == "yes_price")
    book.apply_snapshot({"market_ticker": "M", "clock": 1})
    levels: dict[tuple[str, int], int] = {}
    for clock in range(2, 800):
        side = rng.choice((fmt.bid_side, fmt.ask_side))
        cents = rng.randint(1, 12) if side == fmt.bid_side else rng.randint(10, 25)
        current = levels.get((side, cents), 0)
        change = rng.choice((-current, rng.randint(-current, 5), rng.randint(1, 5))) or 1
        levels[(side, cents)] = current + change
        msg = {fmt.delta_price_key: f"{cents / 100:.4f}", fmt.delta_count_key: f"{change:.2f}", "side": side}
        best = book.apply_delta_best({"market_ticker": "M", "clock": clock, **msg})
        bids, asks = book.bids(), book.asks()
        assert best == (bids[0] if bids else None, asks[0] if asks else None)
        assert (book.best_bid(), book.best_ask()) == best == book.best_levels()
        assert all(level.size > 0 for level in bids + asks)


def test_a_delta_without_a_clock_applies_to_a_synced_book_only() -> None:
    no_clock = {"market_ticker": "M", "price_dollars": "0.3000", "delta_fp": "5.00", "side": "yes"}
    assert not OrderBook("M", PREDICTION.book).apply_delta(no_clock)
    book = prediction_book()
    assert book.apply_delta(no_clock)
    assert book.best_bid() == PriceLevel(Decimal("0.30"), Decimal("5"))
    assert not book.apply_delta(delta("0.3000", "5.00", "yes", clock=9))  # stale
    book.invalidate()
    assert not book.apply_delta(no_clock) and not book.apply_delta(delta("0.3000", "5.00", "yes", clock=99))
