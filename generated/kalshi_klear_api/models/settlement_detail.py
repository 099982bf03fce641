from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    id: str = _field(_t.StrField("id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    subtrader_id: str = _field(_t.StrField("subtrader_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    position_quantity_fp: Decimal = _field(_t.DecimalField("position_quantity_fp", required=True))
    """Signed position at settlement as a fixed-point contract count (e.g. "1.25"). Required (reading raises
    MissingFieldError if absent)."""

    pnl_centicents: int = _field(_t.IntField("pnl_centicents", required=True))
    """Total PnL for this market and subtrader over the settlement period, including the market's net funding
    (itemized per funding period in the entry's funding_payments). Required (reading raises MissingFieldError if
    absent)."""

    total_fees_centicents: int = _field(_t.IntField("total_fees_centicents", required=True))
    """Total fees. Required (reading raises MissingFieldError if absent)."""

    total_amount_centicents: int = _field(_t.IntField("total_amount_centicents", required=True))
    """Total amount. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("id")) is str:
            d["id"] = v
        else:
            self._slow_field("id")
        if type(v := g("market_ticker")) is str:
            d["market_ticker"] = v
        else:
            self._slow_field("market_ticker")
        if type(v := g("subtrader_id")) is str:
            d["subtrader_id"] = v
        else:
            self._slow_field("subtrader_id")
        if (x := _dc(v := g("position_quantity_fp"))) is not None:  # only text already parsed is in the cache
            d["position_quantity_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["position_quantity_fp"] = _nd(v)
        else:
            self._slow_field("position_quantity_fp")
        if type(v := g("pnl_centicents")) is int:
            d["pnl_centicents"] = v
        else:
            self._slow_field("pnl_centicents")
        if type(v := g("total_fees_centicents")) is int:
            d["total_fees_centicents"] = v
        else:
            self._slow_field("total_fees_centicents")
        if type(v := g("total_amount_centicents")) is int:
            d["total_amount_centicents"] = v
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
