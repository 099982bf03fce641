from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class SettlementDetail(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Required (reading raises MissingFieldError if absent).
        market_ticker (str): Required (reading raises MissingFieldError if absent).
        subtrader_id (str): Required (reading raises MissingFieldError if absent).
        position_quantity_fp (Decimal): Signed position at settlement as a fixed-point contract count (e.g.
            "1.25"). Required (reading raises MissingFieldError if absent).
        pnl_centicents (int): Total PnL for this market and subtrader over the settlement period, including the
            market's net funding (itemized per funding period in the entry's funding_payments). Required (reading
            raises MissingFieldError if absent).
        total_fees_centicents (int): Total fees. Required (reading raises MissingFieldError if absent).
        total_amount_centicents (int): Total amount. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "id",
        "market_ticker",
        "subtrader_id",
        "position_quantity_fp",
        "pnl_centicents",
        "total_fees_centicents",
        "total_amount_centicents",
    )

    id: str
    """Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Required (reading raises MissingFieldError if absent)."""

    subtrader_id: str
    """Required (reading raises MissingFieldError if absent)."""

    position_quantity_fp: Decimal
    """Signed position at settlement as a fixed-point contract count (e.g. "1.25"). Required (reading raises
    MissingFieldError if absent)."""

    pnl_centicents: int
    """Total PnL for this market and subtrader over the settlement period, including the market's net funding
    (itemized per funding period in the entry's funding_payments). Required (reading raises MissingFieldError if
    absent)."""

    total_fees_centicents: int
    """Total fees. Required (reading raises MissingFieldError if absent)."""

    total_amount_centicents: int
    """Total amount. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "subtrader_id": _t.StrField("subtrader_id", required=True),
        "position_quantity_fp": _t.DecimalField("position_quantity_fp", required=True),
        "pnl_centicents": _t.IntField("pnl_centicents", required=True),
        "total_fees_centicents": _t.IntField("total_fees_centicents", required=True),
        "total_amount_centicents": _t.IntField("total_amount_centicents", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("id")) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g("subtrader_id")) is str:
            self.subtrader_id = v
        else:
            self._slow_field("subtrader_id")
        if (x := _dc(v := g("position_quantity_fp"))) is not None:  # only text already parsed is in the cache
            self.position_quantity_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.position_quantity_fp = _nd(v)
        else:
            self._slow_field("position_quantity_fp")
        if type(v := g("pnl_centicents")) is int:
            self.pnl_centicents = v
        else:
            self._slow_field("pnl_centicents")
        if type(v := g("total_fees_centicents")) is int:
            self.total_fees_centicents = v
        else:
            self._slow_field("total_fees_centicents")
        if type(v := g("total_amount_centicents")) is int:
            self.total_amount_centicents = v
        else:
            self._slow_field("total_amount_centicents")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        subtrader_id: str | None | Unset = UNSET,
        position_quantity_fp: Decimal | None | Unset = UNSET,
        pnl_centicents: int | None | Unset = UNSET,
        total_fees_centicents: int | None | Unset = UNSET,
        total_amount_centicents: int | None | Unset = UNSET,
    ) -> None:
        """A SettlementDetail from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("market_ticker", market_ticker)
        self._set("subtrader_id", subtrader_id)
        self._set("position_quantity_fp", position_quantity_fp)
        self._set("pnl_centicents", pnl_centicents)
        self._set("total_fees_centicents", total_fees_centicents)
        self._set("total_amount_centicents", total_amount_centicents)
