from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.margin_corporate_action_status import MarginCorporateActionStatus
from ..models.margin_corporate_action_type import MarginCorporateActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_corporate_action_cash_terms import MarginCorporateActionCashTerms
    from ..models.margin_corporate_action_final_settlement_terms import MarginCorporateActionFinalSettlementTerms
    from ..models.margin_corporate_action_split_terms import MarginCorporateActionSplitTerms
    from ..models.margin_corporate_action_ticker_change_terms import MarginCorporateActionTickerChangeTerms


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarginCorporateAction(_t.ResponseModel):
    """A margin corporate action notice. Scheduled, applied and lapsed notices have exactly one terms object matching
    type: cash for cash_dividend, special_dividend or spin_off, split for stock_split, final_settlement for
    final_settlement, or ticker_change for ticker_change. Cancelled notices omit all four terms objects and
    execution_time.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            id (str): Stable notice id, equal to the Klear review id. Required (reading raises MissingFieldError if
                absent).
            market_id (str): Stable market UUID. Required (reading raises MissingFieldError if absent).
            market_ticker (str): Market ticker. Required (reading raises MissingFieldError if absent).
            type_ (MarginCorporateActionType): Corporate action type, identifying which terms object is present.
                Required (reading raises MissingFieldError if absent).
            status (MarginCorporateActionStatus): Public notice status. Required (reading raises MissingFieldError
                if absent).
            updated_ts (datetime.datetime): Time of the latest clearing update. Required (reading raises
                MissingFieldError if absent).
            execution_time (datetime.datetime): Review execution time. Omitted for cancelled notices. Optional (None
                if absent).
            cash (MarginCorporateActionCashTerms): Optional (None if absent).
            split (MarginCorporateActionSplitTerms): Optional (None if absent).
            final_settlement (MarginCorporateActionFinalSettlementTerms): Optional (None if absent).
            ticker_change (MarginCorporateActionTickerChangeTerms): Optional (None if absent).
    """

    __slots__ = ()

    id: str = _field(_t.StrField("id", required=True))
    """Stable notice id, equal to the Klear review id. Required (reading raises MissingFieldError if absent)."""

    market_id: str = _field(_t.StrField("market_id", required=True))
    """Stable market UUID. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Market ticker. Required (reading raises MissingFieldError if absent)."""

    type_: MarginCorporateActionType = _field(_t.EnumField("type", MarginCorporateActionType, required=True))
    """Corporate action type, identifying which terms object is present. Required (reading raises MissingFieldError
    if absent)."""

    status: MarginCorporateActionStatus = _field(_t.EnumField("status", MarginCorporateActionStatus, required=True))
    """Public notice status. Required (reading raises MissingFieldError if absent)."""

    updated_ts: datetime.datetime = _field(_t.DateTimeField("updated_ts", required=True))
    """Time of the latest clearing update. Required (reading raises MissingFieldError if absent)."""

    execution_time: datetime.datetime | None = _field(_t.DateTimeField("execution_time", nullable=True))
    """Review execution time. Omitted for cancelled notices. Optional (None if absent)."""

    cash: MarginCorporateActionCashTerms | None = _field(
        _t.ModelField(
            "cash", f"{__package__}.margin_corporate_action_cash_terms", "MarginCorporateActionCashTerms", nullable=True
        )
    )
    """Optional (None if absent)."""

    split: MarginCorporateActionSplitTerms | None = _field(
        _t.ModelField(
            "split",
            f"{__package__}.margin_corporate_action_split_terms",
            "MarginCorporateActionSplitTerms",
            nullable=True,
        )
    )
    """Optional (None if absent)."""

    final_settlement: MarginCorporateActionFinalSettlementTerms | None = _field(
        _t.ModelField(
            "final_settlement",
            f"{__package__}.margin_corporate_action_final_settlement_terms",
            "MarginCorporateActionFinalSettlementTerms",
            nullable=True,
        )
    )
    """Optional (None if absent)."""

    ticker_change: MarginCorporateActionTickerChangeTerms | None = _field(
        _t.ModelField(
            "ticker_change",
            f"{__package__}.margin_corporate_action_ticker_change_terms",
            "MarginCorporateActionTickerChangeTerms",
            nullable=True,
        )
    )
    """Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("id", _M)
        if type(v) is str:
            d["id"] = v
        elif v is not _M:
            slow("id")
        v = g("market_id", _M)
        if type(v) is str:
            d["market_id"] = v
        elif v is not _M:
            slow("market_id")
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is not _M:
            slow("market_ticker")
        v = g("type", _M)
        m = MarginCorporateActionType._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["type_"] = m
        elif v is not _M:
            slow("type_")
        v = g("status", _M)
        m = MarginCorporateActionStatus._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["status"] = m
        elif v is not _M:
            slow("status")
        v = g("updated_ts", _M)
        if type(v) is str:
            d["updated_ts"] = _iso(v)
        elif v is not _M:
            slow("updated_ts")
        v = g("execution_time", _M)
        if type(v) is str:
            d["execution_time"] = _iso(v)
        elif v is None:
            d["execution_time"] = None
        elif v is not _M:
            slow("execution_time")
        v = g("cash", _M)
        if type(v) is dict:
            d["cash"] = _convert["cash"](v)
        elif v is None:
            d["cash"] = None
        elif v is not _M:
            slow("cash")
        v = g("split", _M)
        if type(v) is dict:
            d["split"] = _convert["split"](v)
        elif v is None:
            d["split"] = None
        elif v is not _M:
            slow("split")
        v = g("final_settlement", _M)
        if type(v) is dict:
            d["final_settlement"] = _convert["final_settlement"](v)
        elif v is None:
            d["final_settlement"] = None
        elif v is not _M:
            slow("final_settlement")
        v = g("ticker_change", _M)
        if type(v) is dict:
            d["ticker_change"] = _convert["ticker_change"](v)
        elif v is None:
            d["ticker_change"] = None
        elif v is not _M:
            slow("ticker_change")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        market_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        type_: MarginCorporateActionType | None | Unset = UNSET,
        status: MarginCorporateActionStatus | None | Unset = UNSET,
        updated_ts: datetime.datetime | None | Unset = UNSET,
        execution_time: datetime.datetime | None | Unset = UNSET,
        cash: MarginCorporateActionCashTerms | None | Unset = UNSET,
        split: MarginCorporateActionSplitTerms | None | Unset = UNSET,
        final_settlement: MarginCorporateActionFinalSettlementTerms | None | Unset = UNSET,
        ticker_change: MarginCorporateActionTickerChangeTerms | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateAction from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("id", id)
        self._set("market_id", market_id)
        self._set("market_ticker", market_ticker)
        self._set("type_", type_)
        self._set("status", status)
        self._set("updated_ts", updated_ts)
        self._set("execution_time", execution_time)
        self._set("cash", cash)
        self._set("split", split)
        self._set("final_settlement", final_settlement)
        self._set("ticker_change", ticker_change)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "cash": MarginCorporateAction.__dict__["cash"].convert,
    "split": MarginCorporateAction.__dict__["split"].convert,
    "final_settlement": MarginCorporateAction.__dict__["final_settlement"].convert,
    "ticker_change": MarginCorporateAction.__dict__["ticker_change"].convert,
}
