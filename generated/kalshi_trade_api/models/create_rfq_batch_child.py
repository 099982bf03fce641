from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecimalInput,
    LazyList,
    Unset,
    decimal_to_json,
    named_money,
    to_decimal_or_none_or_unset,
    to_decimal_or_unset,
)

if TYPE_CHECKING:
    from ..models.ticker_pair import TickerPair


T = TypeVar("T", bound="CreateRFQBatchChild")


def _to_contracts_fp(value: DecimalInput | None | Unset) -> Decimal | None | Unset:
    return named_money(to_decimal_or_none_or_unset, value, "CreateRFQBatchChild.contracts_fp")


def _to_target_cost_dollars(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "CreateRFQBatchChild.target_cost_dollars")


@_attrs_define
class CreateRFQBatchChild:
    """One combo to request quotes on. Set exactly one of market_ticker and selected_markets, and optionally the child's
    own size.

        Attributes:
            market_ticker (str | Unset): Ticker of an existing combo market
            selected_markets (list[TickerPair] | Unset): Legs of the combo, at most 6, looked up or created in the request's
                mve_collection_ticker as POST /multivariate_event_collections/{collection_ticker} does. At most 6 items.
            contracts_fp (Decimal | None | Unset): Number of contracts requested on this child, in place of the batch's
                size. Provide at most one of contracts_fp and target_cost_dollars. Example: 10.00.
            target_cost_dollars (Decimal | Unset): Target cost of this child, in dollars, in place of the batch's size.
                Provide at most one of contracts_fp and target_cost_dollars. Example: 0.5600.
    """

    market_ticker: str | Unset = UNSET
    selected_markets: list[TickerPair] | Unset = UNSET
    contracts_fp: Decimal | None | Unset = _attrs_field(default=UNSET, converter=_to_contracts_fp)
    target_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_target_cost_dollars)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        selected_markets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_markets, Unset):
            selected_markets = []
            for selected_markets_item_data in self.selected_markets:
                selected_markets_item = selected_markets_item_data.to_dict()
                selected_markets.append(selected_markets_item)

        contracts_fp = decimal_to_json(self.contracts_fp)

        target_cost_dollars = decimal_to_json(self.target_cost_dollars)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if selected_markets is not UNSET:
            field_dict["selected_markets"] = selected_markets
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticker_pair import TickerPair  # noqa: PLC0415

        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        _selected_markets = d.pop("selected_markets", UNSET)
        selected_markets: list[TickerPair] | Unset = UNSET
        if _selected_markets is not UNSET:
            selected_markets = LazyList(_selected_markets or [], TickerPair)

        def _parse_contracts_fp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contracts_fp = _parse_contracts_fp(d.pop("contracts_fp", UNSET))

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)

        create_rfq_batch_child = cls(
            market_ticker=market_ticker,
            selected_markets=selected_markets,
            contracts_fp=contracts_fp,
            target_cost_dollars=target_cost_dollars,
        )

        create_rfq_batch_child.additional_properties = d
        return create_rfq_batch_child

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
