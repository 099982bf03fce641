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
    from ..models.create_rfq_batch_child import CreateRFQBatchChild


T = TypeVar("T", bound="CreateRFQBatchRequest")


def _to_contracts_fp(value: DecimalInput | None | Unset) -> Decimal | None | Unset:
    return named_money(to_decimal_or_none_or_unset, value, "CreateRFQBatchRequest.contracts_fp")


def _to_target_cost_dollars(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "CreateRFQBatchRequest.target_cost_dollars")


@_attrs_define
class CreateRFQBatchRequest:
    """
    Attributes:
        children (list[CreateRFQBatchChild]): The combos to request quotes on, one child RFQ each. Children must be
            distinct combos. At least 2 items. At most 57 items.
        mve_collection_ticker (str | Unset): Collection in which children given by selected_markets are looked up or
            created. Required when any child uses selected_markets.
        contracts_fp (Decimal | None | Unset): Number of contracts requested on every child that sets no size of its
            own. Provide at most one of contracts_fp and target_cost_dollars, and one of them unless every child sets its
            own. Example: 10.00.
        target_cost_dollars (Decimal | Unset): Target cost, in dollars, of every child that sets no size of its own.
            Provide at most one of contracts_fp and target_cost_dollars, and one of them unless every child sets its own.
            Example: 0.5600.
        target_cost_excludes_fees (bool | Unset): Same as on Create RFQ, applied to every child. Only valid when the
            children are sized by target cost.
        rest_remainder (bool | Unset): Must be false. A batch executes as one fill-or-kill, so no child rests a
            remainder. Default: False.
        replace_existing (bool | Unset): Close your oldest open RFQ batches as needed so this one can be created. Single
            RFQs are never replaced. Default: False.
        obscure_creator_id (bool | Unset): Same as on Create RFQ, applied to the batch and every child. Default: False.
        client_batch_id (str | Unset): Optional key for this batch, unique among your RFQ batches, including those
            closed within the last seven days. Reusing one returns HTTP 409. At most 64 characters.
        subtrader_id (str | Unset): The subtrader to create the RFQ batch for (FCM members only; FCM members cannot
            create RFQ batches yet)
        subaccount (int | Unset): The subaccount number to create the RFQ batch for (direct members only; 0 for primary,
            1-63 for subaccounts)
    """

    children: list[CreateRFQBatchChild]
    mve_collection_ticker: str | Unset = UNSET
    contracts_fp: Decimal | None | Unset = _attrs_field(default=UNSET, converter=_to_contracts_fp)
    target_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_target_cost_dollars)
    target_cost_excludes_fees: bool | Unset = UNSET
    rest_remainder: bool | Unset = False
    replace_existing: bool | Unset = False
    obscure_creator_id: bool | Unset = False
    client_batch_id: str | Unset = UNSET
    subtrader_id: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        mve_collection_ticker = self.mve_collection_ticker

        contracts_fp = decimal_to_json(self.contracts_fp)

        target_cost_dollars = decimal_to_json(self.target_cost_dollars)

        target_cost_excludes_fees = self.target_cost_excludes_fees

        rest_remainder = self.rest_remainder

        replace_existing = self.replace_existing

        obscure_creator_id = self.obscure_creator_id

        client_batch_id = self.client_batch_id

        subtrader_id = self.subtrader_id

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "children": children,
            }
        )
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        if target_cost_excludes_fees is not UNSET:
            field_dict["target_cost_excludes_fees"] = target_cost_excludes_fees
        if rest_remainder is not UNSET:
            field_dict["rest_remainder"] = rest_remainder
        if replace_existing is not UNSET:
            field_dict["replace_existing"] = replace_existing
        if obscure_creator_id is not UNSET:
            field_dict["obscure_creator_id"] = obscure_creator_id
        if client_batch_id is not UNSET:
            field_dict["client_batch_id"] = client_batch_id
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_rfq_batch_child import CreateRFQBatchChild  # noqa: PLC0415

        d = dict(src_dict)
        _children = d.pop("children")
        children = LazyList(_children or [], CreateRFQBatchChild)

        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)

        def _parse_contracts_fp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contracts_fp = _parse_contracts_fp(d.pop("contracts_fp", UNSET))

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)

        target_cost_excludes_fees = d.pop("target_cost_excludes_fees", UNSET)

        rest_remainder = d.pop("rest_remainder", UNSET)

        replace_existing = d.pop("replace_existing", UNSET)

        obscure_creator_id = d.pop("obscure_creator_id", UNSET)

        client_batch_id = d.pop("client_batch_id", UNSET)

        subtrader_id = d.pop("subtrader_id", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        create_rfq_batch_request = cls(
            children=children,
            mve_collection_ticker=mve_collection_ticker,
            contracts_fp=contracts_fp,
            target_cost_dollars=target_cost_dollars,
            target_cost_excludes_fees=target_cost_excludes_fees,
            rest_remainder=rest_remainder,
            replace_existing=replace_existing,
            obscure_creator_id=obscure_creator_id,
            client_batch_id=client_batch_id,
            subtrader_id=subtrader_id,
            subaccount=subaccount,
        )

        create_rfq_batch_request.additional_properties = d
        return create_rfq_batch_request

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
