from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_side import OutcomeSide
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="FcmFill")


@_attrs_define
class FcmFill:
    """
    Attributes:
        fill_id (str | Unset): Fill ID.
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
        ticker (str | Unset): Market ticker.
        taker_outcome_side (OutcomeSide | Unset): Outcome side.
        count_fp (Decimal | Unset): Filled contract count. Example: 10.00.
        yes_price_dollars (Decimal | Unset): YES price in dollars. Example: 0.5600.
        created_time (datetime.datetime | Unset): Fill execution time.
        maker_order_id (str | Unset): Maker order ID when owned by the FCM.
        maker_subtrader_id (str | Unset): Maker subtrader ID when owned by the FCM.
        maker_fee_cost (Decimal | Unset): Maker fee in dollars when owned by the FCM. Example: 0.5600.
        taker_order_id (str | Unset): Taker order ID when owned by the FCM.
        taker_subtrader_id (str | Unset): Taker subtrader ID when owned by the FCM.
        taker_fee_cost (Decimal | Unset): Taker fee in dollars when owned by the FCM. Example: 0.5600.
    """

    fill_id: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    ticker: str | Unset = UNSET
    taker_outcome_side: OutcomeSide | Unset = UNSET
    count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    created_time: datetime.datetime | Unset = UNSET
    maker_order_id: str | Unset = UNSET
    maker_subtrader_id: str | Unset = UNSET
    maker_fee_cost: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    taker_order_id: str | Unset = UNSET
    taker_subtrader_id: str | Unset = UNSET
    taker_fee_cost: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fill_id = self.fill_id

        exchange_index = self.exchange_index

        ticker = self.ticker

        taker_outcome_side: str | Unset = UNSET
        if not isinstance(self.taker_outcome_side, Unset):
            taker_outcome_side = self.taker_outcome_side.value

        count_fp = decimal_to_json(self.count_fp)

        yes_price_dollars = decimal_to_json(self.yes_price_dollars)

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        maker_order_id = self.maker_order_id

        maker_subtrader_id = self.maker_subtrader_id

        maker_fee_cost = decimal_to_json(self.maker_fee_cost)

        taker_order_id = self.taker_order_id

        taker_subtrader_id = self.taker_subtrader_id

        taker_fee_cost = decimal_to_json(self.taker_fee_cost)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fill_id is not UNSET:
            field_dict["fill_id"] = fill_id
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if taker_outcome_side is not UNSET:
            field_dict["taker_outcome_side"] = taker_outcome_side
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if maker_order_id is not UNSET:
            field_dict["maker_order_id"] = maker_order_id
        if maker_subtrader_id is not UNSET:
            field_dict["maker_subtrader_id"] = maker_subtrader_id
        if maker_fee_cost is not UNSET:
            field_dict["maker_fee_cost"] = maker_fee_cost
        if taker_order_id is not UNSET:
            field_dict["taker_order_id"] = taker_order_id
        if taker_subtrader_id is not UNSET:
            field_dict["taker_subtrader_id"] = taker_subtrader_id
        if taker_fee_cost is not UNSET:
            field_dict["taker_fee_cost"] = taker_fee_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fill_id = d.pop("fill_id", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        ticker = d.pop("ticker", UNSET)

        _taker_outcome_side = d.pop("taker_outcome_side", UNSET)
        taker_outcome_side: OutcomeSide | Unset
        if isinstance(_taker_outcome_side, Unset):
            taker_outcome_side = UNSET
        else:
            taker_outcome_side = OutcomeSide(_taker_outcome_side)

        count_fp = d.pop("count_fp", UNSET)

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        maker_order_id = d.pop("maker_order_id", UNSET)

        maker_subtrader_id = d.pop("maker_subtrader_id", UNSET)

        maker_fee_cost = d.pop("maker_fee_cost", UNSET)

        taker_order_id = d.pop("taker_order_id", UNSET)

        taker_subtrader_id = d.pop("taker_subtrader_id", UNSET)

        taker_fee_cost = d.pop("taker_fee_cost", UNSET)

        fcm_fill = cls(
            fill_id=fill_id,
            exchange_index=exchange_index,
            ticker=ticker,
            taker_outcome_side=taker_outcome_side,
            count_fp=count_fp,
            yes_price_dollars=yes_price_dollars,
            created_time=created_time,
            maker_order_id=maker_order_id,
            maker_subtrader_id=maker_subtrader_id,
            maker_fee_cost=maker_fee_cost,
            taker_order_id=taker_order_id,
            taker_subtrader_id=taker_subtrader_id,
            taker_fee_cost=taker_fee_cost,
        )

        fcm_fill.additional_properties = d
        return fcm_fill

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
