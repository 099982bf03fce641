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


class FCMSubtraderNotionalRiskLimit(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subtrader_id (str): The subtrader the notional value risk limit applies to. Required (reading raises
            MissingFieldError if absent).
        market_ticker (str): The market the notional value risk limit applies to. Absent on the whole-subtrader
            (all-markets) limit. Optional (None if absent).
        notional_value_risk_limit (Decimal): The notional value risk limit as a fixed-point US dollar string
            with 4 decimal places. Example: 5000.0000. Required (reading raises MissingFieldError if absent).
        current_notional (Decimal): The notional currently consumed against this limit, in fixed-point US
            dollars. Per market it is the larger of the subtrader's long side (position plus resting bids) and short
            side (position minus resting asks), over the signed net position; a whole-subtrader entry carries that
            value summed across every market the subtrader touches. Every term is priced through the market's risk-
            notional model, the same pricing the exchange's limit check uses: the cached mark for positions and the
            limit price for resting orders on mark-model asset classes, quantity times the fixed DV01 base on Rates.
            Computed from the exchange's read model, so it excludes orders still in flight and may slightly trail
            the engine. Example: 1250.0000. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    subtrader_id: str = _field(_t.StrField("subtrader_id", required=True))
    """The subtrader the notional value risk limit applies to. Required (reading raises MissingFieldError if
    absent)."""

    market_ticker: str | None = _field(_t.StrField("market_ticker"))
    """The market the notional value risk limit applies to. Absent on the whole-subtrader (all-markets) limit.
    Optional (None if absent)."""

    notional_value_risk_limit: Decimal = _field(_t.DecimalField("notional_value_risk_limit", required=True))
    """The notional value risk limit as a fixed-point US dollar string with 4 decimal places. Example: 5000.0000.
    Required (reading raises MissingFieldError if absent)."""

    current_notional: Decimal = _field(_t.DecimalField("current_notional", required=True))
    """The notional currently consumed against this limit, in fixed-point US dollars. Per market it is the larger
    of the subtrader's long side (position plus resting bids) and short side (position minus resting asks), over
    the signed net position; a whole-subtrader entry carries that value summed across every market the subtrader
    touches. Every term is priced through the market's risk-notional model, the same pricing the exchange's
    limit check uses: the cached mark for positions and the limit price for resting orders on mark-model asset
    classes, quantity times the fixed DV01 base on Rates. Computed from the exchange's read model, so it
    excludes orders still in flight and may slightly trail the engine. Example: 1250.0000. Required (reading
    raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("subtrader_id", _M)
        if type(v) is str:
            d["subtrader_id"] = v
        elif v is not _M:
            slow("subtrader_id")
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is None:
            d["market_ticker"] = None
        elif v is not _M:
            slow("market_ticker")
        v = g("notional_value_risk_limit", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["notional_value_risk_limit"] = x
            else:
                slow("notional_value_risk_limit")
        elif v is not _M and v != "":
            slow("notional_value_risk_limit")
        v = g("current_notional", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["current_notional"] = x
            else:
                slow("current_notional")
        elif v is not _M and v != "":
            slow("current_notional")

    def __init__(
        self,
        *,
        subtrader_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        notional_value_risk_limit: Decimal | None | Unset = UNSET,
        current_notional: Decimal | None | Unset = UNSET,
    ) -> None:
        """A FCMSubtraderNotionalRiskLimit from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("subtrader_id", subtrader_id)
        self._set("market_ticker", market_ticker)
        self._set("notional_value_risk_limit", notional_value_risk_limit)
        self._set("current_notional", current_notional)
