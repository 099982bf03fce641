from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="RfqBatchCreatedPayloadMsgRfqsItem")


@_attrs_define
class RfqBatchCreatedPayloadMsgRfqsItem:
    """
    Attributes:
        id (str | Unset): Unique identifier for the child RFQ
        market_ticker (str | Unset): Combo market ticker of the child RFQ
        event_ticker (str | Unset): Event ticker (optional)
        contracts_fp (Decimal | Unset): Fixed-point contracts requested (2 decimals) (optional)
        target_cost_dollars (Decimal | Unset): Target cost in dollars (optional)
        mve_collection_ticker (str | Unset): Multivariate event collection ticker (optional)
        leg_indices (list[int] | Unset): Indexes into legs of this combo's legs
    """

    id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    event_ticker: str | Unset = UNSET
    contracts_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    target_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    mve_collection_ticker: str | Unset = UNSET
    leg_indices: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        market_ticker = self.market_ticker

        event_ticker = self.event_ticker

        contracts_fp = decimal_to_json(self.contracts_fp)

        target_cost_dollars = decimal_to_json(self.target_cost_dollars)

        mve_collection_ticker = self.mve_collection_ticker

        leg_indices: list[int] | Unset = UNSET
        if not isinstance(self.leg_indices, Unset):
            leg_indices = self.leg_indices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if leg_indices is not UNSET:
            field_dict["leg_indices"] = leg_indices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        event_ticker = d.pop("event_ticker", UNSET)

        contracts_fp = d.pop("contracts_fp", UNSET)

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)

        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)

        _leg_indices = d.pop("leg_indices", UNSET)
        leg_indices = cast(list[int], [] if _leg_indices is None else _leg_indices)

        rfq_batch_created_payload_msg_rfqs_item = cls(
            id=id,
            market_ticker=market_ticker,
            event_ticker=event_ticker,
            contracts_fp=contracts_fp,
            target_cost_dollars=target_cost_dollars,
            mve_collection_ticker=mve_collection_ticker,
            leg_indices=leg_indices,
        )

        rfq_batch_created_payload_msg_rfqs_item.additional_properties = d
        return rfq_batch_created_payload_msg_rfqs_item

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
