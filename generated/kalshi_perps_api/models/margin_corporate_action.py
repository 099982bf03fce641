from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_corporate_action_status import MarginCorporateActionStatus
from ..models.margin_corporate_action_type import MarginCorporateActionType
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.margin_corporate_action_cash_terms import MarginCorporateActionCashTerms
    from ..models.margin_corporate_action_final_settlement_terms import MarginCorporateActionFinalSettlementTerms
    from ..models.margin_corporate_action_split_terms import MarginCorporateActionSplitTerms
    from ..models.margin_corporate_action_ticker_change_terms import MarginCorporateActionTickerChangeTerms


T = TypeVar("T", bound="MarginCorporateAction")


@_attrs_define
class MarginCorporateAction:
    """A margin corporate action notice. Scheduled, applied and lapsed notices have exactly one terms object matching type:
    cash for cash_dividend, special_dividend or spin_off, split for stock_split, final_settlement for final_settlement,
    or ticker_change for ticker_change. Cancelled notices omit all four terms objects and execution_time.

        Attributes:
            id (str | Unset): Stable notice id, equal to the Klear review id.
            market_id (str | Unset): Stable market UUID.
            market_ticker (str | Unset): Market ticker.
            type_ (MarginCorporateActionType | Unset): Corporate action type, identifying which terms object is present.
            status (MarginCorporateActionStatus | Unset): Public notice status.
            updated_ts (datetime.datetime | Unset): Time of the latest clearing update.
            execution_time (datetime.datetime | None | Unset): Review execution time. Omitted for cancelled notices.
            cash (MarginCorporateActionCashTerms | None | Unset):
            split (MarginCorporateActionSplitTerms | None | Unset):
            final_settlement (MarginCorporateActionFinalSettlementTerms | None | Unset):
            ticker_change (MarginCorporateActionTickerChangeTerms | None | Unset):
    """

    id: str | Unset = UNSET
    market_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    type_: MarginCorporateActionType | Unset = UNSET
    status: MarginCorporateActionStatus | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    execution_time: datetime.datetime | None | Unset = UNSET
    cash: MarginCorporateActionCashTerms | None | Unset = UNSET
    split: MarginCorporateActionSplitTerms | None | Unset = UNSET
    final_settlement: MarginCorporateActionFinalSettlementTerms | None | Unset = UNSET
    ticker_change: MarginCorporateActionTickerChangeTerms | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.margin_corporate_action_cash_terms import MarginCorporateActionCashTerms  # noqa: PLC0415
        from ..models.margin_corporate_action_final_settlement_terms import MarginCorporateActionFinalSettlementTerms  # noqa: PLC0415
        from ..models.margin_corporate_action_split_terms import MarginCorporateActionSplitTerms  # noqa: PLC0415
        from ..models.margin_corporate_action_ticker_change_terms import MarginCorporateActionTickerChangeTerms  # noqa: PLC0415

        id = self.id

        market_id = self.market_id

        market_ticker = self.market_ticker

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()

        execution_time: None | str | Unset
        if isinstance(self.execution_time, Unset):
            execution_time = UNSET
        elif isinstance(self.execution_time, datetime.datetime):
            execution_time = self.execution_time.isoformat()
        else:
            execution_time = self.execution_time

        cash: dict[str, Any] | None | Unset
        if isinstance(self.cash, Unset):
            cash = UNSET
        elif isinstance(self.cash, MarginCorporateActionCashTerms):
            cash = self.cash.to_dict()
        else:
            cash = self.cash

        split: dict[str, Any] | None | Unset
        if isinstance(self.split, Unset):
            split = UNSET
        elif isinstance(self.split, MarginCorporateActionSplitTerms):
            split = self.split.to_dict()
        else:
            split = self.split

        final_settlement: dict[str, Any] | None | Unset
        if isinstance(self.final_settlement, Unset):
            final_settlement = UNSET
        elif isinstance(self.final_settlement, MarginCorporateActionFinalSettlementTerms):
            final_settlement = self.final_settlement.to_dict()
        else:
            final_settlement = self.final_settlement

        ticker_change: dict[str, Any] | None | Unset
        if isinstance(self.ticker_change, Unset):
            ticker_change = UNSET
        elif isinstance(self.ticker_change, MarginCorporateActionTickerChangeTerms):
            ticker_change = self.ticker_change.to_dict()
        else:
            ticker_change = self.ticker_change

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
        if status is not UNSET:
            field_dict["status"] = status
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if cash is not UNSET:
            field_dict["cash"] = cash
        if split is not UNSET:
            field_dict["split"] = split
        if final_settlement is not UNSET:
            field_dict["final_settlement"] = final_settlement
        if ticker_change is not UNSET:
            field_dict["ticker_change"] = ticker_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_corporate_action_cash_terms import MarginCorporateActionCashTerms  # noqa: PLC0415
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

        _status = d.pop("status", UNSET)
        status: MarginCorporateActionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MarginCorporateActionStatus(_status)

        _updated_ts = d.pop("updated_ts", UNSET)
        updated_ts: datetime.datetime | Unset
        if isinstance(_updated_ts, Unset):
            updated_ts = UNSET
        else:
            updated_ts = datetime.datetime.fromisoformat(_updated_ts)

        def _parse_execution_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_time_type_0 = datetime.datetime.fromisoformat(data)

                return execution_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        execution_time = _parse_execution_time(d.pop("execution_time", UNSET))

        def _parse_cash(data: object) -> MarginCorporateActionCashTerms | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cash_type_1 = MarginCorporateActionCashTerms.from_dict(data)

                return cash_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarginCorporateActionCashTerms | None | Unset, data)

        cash = _parse_cash(d.pop("cash", UNSET))

        def _parse_split(data: object) -> MarginCorporateActionSplitTerms | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                split_type_1 = MarginCorporateActionSplitTerms.from_dict(data)

                return split_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarginCorporateActionSplitTerms | None | Unset, data)

        split = _parse_split(d.pop("split", UNSET))

        def _parse_final_settlement(data: object) -> MarginCorporateActionFinalSettlementTerms | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                final_settlement_type_1 = MarginCorporateActionFinalSettlementTerms.from_dict(data)

                return final_settlement_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarginCorporateActionFinalSettlementTerms | None | Unset, data)

        final_settlement = _parse_final_settlement(d.pop("final_settlement", UNSET))

        def _parse_ticker_change(data: object) -> MarginCorporateActionTickerChangeTerms | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ticker_change_type_1 = MarginCorporateActionTickerChangeTerms.from_dict(data)

                return ticker_change_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarginCorporateActionTickerChangeTerms | None | Unset, data)

        ticker_change = _parse_ticker_change(d.pop("ticker_change", UNSET))

        margin_corporate_action = cls(
            id=id,
            market_id=market_id,
            market_ticker=market_ticker,
            type_=type_,
            status=status,
            updated_ts=updated_ts,
            execution_time=execution_time,
            cash=cash,
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
