from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.maintenance_margin_matrix import MaintenanceMarginMatrix


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MaintenanceMarginMatrices(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        hvar (MaintenanceMarginMatrix): Optional (None if absent).
        apc (MaintenanceMarginMatrix): Optional (None if absent).
        aug (MaintenanceMarginMatrix): Optional (None if absent).
        funding (MaintenanceMarginMatrix): Optional (None if absent).
    """

    __slots__ = ()

    hvar: MaintenanceMarginMatrix | None = _field(
        _t.ModelField("hvar", f"{__package__}.maintenance_margin_matrix", "MaintenanceMarginMatrix")
    )
    """Optional (None if absent)."""

    apc: MaintenanceMarginMatrix | None = _field(
        _t.ModelField("apc", f"{__package__}.maintenance_margin_matrix", "MaintenanceMarginMatrix")
    )
    """Optional (None if absent)."""

    aug: MaintenanceMarginMatrix | None = _field(
        _t.ModelField("aug", f"{__package__}.maintenance_margin_matrix", "MaintenanceMarginMatrix")
    )
    """Optional (None if absent)."""

    funding: MaintenanceMarginMatrix | None = _field(
        _t.ModelField("funding", f"{__package__}.maintenance_margin_matrix", "MaintenanceMarginMatrix")
    )
    """Optional (None if absent)."""

    def __init__(
        self,
        *,
        hvar: MaintenanceMarginMatrix | None | Unset = UNSET,
        apc: MaintenanceMarginMatrix | None | Unset = UNSET,
        aug: MaintenanceMarginMatrix | None | Unset = UNSET,
        funding: MaintenanceMarginMatrix | None | Unset = UNSET,
    ) -> None:
        """A MaintenanceMarginMatrices from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("hvar", hvar)
        self._set("apc", apc)
        self._set("aug", aug)
        self._set("funding", funding)
