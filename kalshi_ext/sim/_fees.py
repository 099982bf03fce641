"""Kalshi's trading fees, exact (SIMULATOR.md 1.6).

Per fill: taker fee = 0.07 x C x P x (1 - P) x multiplier, rounded *up* to $0.0001; the maker pays
nothing on ``quadratic``, a quarter of the taker rate on ``quadratic_with_maker_fees`` and half on
``quadratic_with_combo_maker_fees``. ``flat`` charges a fixed amount per contract from a pluggable
table (Kalshi does not publish one; the default is $0.01 per contract, taker only).

The balance change of a fill (revenue minus fee) is floored to the account's precision ($0.0001
for a direct member, $0.01 otherwise); the difference is a rounding fee, and a per-order
accumulator gives back $0.01 each time the order's accumulated rounding passes a cent.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ._units import ONE

FEE_TYPES = ("quadratic", "quadratic_with_maker_fees", "quadratic_with_combo_maker_fees", "flat")
_TAKER_RATE = Fraction(7, 100)
_MAKER_SHARE = {
    "quadratic": Fraction(0),
    "quadratic_with_maker_fees": Fraction(1, 4),
    "quadratic_with_combo_maker_fees": Fraction(1, 2),
}
FEE_UNIT = 100  # fees are rounded to $0.0001 = 100 micro-dollars
DIRECT_PRECISION = 100  # $0.0001 in micro-dollars
RETAIL_PRECISION = 10_000  # $0.01


@dataclass(frozen=True, slots=True)
class FeeSchedule:
    """One market's fee terms. ``multiplier`` as a Fraction (``Fraction("1")``); ``flat_per_contract``
    is in micro-dollars and used only by ``flat``."""

    fee_type: str = "quadratic_with_maker_fees"
    multiplier: Fraction = Fraction(1)
    flat_per_contract: int = 10_000

    def trade_fee(self, count: int, price: int, *, taker: bool) -> int:
        """The fee of one fill in micro-dollars, rounded up to $0.0001.

        ``count`` in count units (0.01 contract), ``price`` in price units (either leg: the
        formula is symmetric in P and 1 - P).
        """
        if self.fee_type == "flat":
            if not taker:
                return 0
            raw = Fraction(self.flat_per_contract * count, 100)
        else:
            rate = _TAKER_RATE if taker else _TAKER_RATE * _MAKER_SHARE[self.fee_type]
            if rate == 0:
                return 0
            # dollars = rate * (count/100) * (price/ONE) * ((ONE-price)/ONE) * multiplier
            raw = rate * self.multiplier * count * price * (ONE - price) * 1_000_000 / (100 * ONE * ONE)
        units = -((-raw.numerator * 1) // (raw.denominator * FEE_UNIT))  # ceil(raw / FEE_UNIT)
        return int(units) * FEE_UNIT


@dataclass(slots=True)
class RoundingAccumulator:
    """Per-order rounding ledger: pays back $0.01 whenever the accumulated rounding passes a cent."""

    accumulated: int = 0
    rebated: int = 0

    def settle(self, revenue: int, fee: int, precision: int) -> tuple[int, int]:
        """Return (balance change, rounding fee net of any rebate) for one fill, in micro-dollars."""
        exact = revenue - fee
        floored = (exact // precision) * precision
        rounding = exact - floored
        self.accumulated += rounding
        rebate = 0
        while self.accumulated - self.rebated >= RETAIL_PRECISION:
            self.rebated += RETAIL_PRECISION
            rebate += RETAIL_PRECISION
        return floored + rebate, rounding - rebate
