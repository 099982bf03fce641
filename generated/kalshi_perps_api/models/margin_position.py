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
    to_decimal_or_none_or_unset,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="MarginPosition")


@_attrs_define
class MarginPosition:
    """
    Attributes:
        subaccount (int | Unset): The subaccount number that holds this position (0 for primary, 1-63 for subaccounts)
        market_ticker (str | Unset): Market ticker symbol
        position (Decimal | Unset): Position size as a fixed-point count string (positive = long, negative = short)
            Example: 10.00.
        entry_price (Decimal | Unset): Weighted average entry price of the open position Example: 0.5600.
        unrealized_pnl (Decimal | Unset): Mark-to-market unrealized PnL for the open position Example: 0.5600.
        margin_used (Decimal | None | Unset): Maintenance-margin-based capital usage for the open position. Null when
            the position shares its asset class with other portfolio-margin positions in the subaccount, since margin is
            then computed jointly for the group and cannot be attributed to a single market. Example: 0.5600.
        fees (Decimal | Unset): Total fees accumulated over the lifetime of the current open position, resets when
            position is fully closed Example: 0.5600.
        roe (float | None | Unset): Return on equity as a percentage (unrealized_pnl / margin_used * 100). Null when
            margin_used is zero or not attributable to this market.
        is_portfolio (bool | Unset): True when this position is hedged within a portfolio, so margin_used and roe cannot
            be attributed to it individually and are not reported.
    """

    subaccount: int | Unset = UNSET
    market_ticker: str | Unset = UNSET
    position: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    entry_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    unrealized_pnl: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    margin_used: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    fees: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    roe: float | None | Unset = UNSET
    is_portfolio: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount = self.subaccount

        market_ticker = self.market_ticker

        position = decimal_to_json(self.position)

        entry_price = decimal_to_json(self.entry_price)

        unrealized_pnl = decimal_to_json(self.unrealized_pnl)

        margin_used = decimal_to_json(self.margin_used)

        fees = decimal_to_json(self.fees)

        roe: float | None | Unset
        if isinstance(self.roe, Unset):
            roe = UNSET
        else:
            roe = self.roe

        is_portfolio = self.is_portfolio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if position is not UNSET:
            field_dict["position"] = position
        if entry_price is not UNSET:
            field_dict["entry_price"] = entry_price
        if unrealized_pnl is not UNSET:
            field_dict["unrealized_pnl"] = unrealized_pnl
        if margin_used is not UNSET:
            field_dict["margin_used"] = margin_used
        if fees is not UNSET:
            field_dict["fees"] = fees
        if roe is not UNSET:
            field_dict["roe"] = roe
        if is_portfolio is not UNSET:
            field_dict["is_portfolio"] = is_portfolio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount = d.pop("subaccount", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        position = d.pop("position", UNSET)

        entry_price = d.pop("entry_price", UNSET)

        unrealized_pnl = d.pop("unrealized_pnl", UNSET)

        def _parse_margin_used(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        margin_used = _parse_margin_used(d.pop("margin_used", UNSET))

        fees = d.pop("fees", UNSET)

        def _parse_roe(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        roe = _parse_roe(d.pop("roe", UNSET))

        is_portfolio = d.pop("is_portfolio", UNSET)

        margin_position = cls(
            subaccount=subaccount,
            market_ticker=market_ticker,
            position=position,
            entry_price=entry_price,
            unrealized_pnl=unrealized_pnl,
            margin_used=margin_used,
            fees=fees,
            roe=roe,
            is_portfolio=is_portfolio,
        )

        margin_position.additional_properties = d
        return margin_position

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
