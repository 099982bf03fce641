from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.margin_corporate_action_type import MarginCorporateActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_corporate_action_final_settlement_terms import MarginCorporateActionFinalSettlementTerms
    from ..models.margin_corporate_action_split_terms import MarginCorporateActionSplitTerms
    from ..models.margin_corporate_action_ticker_change_terms import MarginCorporateActionTickerChangeTerms


_MarginCorporateActionType_get = _t.member_lookup(MarginCorporateActionType)


class MarginCorporateAction(_t.ResponseModel):
    """A corporate action the exchange applied to a margin market. Exactly one terms object matches type: split for
    stock_split, final_settlement for final_settlement, or ticker_change for ticker_change.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            id (str): Corporate action notice id, matching `id` in `GET /trade-api/v2/margin/corporate_actions`.
                Required (reading raises MissingFieldError if absent).
            market_id (str): Stable market UUID. Required (reading raises MissingFieldError if absent).
            market_ticker (str): Market ticker; the new ticker for ticker_change. Required (reading raises
                MissingFieldError if absent).
            type_ (MarginCorporateActionType): Corporate action type, identifying which terms object is present.
                Required (reading raises MissingFieldError if absent).
            ts_ms (int): Unix timestamp in milliseconds when the exchange applied the action. Required (reading
                raises MissingFieldError if absent).
            split (MarginCorporateActionSplitTerms): Terms for stock_split. Omitted for other types. Optional (None
                if absent).
            final_settlement (MarginCorporateActionFinalSettlementTerms): Terms for final_settlement. Omitted for
                other types. Optional (None if absent).
            ticker_change (MarginCorporateActionTickerChangeTerms): Terms for ticker_change. Omitted for other
                types. Optional (None if absent).
    """

    __slots__ = (
        "id",
        "market_id",
        "market_ticker",
        "type_",
        "ts_ms",
        "split",
        "final_settlement",
        "ticker_change",
    )

    id: str
    """Corporate action notice id, matching `id` in `GET /trade-api/v2/margin/corporate_actions`. Required (reading
    raises MissingFieldError if absent)."""

    market_id: str
    """Stable market UUID. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Market ticker; the new ticker for ticker_change. Required (reading raises MissingFieldError if absent)."""

    type_: MarginCorporateActionType
    """Corporate action type, identifying which terms object is present. Required (reading raises MissingFieldError
    if absent)."""

    ts_ms: int
    """Unix timestamp in milliseconds when the exchange applied the action. Required (reading raises
    MissingFieldError if absent)."""

    split: MarginCorporateActionSplitTerms | None
    """Terms for stock_split. Omitted for other types. Optional (None if absent)."""

    final_settlement: MarginCorporateActionFinalSettlementTerms | None
    """Terms for final_settlement. Omitted for other types. Optional (None if absent)."""

    ticker_change: MarginCorporateActionTickerChangeTerms | None
    """Terms for ticker_change. Omitted for other types. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "market_id": _t.StrField("market_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "type_": _t.EnumField("type", MarginCorporateActionType, required=True),
        "ts_ms": _t.IntField("ts_ms", required=True),
        "split": _t.ModelField(
            "split", f"{__package__}.margin_corporate_action_split_terms", "MarginCorporateActionSplitTerms"
        ),
        "final_settlement": _t.ModelField(
            "final_settlement",
            f"{__package__}.margin_corporate_action_final_settlement_terms",
            "MarginCorporateActionFinalSettlementTerms",
        ),
        "ticker_change": _t.ModelField(
            "ticker_change",
            f"{__package__}.margin_corporate_action_ticker_change_terms",
            "MarginCorporateActionTickerChangeTerms",
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
            k_ts_ms,
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
        if type(v := g(k_ts_ms)) is int:
            self.ts_ms = v
        else:
            self._slow_field("ts_ms")
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
        ts_ms: int | None | Unset = UNSET,
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
        self._set("ts_ms", ts_ms)
        self._set("split", split)
        self._set("final_settlement", final_settlement)
        self._set("ticker_change", ticker_change)


_KEYS = _t.JsonKeys(*(field.key for field in MarginCorporateAction._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "split": _t.builder(MarginCorporateAction, "split"),
    "final_settlement": _t.builder(MarginCorporateAction, "final_settlement"),
    "ticker_change": _t.builder(MarginCorporateAction, "ticker_change"),
}
