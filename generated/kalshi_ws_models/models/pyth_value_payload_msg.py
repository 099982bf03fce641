from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class PythValuePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        underlying_ticker (str): Qualified Pyth underlying ticker. Required (reading raises MissingFieldError if
            absent).
        value_usd (Decimal): Value formatted to 8 decimal places in the underlying's quoted units. For Treasury
            yields (InterestRate.US2Y, InterestRate.US5Y, InterestRate.US10Y, InterestRate.US30Y), this is percent:
            "4.25000000" means 4.25%. The field name is retained for compatibility. Required (reading raises
            MissingFieldError if absent).
        source_ts_ms (int): Pyth source timestamp (unix ms) Required (reading raises MissingFieldError if
            absent).
        received_at (int): When Kalshi received the Pyth update (unix ms) Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = (
        "underlying_ticker",
        "value_usd",
        "source_ts_ms",
        "received_at",
    )

    underlying_ticker: str
    """Qualified Pyth underlying ticker. Required (reading raises MissingFieldError if absent)."""

    value_usd: Decimal
    """Value formatted to 8 decimal places in the underlying's quoted units. For Treasury yields
    (InterestRate.US2Y, InterestRate.US5Y, InterestRate.US10Y, InterestRate.US30Y), this is percent:
    "4.25000000" means 4.25%. The field name is retained for compatibility. Required (reading raises
    MissingFieldError if absent)."""

    source_ts_ms: int
    """Pyth source timestamp (unix ms) Required (reading raises MissingFieldError if absent)."""

    received_at: int
    """When Kalshi received the Pyth update (unix ms) Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "underlying_ticker": _t.StrField("underlying_ticker", required=True),
        "value_usd": _t.DecimalField("value_usd", required=True),
        "source_ts_ms": _t.IntField("source_ts_ms", required=True),
        "received_at": _t.IntField("received_at", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("underlying_ticker")) is str:
            self.underlying_ticker = v
        else:
            self._slow_field("underlying_ticker")
        if (x := _dc(v := g("value_usd"))) is not None:  # only text already parsed is in the cache
            self.value_usd = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.value_usd = _nd(v)
        else:
            self._slow_field("value_usd")
        if type(v := g("source_ts_ms")) is int:
            self.source_ts_ms = v
        else:
            self._slow_field("source_ts_ms")
        if type(v := g("received_at")) is int:
            self.received_at = v
        else:
            self._slow_field("received_at")

    def __init__(
        self,
        *,
        underlying_ticker: str | None | Unset = UNSET,
        value_usd: Decimal | None | Unset = UNSET,
        source_ts_ms: int | None | Unset = UNSET,
        received_at: int | None | Unset = UNSET,
    ) -> None:
        """A PythValuePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("underlying_ticker", underlying_ticker)
        self._set("value_usd", value_usd)
        self._set("source_ts_ms", source_ts_ms)
        self._set("received_at", received_at)
