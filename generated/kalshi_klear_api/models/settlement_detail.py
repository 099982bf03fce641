from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("id", _M)
        if type(v) is str:
            d["id"] = v
        elif v is not _M:
            slow("id")
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is not _M:
            slow("market_ticker")
        v = g("subtrader_id", _M)
        if type(v) is str:
            d["subtrader_id"] = v
        elif v is not _M:
            slow("subtrader_id")
        v = g("position_quantity_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["position_quantity_fp"] = x
            else:
                slow("position_quantity_fp")
        elif v is not _M and v != "":
            slow("position_quantity_fp")
        v = g("pnl_centicents", _M)
        if type(v) is int:
            d["pnl_centicents"] = v
        elif v is not _M:
            slow("pnl_centicents")
        v = g("total_fees_centicents", _M)
        if type(v) is int:
            d["total_fees_centicents"] = v
        elif v is not _M:
            slow("total_fees_centicents")
        v = g("total_amount_centicents", _M)
        if type(v) is int:
            d["total_amount_centicents"] = v
        elif v is not _M:
            slow("total_amount_centicents")

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
        self._set("id", id)
        self._set("market_ticker", market_ticker)
        self._set("subtrader_id", subtrader_id)
        self._set("position_quantity_fp", position_quantity_fp)
        self._set("pnl_centicents", pnl_centicents)
        self._set("total_fees_centicents", total_fees_centicents)
        self._set("total_amount_centicents", total_amount_centicents)
