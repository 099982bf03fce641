from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecimalInput,
    Unset,
    decimal_to_json,
    named_money,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="EstimatePortfolioMaintenanceMarginPosition")


def _to_price(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "EstimatePortfolioMaintenanceMarginPosition.price")


@_attrs_define
class EstimatePortfolioMaintenanceMarginPosition:
    """
    Attributes:
        market_ticker (str): Market to include in the hypothetical portfolio. Must belong to the request's asset class.
        quantity (int): Signed whole contract count; positive long, negative short. Must be non-zero.
        price (Decimal | Unset): Price of one contract in USD, to at most four decimal places (e.g. "6.8000"). Must be
            positive. Omit to use the market's mark price from its latest settlement (before the end of `date`, if set);
            returns 400 if there is none.
    """

    market_ticker: str
    quantity: int
    price: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_price)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        quantity = self.quantity

        price = decimal_to_json(self.price)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_ticker": market_ticker,
                "quantity": quantity,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker")

        quantity = d.pop("quantity")

        price = d.pop("price", UNSET)

        estimate_portfolio_maintenance_margin_position = cls(
            market_ticker=market_ticker,
            quantity=quantity,
            price=price,
        )

        estimate_portfolio_maintenance_margin_position.additional_properties = d
        return estimate_portfolio_maintenance_margin_position

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
