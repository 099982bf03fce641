from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class MarketSettlementEstimate(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        quantity_centicount (int): Position quantity in centicounts. Required (reading raises MissingFieldError
            if absent).
        variation_margin_centicents (int): Variation margin for this market. Required (reading raises
            MissingFieldError if absent).
        notional_value_centicents (int): Notional value for this market. Required (reading raises
            MissingFieldError if absent).
        session_avg_price_fp (Decimal): Average entry price for the current settlement session, as a fixed-point
            dollar string. Omitted when the position quantity is zero. Optional (None if absent).
    """

    __slots__ = (
        "quantity_centicount",
        "variation_margin_centicents",
        "notional_value_centicents",
        "session_avg_price_fp",
    )

    quantity_centicount: int
    """Position quantity in centicounts. Required (reading raises MissingFieldError if absent)."""

    variation_margin_centicents: int
    """Variation margin for this market. Required (reading raises MissingFieldError if absent)."""

    notional_value_centicents: int
    """Notional value for this market. Required (reading raises MissingFieldError if absent)."""

    session_avg_price_fp: Decimal | None
    """Average entry price for the current settlement session, as a fixed-point dollar string. Omitted when the
    position quantity is zero. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "quantity_centicount": _t.IntField("quantity_centicount", required=True),
        "variation_margin_centicents": _t.IntField("variation_margin_centicents", required=True),
        "notional_value_centicents": _t.IntField("notional_value_centicents", required=True),
        "session_avg_price_fp": _t.DecimalField("session_avg_price_fp"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("quantity_centicount")) is int:
            self.quantity_centicount = v
        else:
            self._slow_field("quantity_centicount")
        if type(v := g("variation_margin_centicents")) is int:
            self.variation_margin_centicents = v
        else:
            self._slow_field("variation_margin_centicents")
        if type(v := g("notional_value_centicents")) is int:
            self.notional_value_centicents = v
        else:
            self._slow_field("notional_value_centicents")
        if (x := _dc(v := g("session_avg_price_fp"))) is not None:  # only text already parsed is in the cache
            self.session_avg_price_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.session_avg_price_fp = _nd(v)
        elif v is None or v == "":
            self.session_avg_price_fp = None
        else:
            self._slow_field("session_avg_price_fp")

    def __init__(
        self,
        *,
        quantity_centicount: int | None | Unset = UNSET,
        variation_margin_centicents: int | None | Unset = UNSET,
        notional_value_centicents: int | None | Unset = UNSET,
        session_avg_price_fp: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarketSettlementEstimate from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("quantity_centicount", quantity_centicount)
        self._set("variation_margin_centicents", variation_margin_centicents)
        self._set("notional_value_centicents", notional_value_centicents)
        self._set("session_avg_price_fp", session_avg_price_fp)
