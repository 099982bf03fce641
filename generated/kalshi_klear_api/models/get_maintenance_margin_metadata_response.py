from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.asset_class import AssetClass
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.maintenance_margin_liquidation_config import MaintenanceMarginLiquidationConfig
    from ..models.maintenance_margin_matrices import MaintenanceMarginMatrices


_AssetClass_get = _t.member_lookup(AssetClass)


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

    __slots__ = (
        "asset_class",
        "base_tail_percentile",
        "funding_tail_percentile",
        "matrices",
        "liquidation_configs",
        "subgroups",
    )

    asset_class: AssetClass
    """Asset class of the margin markets covered by this entry. Required (reading raises MissingFieldError if
    absent)."""

    base_tail_percentile: float
    """Lower-tail percentile of the scenario P&L distribution used for the base margin. Required (reading raises
    MissingFieldError if absent)."""

    funding_tail_percentile: float
    """Lower-tail percentile of the scenario P&L distribution used for the funding margin. Required (reading raises
    MissingFieldError if absent)."""

    matrices: MaintenanceMarginMatrices
    """Required (reading raises MissingFieldError if absent)."""

    liquidation_configs: list[MaintenanceMarginLiquidationConfig]
    """Liquidation margin parameters for each active market with a calibrated margin config. Empty when absent or
    null."""

    subgroups: list[list[str]]
    """Partition of the asset class's active markets; positions within a subgroup are margined together. Empty when
    absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "asset_class": _t.EnumField("asset_class", AssetClass, required=True),
        "base_tail_percentile": _t.FloatField("base_tail_percentile", required=True),
        "funding_tail_percentile": _t.FloatField("funding_tail_percentile", required=True),
        "matrices": _t.ModelField(
            "matrices", f"{__package__}.maintenance_margin_matrices", "MaintenanceMarginMatrices", required=True
        ),
        "liquidation_configs": _t.ModelListField(
            "liquidation_configs",
            f"{__package__}.maintenance_margin_liquidation_config",
            "MaintenanceMarginLiquidationConfig",
            required=True,
            empty=True,
        ),
        "subgroups": _t.ListField("subgroups", _t.ListField("item", _t.StrField("item")), required=True, empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if (m := _AssetClass_get(v := g("asset_class"))) is not None:
            self.asset_class = m
        else:
            self._slow_field("asset_class")
        if type(v := g("base_tail_percentile")) is float:
            self.base_tail_percentile = v
        elif type(v) is int:
            self.base_tail_percentile = float(v)
        else:
            self._slow_field("base_tail_percentile")
        if type(v := g("funding_tail_percentile")) is float:
            self.funding_tail_percentile = v
        elif type(v) is int:
            self.funding_tail_percentile = float(v)
        else:
            self._slow_field("funding_tail_percentile")
        if type(v := g("matrices")) is dict:
            self.matrices = _BUILD["matrices"](v)
        else:
            self._slow_field("matrices")
        if type(v := g("liquidation_configs")) is list:
            self.liquidation_configs = _BUILD["liquidation_configs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("liquidation_configs")
        self._slow_field("subgroups")

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
        self._done = None
        self._set("asset_class", asset_class)
        self._set("base_tail_percentile", base_tail_percentile)
        self._set("funding_tail_percentile", funding_tail_percentile)
        self._set("matrices", matrices)
        self._set("liquidation_configs", liquidation_configs)
        self._set("subgroups", subgroups)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "matrices": _t.builder(GetMaintenanceMarginMetadataResponse, "matrices"),
    "liquidation_configs": _t.builder(GetMaintenanceMarginMetadataResponse, "liquidation_configs"),
}
