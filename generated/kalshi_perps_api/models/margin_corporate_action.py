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


_tc = _t.cached_datetime
_nt = _t.new_datetime
_MarginCorporateActionType_get = _t.member_lookup(MarginCorporateActionType)
_MarginCorporateActionStatus_get = _t.member_lookup(MarginCorporateActionStatus)


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

    __slots__ = (
        "id",
        "market_id",
        "market_ticker",
        "type_",
        "status",
        "updated_ts",
        "execution_time",
        "cash",
        "split",
        "final_settlement",
        "ticker_change",
    )

    id: str
    """Stable notice id, equal to the Klear review id. Required (reading raises MissingFieldError if absent)."""

    market_id: str
    """Stable market UUID. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Market ticker. Required (reading raises MissingFieldError if absent)."""

    type_: MarginCorporateActionType
    """Corporate action type, identifying which terms object is present. Required (reading raises MissingFieldError
    if absent)."""

    status: MarginCorporateActionStatus
    """Public notice status. Required (reading raises MissingFieldError if absent)."""

    updated_ts: datetime.datetime
    """Time of the latest clearing update. Required (reading raises MissingFieldError if absent)."""

    execution_time: datetime.datetime | None
    """Review execution time. Omitted for cancelled notices. Optional (None if absent)."""

    cash: MarginCorporateActionCashTerms | None
    """Optional (None if absent)."""

    split: MarginCorporateActionSplitTerms | None
    """Optional (None if absent)."""

    final_settlement: MarginCorporateActionFinalSettlementTerms | None
    """Optional (None if absent)."""

    ticker_change: MarginCorporateActionTickerChangeTerms | None
    """Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "market_id": _t.StrField("market_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "type_": _t.EnumField("type", MarginCorporateActionType, required=True),
        "status": _t.EnumField("status", MarginCorporateActionStatus, required=True),
        "updated_ts": _t.DateTimeField("updated_ts", required=True),
        "execution_time": _t.DateTimeField("execution_time", nullable=True),
        "cash": _t.ModelField(
            "cash", f"{__package__}.margin_corporate_action_cash_terms", "MarginCorporateActionCashTerms", nullable=True
        ),
        "split": _t.ModelField(
            "split",
            f"{__package__}.margin_corporate_action_split_terms",
            "MarginCorporateActionSplitTerms",
            nullable=True,
        ),
        "final_settlement": _t.ModelField(
            "final_settlement",
            f"{__package__}.margin_corporate_action_final_settlement_terms",
            "MarginCorporateActionFinalSettlementTerms",
            nullable=True,
        ),
        "ticker_change": _t.ModelField(
            "ticker_change",
            f"{__package__}.margin_corporate_action_ticker_change_terms",
            "MarginCorporateActionTickerChangeTerms",
            nullable=True,
        ),
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
            k_id,
            k_market_id,
            k_market_ticker,
            k_type_,
            k_status,
            k_updated_ts,
            k_execution_time,
            k_cash,
            k_split,
            k_final_settlement,
            k_ticker_change,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_market_id)) is str:
            self.market_id = v
        else:
            self._slow_field("market_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (m := _MarginCorporateActionType_get(v := g(k_type_))) is not None:
            self.type_ = m
        else:
            self._slow_field("type_")
        if (m := _MarginCorporateActionStatus_get(v := g(k_status))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if (t := _tc(v := g(k_updated_ts))) is not None:
            self.updated_ts = t
        elif isinstance(v, str):
            self.updated_ts = _nt(v)
        else:
            self._slow_field("updated_ts")
        if (t := _tc(v := g(k_execution_time))) is not None:
            self.execution_time = t
        elif isinstance(v, str):
            self.execution_time = _nt(v)
        elif v is None:
            self.execution_time = None
        else:
            self._slow_field("execution_time")
        if type(v := g(k_cash)) is dict:
            self.cash = _BUILD["cash"](v)
        elif v is None:
            self.cash = None
        else:
            self._slow_field("cash")
        if type(v := g(k_split)) is dict:
            self.split = _BUILD["split"](v)
        elif v is None:
            self.split = None
        else:
            self._slow_field("split")
        if type(v := g(k_final_settlement)) is dict:
            self.final_settlement = _BUILD["final_settlement"](v)
        elif v is None:
            self.final_settlement = None
        else:
            self._slow_field("final_settlement")
        if type(v := g(k_ticker_change)) is dict:
            self.ticker_change = _BUILD["ticker_change"](v)
        elif v is None:
            self.ticker_change = None
        else:
            self._slow_field("ticker_change")

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
        self._done = None
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


_KEYS = _t.JsonKeys(*(field.key for field in MarginCorporateAction._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "cash": _t.builder(MarginCorporateAction, "cash"),
    "split": _t.builder(MarginCorporateAction, "split"),
    "final_settlement": _t.builder(MarginCorporateAction, "final_settlement"),
    "ticker_change": _t.builder(MarginCorporateAction, "ticker_change"),
}
