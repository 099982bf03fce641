from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_market_result import SettlementMarketResult
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="Settlement")


@_attrs_define
class Settlement:
    """
    Attributes:
        ticker (str | Unset): The ticker symbol of the market that was settled.
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
        event_ticker (str | Unset): The event ticker symbol of the market that was settled.
        market_result (SettlementMarketResult | Unset): The outcome of the market settlement. 'yes' = market resolved to
            YES, 'no' = market resolved to NO, 'scalar' = scalar market settled at a specific value.
        yes_count_fp (Decimal | Unset): String representation of the number of YES contracts owned at the time of
            settlement. Example: 10.00.
        yes_total_cost_dollars (Decimal | Unset): Total cost basis of all YES contracts in fixed-point dollars. Example:
            0.5600.
        no_count_fp (Decimal | Unset): String representation of the number of NO contracts owned at the time of
            settlement. Example: 10.00.
        no_total_cost_dollars (Decimal | Unset): Total cost basis of all NO contracts in fixed-point dollars. Example:
            0.5600.
        revenue (int | Unset): Total revenue earned from this settlement in cents (winning contracts pay out 100 cents
            each).
        settled_time (datetime.datetime | Unset): Timestamp when the market was settled and payouts were processed.
        fee_cost (Decimal | Unset): Total fees paid in fixed point dollars. Example: 0.3400.
        value (int | None | Unset): Payout of a single yes contract in cents.
    """

    ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    event_ticker: str | Unset = UNSET
    market_result: SettlementMarketResult | Unset = UNSET
    yes_count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_total_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_total_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    revenue: int | Unset = UNSET
    settled_time: datetime.datetime | Unset = UNSET
    fee_cost: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    value: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        exchange_index = self.exchange_index

        event_ticker = self.event_ticker

        market_result: str | Unset = UNSET
        if not isinstance(self.market_result, Unset):
            market_result = self.market_result.value

        yes_count_fp = decimal_to_json(self.yes_count_fp)

        yes_total_cost_dollars = decimal_to_json(self.yes_total_cost_dollars)

        no_count_fp = decimal_to_json(self.no_count_fp)

        no_total_cost_dollars = decimal_to_json(self.no_total_cost_dollars)

        revenue = self.revenue

        settled_time: str | Unset = UNSET
        if not isinstance(self.settled_time, Unset):
            settled_time = self.settled_time.isoformat()

        fee_cost = decimal_to_json(self.fee_cost)

        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_result is not UNSET:
            field_dict["market_result"] = market_result
        if yes_count_fp is not UNSET:
            field_dict["yes_count_fp"] = yes_count_fp
        if yes_total_cost_dollars is not UNSET:
            field_dict["yes_total_cost_dollars"] = yes_total_cost_dollars
        if no_count_fp is not UNSET:
            field_dict["no_count_fp"] = no_count_fp
        if no_total_cost_dollars is not UNSET:
            field_dict["no_total_cost_dollars"] = no_total_cost_dollars
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if settled_time is not UNSET:
            field_dict["settled_time"] = settled_time
        if fee_cost is not UNSET:
            field_dict["fee_cost"] = fee_cost
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        event_ticker = d.pop("event_ticker", UNSET)

        _market_result = d.pop("market_result", UNSET)
        market_result: SettlementMarketResult | Unset
        if isinstance(_market_result, Unset):
            market_result = UNSET
        else:
            market_result = SettlementMarketResult(_market_result)

        yes_count_fp = d.pop("yes_count_fp", UNSET)

        yes_total_cost_dollars = d.pop("yes_total_cost_dollars", UNSET)

        no_count_fp = d.pop("no_count_fp", UNSET)

        no_total_cost_dollars = d.pop("no_total_cost_dollars", UNSET)

        revenue = d.pop("revenue", UNSET)

        _settled_time = d.pop("settled_time", UNSET)
        settled_time: datetime.datetime | Unset
        if isinstance(_settled_time, Unset):
            settled_time = UNSET
        else:
            settled_time = datetime.datetime.fromisoformat(_settled_time)

        fee_cost = d.pop("fee_cost", UNSET)

        def _parse_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        settlement = cls(
            ticker=ticker,
            exchange_index=exchange_index,
            event_ticker=event_ticker,
            market_result=market_result,
            yes_count_fp=yes_count_fp,
            yes_total_cost_dollars=yes_total_cost_dollars,
            no_count_fp=no_count_fp,
            no_total_cost_dollars=no_total_cost_dollars,
            revenue=revenue,
            settled_time=settled_time,
            fee_cost=fee_cost,
            value=value,
        )

        settlement.additional_properties = d
        return settlement

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
