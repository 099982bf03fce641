from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.endpoint_token_cost import EndpointTokenCost


T = TypeVar("T", bound="GetAccountEndpointCostsResponse")


@_attrs_define
class GetAccountEndpointCostsResponse:
    """
    Attributes:
        default_cost (int | Unset): Default token cost applied to endpoints that are not listed in `endpoint_costs`.
            This is currently 10.
        endpoint_costs (list[EndpointTokenCost] | Unset): API v2 endpoints whose configured token cost differs from
            `default_cost`. Endpoints that use the default cost are omitted.
    """

    default_cost: int | Unset = UNSET
    endpoint_costs: list[EndpointTokenCost] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_cost = self.default_cost

        endpoint_costs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoint_costs, Unset):
            endpoint_costs = []
            for endpoint_costs_item_data in self.endpoint_costs:
                endpoint_costs_item = endpoint_costs_item_data.to_dict()
                endpoint_costs.append(endpoint_costs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_cost is not UNSET:
            field_dict["default_cost"] = default_cost
        if endpoint_costs is not UNSET:
            field_dict["endpoint_costs"] = endpoint_costs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_token_cost import EndpointTokenCost  # noqa: PLC0415

        d = dict(src_dict)
        default_cost = d.pop("default_cost", UNSET)

        _endpoint_costs = d.pop("endpoint_costs", UNSET)
        endpoint_costs: list[EndpointTokenCost] | Unset = UNSET
        if _endpoint_costs is not UNSET:
            endpoint_costs = LazyList(_endpoint_costs or [], EndpointTokenCost, EndpointTokenCost.from_dict)

        get_account_endpoint_costs_response = cls(
            default_cost=default_cost,
            endpoint_costs=endpoint_costs,
        )

        get_account_endpoint_costs_response.additional_properties = d
        return get_account_endpoint_costs_response

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
