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
    from ..models.api_usage_level_grant import ApiUsageLevelGrant
    from ..models.bucket_limit import BucketLimit


T = TypeVar("T", bound="AccountApiLimits")


@_attrs_define
class AccountApiLimits:
    """
    Attributes:
        usage_tier (str | Unset): User's effective Predictions API usage tier for these limits (for example, basic,
            advanced, expert, premier, paragon, prime, or prestige). Example: expert.
        read (BucketLimit | Unset): Token-bucket budget for one rate-limit bucket. Each request deducts
            tokens equal to its endpoint cost; the bucket refills at refill_rate
            tokens per second up to bucket_capacity. A request is allowed if the
            bucket holds enough tokens to cover its cost; otherwise the request
            is rejected with HTTP 429.
        write (BucketLimit | Unset): Token-bucket budget for one rate-limit bucket. Each request deducts
            tokens equal to its endpoint cost; the bucket refills at refill_rate
            tokens per second up to bucket_capacity. A request is allowed if the
            bucket holds enough tokens to cover its cost; otherwise the request
            is rejected with HTTP 429.
        grants (list[ApiUsageLevelGrant] | Unset): The caller's active API usage level grants across exchange lanes,
            where each grant applies to its exchange_instance and usage_tier reflects the effective tier for the lane
            reported by this endpoint.
    """

    usage_tier: str | Unset = UNSET
    read: BucketLimit | Unset = UNSET
    write: BucketLimit | Unset = UNSET
    grants: list[ApiUsageLevelGrant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage_tier = self.usage_tier

        read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.read, Unset):
            read = self.read.to_dict()

        write: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write, Unset):
            write = self.write.to_dict()

        grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grants, Unset):
            grants = []
            for grants_item_data in self.grants:
                grants_item = grants_item_data.to_dict()
                grants.append(grants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage_tier is not UNSET:
            field_dict["usage_tier"] = usage_tier
        if read is not UNSET:
            field_dict["read"] = read
        if write is not UNSET:
            field_dict["write"] = write
        if grants is not UNSET:
            field_dict["grants"] = grants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_usage_level_grant import ApiUsageLevelGrant  # noqa: PLC0415
        from ..models.bucket_limit import BucketLimit  # noqa: PLC0415

        d = dict(src_dict)
        usage_tier = d.pop("usage_tier", UNSET)

        _read = d.pop("read", UNSET)
        read: BucketLimit | Unset
        if isinstance(_read, Unset):
            read = UNSET
        else:
            read = BucketLimit.from_dict(_read)

        _write = d.pop("write", UNSET)
        write: BucketLimit | Unset
        if isinstance(_write, Unset):
            write = UNSET
        else:
            write = BucketLimit.from_dict(_write)

        _grants = d.pop("grants", UNSET)
        grants: list[ApiUsageLevelGrant] | Unset = UNSET
        if _grants is not UNSET:
            grants = LazyList(_grants or [], ApiUsageLevelGrant, ApiUsageLevelGrant.from_dict)

        account_api_limits = cls(
            usage_tier=usage_tier,
            read=read,
            write=write,
            grants=grants,
        )

        account_api_limits.additional_properties = d
        return account_api_limits

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
