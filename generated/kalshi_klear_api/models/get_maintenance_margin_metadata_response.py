from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.asset_class import AssetClass
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.maintenance_margin_liquidation_config import MaintenanceMarginLiquidationConfig
    from ..models.maintenance_margin_matrices import MaintenanceMarginMatrices


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMaintenanceMarginMetadataResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry. Required (reading
            raises MissingFieldError if absent).
        base_tail_percentile (float): Lower-tail percentile of the scenario P&L distribution used for the base
            margin. Required (reading raises MissingFieldError if absent).
        funding_tail_percentile (float): Lower-tail percentile of the scenario P&L distribution used for the
            funding margin. Required (reading raises MissingFieldError if absent).
        matrices (MaintenanceMarginMatrices): Required (reading raises MissingFieldError if absent).
        liquidation_configs (list[MaintenanceMarginLiquidationConfig]): Liquidation margin parameters for each
            active market with a calibrated margin config. Empty when absent or null.
        subgroups (list[list[str]]): Partition of the asset class's active markets; positions within a subgroup
            are margined together. Empty when absent or null.
    """

    __slots__ = ()

    asset_class: AssetClass = _field(_t.EnumField("asset_class", AssetClass, required=True))
    """Asset class of the margin markets covered by this entry. Required (reading raises MissingFieldError if
    absent)."""

    base_tail_percentile: float = _field(_t.FloatField("base_tail_percentile", required=True))
    """Lower-tail percentile of the scenario P&L distribution used for the base margin. Required (reading raises
    MissingFieldError if absent)."""

    funding_tail_percentile: float = _field(_t.FloatField("funding_tail_percentile", required=True))
    """Lower-tail percentile of the scenario P&L distribution used for the funding margin. Required (reading raises
    MissingFieldError if absent)."""

    matrices: MaintenanceMarginMatrices = _field(
        _t.ModelField(
            "matrices", f"{__package__}.maintenance_margin_matrices", "MaintenanceMarginMatrices", required=True
        )
    )
    """Required (reading raises MissingFieldError if absent)."""

    liquidation_configs: list[MaintenanceMarginLiquidationConfig] = _field(
        _t.ModelListField(
            "liquidation_configs",
            f"{__package__}.maintenance_margin_liquidation_config",
            "MaintenanceMarginLiquidationConfig",
            required=True,
            empty=True,
        )
    )
    """Liquidation margin parameters for each active market with a calibrated margin config. Empty when absent or
    null."""

    subgroups: list[list[str]] = _field(
        _t.ListField("subgroups", _t.ListField("item", _t.StrField("item")), required=True, empty=True)
    )
    """Partition of the asset class's active markets; positions within a subgroup are margined together. Empty when
    absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("asset_class", _M)
        m = AssetClass._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["asset_class"] = m
        elif v is not _M:
            slow("asset_class")
        v = g("base_tail_percentile", _M)
        if type(v) is float:
            d["base_tail_percentile"] = v
        elif type(v) is int:
            d["base_tail_percentile"] = float(v)
        elif v is not _M:
            slow("base_tail_percentile")
        v = g("funding_tail_percentile", _M)
        if type(v) is float:
            d["funding_tail_percentile"] = v
        elif type(v) is int:
            d["funding_tail_percentile"] = float(v)
        elif v is not _M:
            slow("funding_tail_percentile")
        v = g("matrices", _M)
        if type(v) is dict:
            d["matrices"] = _convert["matrices"](v)
        elif v is not _M:
            slow("matrices")
        v = g("liquidation_configs", _M)
        if type(v) is list:
            d["liquidation_configs"] = _convert["liquidation_configs"](v)
        elif v is not _M:
            slow("liquidation_configs")
        v = g("subgroups", _M)
        if v is not _M:
            slow("subgroups")

    def __init__(
        self,
        *,
        asset_class: AssetClass | None | Unset = UNSET,
        base_tail_percentile: float | None | Unset = UNSET,
        funding_tail_percentile: float | None | Unset = UNSET,
        matrices: MaintenanceMarginMatrices | None | Unset = UNSET,
        liquidation_configs: list[MaintenanceMarginLiquidationConfig] | None | Unset = UNSET,
        subgroups: list[list[str]] | None | Unset = UNSET,
    ) -> None:
        """A GetMaintenanceMarginMetadataResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("asset_class", asset_class)
        self._set("base_tail_percentile", base_tail_percentile)
        self._set("funding_tail_percentile", funding_tail_percentile)
        self._set("matrices", matrices)
        self._set("liquidation_configs", liquidation_configs)
        self._set("subgroups", subgroups)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "matrices": GetMaintenanceMarginMetadataResponse.__dict__["matrices"].convert,
    "liquidation_configs": GetMaintenanceMarginMetadataResponse.__dict__["liquidation_configs"].convert,
}
