from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateFCMPositionTransferRequest")


@_attrs_define
class CreateFCMPositionTransferRequest:
    """
    Attributes:
        source_subtrader_id (str): Full id of the FCM subtrader giving up the position, as returned by `GET
            /fcm/subtraders`.
        target_subtrader_id (str): Subtrader under your error account that receives the position,
            `{error_account_id}_{suffix}` with a 1-16 character alphanumeric suffix. Created if it does not exist.
        market_ticker (str): Ticker of the market whose position is moved.
        position_centicount (int): Contracts to move, in centicounts (contracts x 100). Positive moves YES, negative
            moves NO. Must be a non-zero whole number of contracts, e.g. 1000 for 10 YES or -500 for 5 NO.
        price_centicents (int): YES price per contract in centicents (cents x 100), in whole cents, even when moving NO.
            For example, 4500 is 45 cents. Minimum: 0. Maximum: 10000.
    """

    source_subtrader_id: str
    target_subtrader_id: str
    market_ticker: str
    position_centicount: int
    price_centicents: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_subtrader_id = self.source_subtrader_id

        target_subtrader_id = self.target_subtrader_id

        market_ticker = self.market_ticker

        position_centicount = self.position_centicount

        price_centicents = self.price_centicents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_subtrader_id": source_subtrader_id,
                "target_subtrader_id": target_subtrader_id,
                "market_ticker": market_ticker,
                "position_centicount": position_centicount,
                "price_centicents": price_centicents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_subtrader_id = d.pop("source_subtrader_id")

        target_subtrader_id = d.pop("target_subtrader_id")

        market_ticker = d.pop("market_ticker")

        position_centicount = d.pop("position_centicount")

        price_centicents = d.pop("price_centicents")

        create_fcm_position_transfer_request = cls(
            source_subtrader_id=source_subtrader_id,
            target_subtrader_id=target_subtrader_id,
            market_ticker=market_ticker,
            position_centicount=position_centicount,
            price_centicents=price_centicents,
        )

        create_fcm_position_transfer_request.additional_properties = d
        return create_fcm_position_transfer_request

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
