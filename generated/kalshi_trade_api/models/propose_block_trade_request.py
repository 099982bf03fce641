from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.propose_block_trade_request_maker_side import ProposeBlockTradeRequestMakerSide
from ..types import (
    UNSET,
    Unset,
    enum_value,
)

T = TypeVar("T", bound="ProposeBlockTradeRequest")


def _to_maker_side(value: ProposeBlockTradeRequestMakerSide | str) -> ProposeBlockTradeRequestMakerSide:
    return enum_value(ProposeBlockTradeRequestMakerSide, value, "ProposeBlockTradeRequest.maker_side")


@_attrs_define
class ProposeBlockTradeRequest:
    """
    Attributes:
        buyer_user_id (str): User ID of the buyer
        seller_user_id (str): User ID of the seller
        market_ticker (str): The ticker of the market for this block trade
        price_centi_cents (int): Price in centi-cents. Minimum: 1.
        centicount (int): Number of contracts in centicounts. Minimum: 1.
        maker_side (ProposeBlockTradeRequestMakerSide): The maker side of the trade
        expiration_ts (datetime.datetime): Expiration time of the proposal
        buyer_subtrader_id (str | Unset): Subtrader ID of the buyer. Provide either this or buyer_subaccount, not both.
        buyer_subaccount (int | Unset): User-managed subaccount number of the buyer (0 for primary, 1-63 for numbered
            subaccounts). Provide either this or buyer_subtrader_id, not both. Minimum: 0. Maximum: 63.
        seller_subtrader_id (str | Unset): Subtrader ID of the seller. Provide either this or seller_subaccount, not
            both.
        seller_subaccount (int | Unset): User-managed subaccount number of the seller (0 for primary, 1-63 for numbered
            subaccounts). Provide either this or seller_subtrader_id, not both. Minimum: 0. Maximum: 63.
    """

    buyer_user_id: str
    seller_user_id: str
    market_ticker: str
    price_centi_cents: int
    centicount: int
    maker_side: ProposeBlockTradeRequestMakerSide = _attrs_field(converter=_to_maker_side)
    expiration_ts: datetime.datetime
    buyer_subtrader_id: str | Unset = UNSET
    buyer_subaccount: int | Unset = UNSET
    seller_subtrader_id: str | Unset = UNSET
    seller_subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer_user_id = self.buyer_user_id

        seller_user_id = self.seller_user_id

        market_ticker = self.market_ticker

        price_centi_cents = self.price_centi_cents

        centicount = self.centicount

        maker_side = self.maker_side.value

        expiration_ts = self.expiration_ts.isoformat()

        buyer_subtrader_id = self.buyer_subtrader_id

        buyer_subaccount = self.buyer_subaccount

        seller_subtrader_id = self.seller_subtrader_id

        seller_subaccount = self.seller_subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyer_user_id": buyer_user_id,
                "seller_user_id": seller_user_id,
                "market_ticker": market_ticker,
                "price_centi_cents": price_centi_cents,
                "centicount": centicount,
                "maker_side": maker_side,
                "expiration_ts": expiration_ts,
            }
        )
        if buyer_subtrader_id is not UNSET:
            field_dict["buyer_subtrader_id"] = buyer_subtrader_id
        if buyer_subaccount is not UNSET:
            field_dict["buyer_subaccount"] = buyer_subaccount
        if seller_subtrader_id is not UNSET:
            field_dict["seller_subtrader_id"] = seller_subtrader_id
        if seller_subaccount is not UNSET:
            field_dict["seller_subaccount"] = seller_subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buyer_user_id = d.pop("buyer_user_id")

        seller_user_id = d.pop("seller_user_id")

        market_ticker = d.pop("market_ticker")

        price_centi_cents = d.pop("price_centi_cents")

        centicount = d.pop("centicount")

        maker_side = ProposeBlockTradeRequestMakerSide(d.pop("maker_side"))

        expiration_ts = datetime.datetime.fromisoformat(d.pop("expiration_ts"))

        buyer_subtrader_id = d.pop("buyer_subtrader_id", UNSET)

        buyer_subaccount = d.pop("buyer_subaccount", UNSET)

        seller_subtrader_id = d.pop("seller_subtrader_id", UNSET)

        seller_subaccount = d.pop("seller_subaccount", UNSET)

        propose_block_trade_request = cls(
            buyer_user_id=buyer_user_id,
            seller_user_id=seller_user_id,
            market_ticker=market_ticker,
            price_centi_cents=price_centi_cents,
            centicount=centicount,
            maker_side=maker_side,
            expiration_ts=expiration_ts,
            buyer_subtrader_id=buyer_subtrader_id,
            buyer_subaccount=buyer_subaccount,
            seller_subtrader_id=seller_subtrader_id,
            seller_subaccount=seller_subaccount,
        )

        propose_block_trade_request.additional_properties = d
        return propose_block_trade_request

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
