from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_class import AssetClass
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="CorporateActionPaymentDetail")


@_attrs_define
class CorporateActionPaymentDetail:
    """Cash distributions and split adjustments already reflected in settlement PnL; these are not additional amounts to
    add to the obligation total.

        Attributes:
            id (str | Unset):
            type_ (str | Unset): Corporate-action type.
            ca_id (str | Unset): Identifier of the corporate action that generated this payment.
            market_id (UUID | Unset):
            market_ticker (str | Unset):
            asset_class (AssetClass | Unset): Asset class of the margin markets covered by this entry.
            subtrader_id (str | Unset):
            position_quantity_fp (Decimal | Unset): Signed position before the action as a fixed-point contract count.
            post_position_quantity_fp (Decimal | Unset): Signed position after the action as a fixed-point contract count;
                unchanged for cash distributions.
            payment_amount_centicents (int | Unset): Signed cash amount; positive when received and negative when paid. For
                splits this is cash in lieu and excludes position revaluation.
            payment_time (datetime.datetime | None | Unset): Scheduled cash payment time; null for splits.
            settlement_execution_time (datetime.datetime | Unset): Settlement cycle that carries this payment.
            pre_split_price_centicents (int | Unset): Mark price before the split; omitted when not applicable.
            post_split_price_centicents (int | Unset): Mark price after the split; omitted when not applicable.
            exchange_ts (datetime.datetime | Unset): Exchange event timestamp when available.
            created_ts (datetime.datetime | Unset): Time the payment row was created.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    ca_id: str | Unset = UNSET
    market_id: UUID | Unset = UNSET
    market_ticker: str | Unset = UNSET
    asset_class: AssetClass | Unset = UNSET
    subtrader_id: str | Unset = UNSET
    position_quantity_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    post_position_quantity_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    payment_amount_centicents: int | Unset = UNSET
    payment_time: datetime.datetime | None | Unset = UNSET
    settlement_execution_time: datetime.datetime | Unset = UNSET
    pre_split_price_centicents: int | Unset = UNSET
    post_split_price_centicents: int | Unset = UNSET
    exchange_ts: datetime.datetime | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        ca_id = self.ca_id

        market_id: str | Unset = UNSET
        if not isinstance(self.market_id, Unset):
            market_id = str(self.market_id)

        market_ticker = self.market_ticker

        asset_class: str | Unset = UNSET
        if not isinstance(self.asset_class, Unset):
            asset_class = self.asset_class.value

        subtrader_id = self.subtrader_id

        position_quantity_fp = decimal_to_json(self.position_quantity_fp)

        post_position_quantity_fp = decimal_to_json(self.post_position_quantity_fp)

        payment_amount_centicents = self.payment_amount_centicents

        payment_time: None | str | Unset
        if isinstance(self.payment_time, Unset):
            payment_time = UNSET
        elif isinstance(self.payment_time, datetime.datetime):
            payment_time = self.payment_time.isoformat()
        else:
            payment_time = self.payment_time

        settlement_execution_time: str | Unset = UNSET
        if not isinstance(self.settlement_execution_time, Unset):
            settlement_execution_time = self.settlement_execution_time.isoformat()

        pre_split_price_centicents = self.pre_split_price_centicents

        post_split_price_centicents = self.post_split_price_centicents

        exchange_ts: str | Unset = UNSET
        if not isinstance(self.exchange_ts, Unset):
            exchange_ts = self.exchange_ts.isoformat()

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ca_id is not UNSET:
            field_dict["ca_id"] = ca_id
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if asset_class is not UNSET:
            field_dict["asset_class"] = asset_class
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if position_quantity_fp is not UNSET:
            field_dict["position_quantity_fp"] = position_quantity_fp
        if post_position_quantity_fp is not UNSET:
            field_dict["post_position_quantity_fp"] = post_position_quantity_fp
        if payment_amount_centicents is not UNSET:
            field_dict["payment_amount_centicents"] = payment_amount_centicents
        if payment_time is not UNSET:
            field_dict["payment_time"] = payment_time
        if settlement_execution_time is not UNSET:
            field_dict["settlement_execution_time"] = settlement_execution_time
        if pre_split_price_centicents is not UNSET:
            field_dict["pre_split_price_centicents"] = pre_split_price_centicents
        if post_split_price_centicents is not UNSET:
            field_dict["post_split_price_centicents"] = post_split_price_centicents
        if exchange_ts is not UNSET:
            field_dict["exchange_ts"] = exchange_ts
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        ca_id = d.pop("ca_id", UNSET)

        _market_id = d.pop("market_id", UNSET)
        market_id: UUID | Unset
        if isinstance(_market_id, Unset):
            market_id = UNSET
        else:
            market_id = UUID(_market_id)

        market_ticker = d.pop("market_ticker", UNSET)

        _asset_class = d.pop("asset_class", UNSET)
        asset_class: AssetClass | Unset
        if isinstance(_asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = AssetClass(_asset_class)

        subtrader_id = d.pop("subtrader_id", UNSET)

        position_quantity_fp = d.pop("position_quantity_fp", UNSET)

        post_position_quantity_fp = d.pop("post_position_quantity_fp", UNSET)

        payment_amount_centicents = d.pop("payment_amount_centicents", UNSET)

        def _parse_payment_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_time_type_0 = datetime.datetime.fromisoformat(data)

                return payment_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        payment_time = _parse_payment_time(d.pop("payment_time", UNSET))

        _settlement_execution_time = d.pop("settlement_execution_time", UNSET)
        settlement_execution_time: datetime.datetime | Unset
        if isinstance(_settlement_execution_time, Unset):
            settlement_execution_time = UNSET
        else:
            settlement_execution_time = datetime.datetime.fromisoformat(_settlement_execution_time)

        pre_split_price_centicents = d.pop("pre_split_price_centicents", UNSET)

        post_split_price_centicents = d.pop("post_split_price_centicents", UNSET)

        _exchange_ts = d.pop("exchange_ts", UNSET)
        exchange_ts: datetime.datetime | Unset
        if isinstance(_exchange_ts, Unset):
            exchange_ts = UNSET
        else:
            exchange_ts = datetime.datetime.fromisoformat(_exchange_ts)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        corporate_action_payment_detail = cls(
            id=id,
            type_=type_,
            ca_id=ca_id,
            market_id=market_id,
            market_ticker=market_ticker,
            asset_class=asset_class,
            subtrader_id=subtrader_id,
            position_quantity_fp=position_quantity_fp,
            post_position_quantity_fp=post_position_quantity_fp,
            payment_amount_centicents=payment_amount_centicents,
            payment_time=payment_time,
            settlement_execution_time=settlement_execution_time,
            pre_split_price_centicents=pre_split_price_centicents,
            post_split_price_centicents=post_split_price_centicents,
            exchange_ts=exchange_ts,
            created_ts=created_ts,
        )

        corporate_action_payment_detail.additional_properties = d
        return corporate_action_payment_detail

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
