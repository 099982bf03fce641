from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_corporate_action_type import MarginCorporateActionType
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.margin_corporate_action_final_settlement_terms import MarginCorporateActionFinalSettlementTerms
    from ..models.margin_corporate_action_split_terms import MarginCorporateActionSplitTerms
    from ..models.margin_corporate_action_ticker_change_terms import MarginCorporateActionTickerChangeTerms


T = TypeVar("T", bound="MarginCorporateAction")


@_attrs_define
class MarginCorporateAction:
    """A corporate action the exchange applied to a margin market. Exactly one terms object matches type: split for
    stock_split, final_settlement for final_settlement, or ticker_change for ticker_change.

        Attributes:
            id (str | Unset): Corporate action notice id, matching `id` in `GET /trade-api/v2/margin/corporate_actions`.
            market_id (str | Unset): Stable market UUID.
            market_ticker (str | Unset): Market ticker; the new ticker for ticker_change.
            type_ (MarginCorporateActionType | Unset): Corporate action type, identifying which terms object is present.
            ts_ms (int | Unset): Unix timestamp in milliseconds when the exchange applied the action.
            split (MarginCorporateActionSplitTerms | Unset): Terms for stock_split. Omitted for other types.
            final_settlement (MarginCorporateActionFinalSettlementTerms | Unset): Terms for final_settlement. Omitted for
                other types.
            ticker_change (MarginCorporateActionTickerChangeTerms | Unset): Terms for ticker_change. Omitted for other
                types.
    """

    id: str | Unset = UNSET
    market_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    type_: MarginCorporateActionType | Unset = UNSET
    ts_ms: int | Unset = UNSET
    split: MarginCorporateActionSplitTerms | Unset = UNSET
    final_settlement: MarginCorporateActionFinalSettlementTerms | Unset = UNSET
    ticker_change: MarginCorporateActionTickerChangeTerms | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        market_id = self.market_id

        market_ticker = self.market_ticker

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        ts_ms = self.ts_ms

        split: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split, Unset):
            split = self.split.to_dict()

        final_settlement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.final_settlement, Unset):
            final_settlement = self.final_settlement.to_dict()

        ticker_change: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticker_change, Unset):
            ticker_change = self.ticker_change.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if split is not UNSET:
            field_dict["split"] = split
        if final_settlement is not UNSET:
            field_dict["final_settlement"] = final_settlement
        if ticker_change is not UNSET:
            field_dict["ticker_change"] = ticker_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_corporate_action_final_settlement_terms import MarginCorporateActionFinalSettlementTerms  # noqa: PLC0415
        from ..models.margin_corporate_action_split_terms import MarginCorporateActionSplitTerms  # noqa: PLC0415
        from ..models.margin_corporate_action_ticker_change_terms import MarginCorporateActionTickerChangeTerms  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        market_id = d.pop("market_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: MarginCorporateActionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MarginCorporateActionType(_type_)

        ts_ms = d.pop("ts_ms", UNSET)

        _split = d.pop("split", UNSET)
        split: MarginCorporateActionSplitTerms | Unset
        if isinstance(_split, Unset):
            split = UNSET
        else:
            split = MarginCorporateActionSplitTerms.from_dict(_split)

        _final_settlement = d.pop("final_settlement", UNSET)
        final_settlement: MarginCorporateActionFinalSettlementTerms | Unset
        if isinstance(_final_settlement, Unset):
            final_settlement = UNSET
        else:
            final_settlement = MarginCorporateActionFinalSettlementTerms.from_dict(_final_settlement)

        _ticker_change = d.pop("ticker_change", UNSET)
        ticker_change: MarginCorporateActionTickerChangeTerms | Unset
        if isinstance(_ticker_change, Unset):
            ticker_change = UNSET
        else:
            ticker_change = MarginCorporateActionTickerChangeTerms.from_dict(_ticker_change)

        margin_corporate_action = cls(
            id=id,
            market_id=market_id,
            market_ticker=market_ticker,
            type_=type_,
            ts_ms=ts_ms,
            split=split,
            final_settlement=final_settlement,
            ticker_change=ticker_change,
        )

        margin_corporate_action.additional_properties = d
        return margin_corporate_action

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
