from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecimalInput,
    Unset,
    decimal_to_json,
    named_money,
    to_decimal_or_none_or_unset,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="CreateRFQRequest")


def _to_contracts_fp(value: DecimalInput | None | Unset) -> Decimal | None | Unset:
    return named_money(to_decimal_or_none_or_unset, value, "CreateRFQRequest.contracts_fp")


def _to_target_cost_dollars(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "CreateRFQRequest.target_cost_dollars")


@_attrs_define
class CreateRFQRequest:
    """
    Attributes:
        market_ticker (str): The ticker of the market for which to create an RFQ
        rest_remainder (bool): Whether to rest the remainder of the RFQ after execution
        contracts (int | Unset): Whole-contract count for the RFQ. Use contracts_fp for partial contract values; if both
            are provided, they must match.
        contracts_fp (Decimal | None | Unset): Fixed-point number of contracts for the RFQ. Supports partial contracts
            in 0.01-contract increments; if contracts is also provided, both values must match. Example: 10.00.
        target_cost_centi_cents (int | Unset): DEPRECATED: The target cost for the RFQ in centi-cents. Use
            target_cost_dollars instead.
        target_cost_dollars (Decimal | Unset): The target cost for the RFQ in dollars Example: 0.5600.
        target_cost_excludes_fees (bool | Unset): Sizes quotes against the target cost as principal only (contracts =
            target cost / price), with your taker fees charged on top of the target cost. By default (false) the target cost
            caps principal plus Kalshi fees, and quote sizes are reduced to make room for the fees. Only valid together with
            a target cost.
        obscure_creator_id (bool | Unset): Replace the RFQ creator's public communications ID with a shared empty-input
            SHA-256 hash for other users. Applies to RFQ responses and broadcasts, and to quotes before successful
            execution. Successful execution reveals the normal ID in subsequent RFQ responses and in the executed quote.
            Accepting or confirming a quote does not reveal the ID. The creator always sees their normal ID. See the RFQ
            guide for the placeholder and visibility rules. Default: False.
        replace_existing (bool | Unset): Whether to delete existing RFQs as part of this RFQ's creation Default: False.
        subtrader_id (str | Unset): The subtrader to create the RFQ for (FCM members only)
        subaccount (int | Unset): The subaccount number to create the RFQ for (direct members only; 0 for primary, 1-63
            for subaccounts)
    """

    market_ticker: str
    rest_remainder: bool
    contracts: int | Unset = UNSET
    contracts_fp: Decimal | None | Unset = _attrs_field(default=UNSET, converter=_to_contracts_fp)
    target_cost_centi_cents: int | Unset = UNSET
    target_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_target_cost_dollars)
    target_cost_excludes_fees: bool | Unset = UNSET
    obscure_creator_id: bool | Unset = False
    replace_existing: bool | Unset = False
    subtrader_id: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        rest_remainder = self.rest_remainder

        contracts = self.contracts

        contracts_fp = decimal_to_json(self.contracts_fp)

        target_cost_centi_cents = self.target_cost_centi_cents

        target_cost_dollars = decimal_to_json(self.target_cost_dollars)

        target_cost_excludes_fees = self.target_cost_excludes_fees

        obscure_creator_id = self.obscure_creator_id

        replace_existing = self.replace_existing

        subtrader_id = self.subtrader_id

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_ticker": market_ticker,
                "rest_remainder": rest_remainder,
            }
        )
        if contracts is not UNSET:
            field_dict["contracts"] = contracts
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if target_cost_centi_cents is not UNSET:
            field_dict["target_cost_centi_cents"] = target_cost_centi_cents
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        if target_cost_excludes_fees is not UNSET:
            field_dict["target_cost_excludes_fees"] = target_cost_excludes_fees
        if obscure_creator_id is not UNSET:
            field_dict["obscure_creator_id"] = obscure_creator_id
        if replace_existing is not UNSET:
            field_dict["replace_existing"] = replace_existing
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker")

        rest_remainder = d.pop("rest_remainder")

        contracts = d.pop("contracts", UNSET)

        def _parse_contracts_fp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contracts_fp = _parse_contracts_fp(d.pop("contracts_fp", UNSET))

        target_cost_centi_cents = d.pop("target_cost_centi_cents", UNSET)

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)

        target_cost_excludes_fees = d.pop("target_cost_excludes_fees", UNSET)

        obscure_creator_id = d.pop("obscure_creator_id", UNSET)

        replace_existing = d.pop("replace_existing", UNSET)

        subtrader_id = d.pop("subtrader_id", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        create_rfq_request = cls(
            market_ticker=market_ticker,
            rest_remainder=rest_remainder,
            contracts=contracts,
            contracts_fp=contracts_fp,
            target_cost_centi_cents=target_cost_centi_cents,
            target_cost_dollars=target_cost_dollars,
            target_cost_excludes_fees=target_cost_excludes_fees,
            obscure_creator_id=obscure_creator_id,
            replace_existing=replace_existing,
            subtrader_id=subtrader_id,
            subaccount=subaccount,
        )

        create_rfq_request.additional_properties = d
        return create_rfq_request

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
