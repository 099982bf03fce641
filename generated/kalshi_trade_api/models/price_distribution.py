from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class PriceDistribution(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        open_dollars (Decimal): First traded YES contract price on the market during the candlestick period (in
            dollars). May be null if there was no trade during the period. Example: 0.5600. Optional (None if
            absent).
        low_dollars (Decimal): Lowest traded YES contract price on the market during the candlestick period (in
            dollars). May be null if there was no trade during the period. Example: 0.5600. Optional (None if
            absent).
        high_dollars (Decimal): Highest traded YES contract price on the market during the candlestick period
            (in dollars). May be null if there was no trade during the period. Example: 0.5600. Optional (None if
            absent).
        close_dollars (Decimal): Last traded YES contract price on the market during the candlestick period (in
            dollars). May be null if there was no trade during the period. Example: 0.5600. Optional (None if
            absent).
        mean_dollars (Decimal): Mean traded YES contract price on the market during the candlestick period (in
            dollars). May be null if there was no trade during the period. Example: 0.5600. Optional (None if
            absent).
        previous_dollars (Decimal): Last traded YES contract price on the market before the candlestick period
            (in dollars). May be null if there were no trades before the period. Example: 0.5600. Optional (None if
            absent).
        min_dollars (Decimal): Minimum close price of any market during the candlestick period (in dollars).
            Example: 0.5600. Optional (None if absent).
        max_dollars (Decimal): Maximum close price of any market during the candlestick period (in dollars).
            Example: 0.5600. Optional (None if absent).
    """

    __slots__ = (
        "open_dollars",
        "low_dollars",
        "high_dollars",
        "close_dollars",
        "mean_dollars",
        "previous_dollars",
        "min_dollars",
        "max_dollars",
    )

    open_dollars: Decimal | None
    """First traded YES contract price on the market during the candlestick period (in dollars). May be null if
    there was no trade during the period. Example: 0.5600. Optional (None if absent)."""

    low_dollars: Decimal | None
    """Lowest traded YES contract price on the market during the candlestick period (in dollars). May be null if
    there was no trade during the period. Example: 0.5600. Optional (None if absent)."""

    high_dollars: Decimal | None
    """Highest traded YES contract price on the market during the candlestick period (in dollars). May be null if
    there was no trade during the period. Example: 0.5600. Optional (None if absent)."""

    close_dollars: Decimal | None
    """Last traded YES contract price on the market during the candlestick period (in dollars). May be null if
    there was no trade during the period. Example: 0.5600. Optional (None if absent)."""

    mean_dollars: Decimal | None
    """Mean traded YES contract price on the market during the candlestick period (in dollars). May be null if
    there was no trade during the period. Example: 0.5600. Optional (None if absent)."""

    previous_dollars: Decimal | None
    """Last traded YES contract price on the market before the candlestick period (in dollars). May be null if
    there were no trades before the period. Example: 0.5600. Optional (None if absent)."""

    min_dollars: Decimal | None
    """Minimum close price of any market during the candlestick period (in dollars). Example: 0.5600. Optional
    (None if absent)."""

    max_dollars: Decimal | None
    """Maximum close price of any market during the candlestick period (in dollars). Example: 0.5600. Optional
    (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "open_dollars": _t.DecimalField("open_dollars", nullable=True),
        "low_dollars": _t.DecimalField("low_dollars", nullable=True),
        "high_dollars": _t.DecimalField("high_dollars", nullable=True),
        "close_dollars": _t.DecimalField("close_dollars", nullable=True),
        "mean_dollars": _t.DecimalField("mean_dollars", nullable=True),
        "previous_dollars": _t.DecimalField("previous_dollars", nullable=True),
        "min_dollars": _t.DecimalField("min_dollars", nullable=True),
        "max_dollars": _t.DecimalField("max_dollars", nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_open_dollars,
            k_low_dollars,
            k_high_dollars,
            k_close_dollars,
            k_mean_dollars,
            k_previous_dollars,
            k_min_dollars,
            k_max_dollars,
        ) = _KEYS.keys
        if (x := _dc(v := g(k_open_dollars))) is not None:  # only text already parsed is in the cache
            self.open_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.open_dollars = _nd(v)
        elif v is None or v == "":
            self.open_dollars = None
        else:
            self._slow_field("open_dollars")
        if (x := _dc(v := g(k_low_dollars))) is not None:  # only text already parsed is in the cache
            self.low_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.low_dollars = _nd(v)
        elif v is None or v == "":
            self.low_dollars = None
        else:
            self._slow_field("low_dollars")
        if (x := _dc(v := g(k_high_dollars))) is not None:  # only text already parsed is in the cache
            self.high_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.high_dollars = _nd(v)
        elif v is None or v == "":
            self.high_dollars = None
        else:
            self._slow_field("high_dollars")
        if (x := _dc(v := g(k_close_dollars))) is not None:  # only text already parsed is in the cache
            self.close_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.close_dollars = _nd(v)
        elif v is None or v == "":
            self.close_dollars = None
        else:
            self._slow_field("close_dollars")
        if (x := _dc(v := g(k_mean_dollars))) is not None:  # only text already parsed is in the cache
            self.mean_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.mean_dollars = _nd(v)
        elif v is None or v == "":
            self.mean_dollars = None
        else:
            self._slow_field("mean_dollars")
        if (x := _dc(v := g(k_previous_dollars))) is not None:  # only text already parsed is in the cache
            self.previous_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.previous_dollars = _nd(v)
        elif v is None or v == "":
            self.previous_dollars = None
        else:
            self._slow_field("previous_dollars")
        if (x := _dc(v := g(k_min_dollars))) is not None:  # only text already parsed is in the cache
            self.min_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.min_dollars = _nd(v)
        elif v is None or v == "":
            self.min_dollars = None
        else:
            self._slow_field("min_dollars")
        if (x := _dc(v := g(k_max_dollars))) is not None:  # only text already parsed is in the cache
            self.max_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.max_dollars = _nd(v)
        elif v is None or v == "":
            self.max_dollars = None
        else:
            self._slow_field("max_dollars")

    def __init__(
        self,
        *,
        open_dollars: Decimal | None | Unset = UNSET,
        low_dollars: Decimal | None | Unset = UNSET,
        high_dollars: Decimal | None | Unset = UNSET,
        close_dollars: Decimal | None | Unset = UNSET,
        mean_dollars: Decimal | None | Unset = UNSET,
        previous_dollars: Decimal | None | Unset = UNSET,
        min_dollars: Decimal | None | Unset = UNSET,
        max_dollars: Decimal | None | Unset = UNSET,
    ) -> None:
        """A PriceDistribution from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("open_dollars", open_dollars)
        self._set("low_dollars", low_dollars)
        self._set("high_dollars", high_dollars)
        self._set("close_dollars", close_dollars)
        self._set("mean_dollars", mean_dollars)
        self._set("previous_dollars", previous_dollars)
        self._set("min_dollars", min_dollars)
        self._set("max_dollars", max_dollars)


_KEYS = _t.JsonKeys(*(field.key for field in PriceDistribution._declared.values()))  # in _load_fast's order
