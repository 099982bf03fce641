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
    from ..models.subaccount_netting_config import SubaccountNettingConfig


T = TypeVar("T", bound="GetSubaccountNettingResponse")


@_attrs_define
class GetSubaccountNettingResponse:
    """
    Attributes:
        netting_configs (list[SubaccountNettingConfig] | Unset):
    """

    netting_configs: list[SubaccountNettingConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        netting_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.netting_configs, Unset):
            netting_configs = []
            for netting_configs_item_data in self.netting_configs:
                netting_configs_item = netting_configs_item_data.to_dict()
                netting_configs.append(netting_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if netting_configs is not UNSET:
            field_dict["netting_configs"] = netting_configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_netting_config import SubaccountNettingConfig  # noqa: PLC0415

        d = dict(src_dict)
        _netting_configs = d.pop("netting_configs", UNSET)
        netting_configs: list[SubaccountNettingConfig] | Unset = UNSET
        if _netting_configs is not UNSET:
            netting_configs = LazyList(
                _netting_configs or [], SubaccountNettingConfig, SubaccountNettingConfig.from_dict
            )

        get_subaccount_netting_response = cls(
            netting_configs=netting_configs,
        )

        get_subaccount_netting_response.additional_properties = d
        return get_subaccount_netting_response

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
