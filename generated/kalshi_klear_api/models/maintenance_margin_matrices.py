from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.maintenance_margin_matrix import MaintenanceMarginMatrix


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("hvar", _M)
        if type(v) is dict:
            d["hvar"] = _convert["hvar"](v)
        elif v is None:
            d["hvar"] = None
        elif v is not _M:
            slow("hvar")
        v = g("apc", _M)
        if type(v) is dict:
            d["apc"] = _convert["apc"](v)
        elif v is None:
            d["apc"] = None
        elif v is not _M:
            slow("apc")
        v = g("aug", _M)
        if type(v) is dict:
            d["aug"] = _convert["aug"](v)
        elif v is None:
            d["aug"] = None
        elif v is not _M:
            slow("aug")
        v = g("funding", _M)
        if type(v) is dict:
            d["funding"] = _convert["funding"](v)
        elif v is None:
            d["funding"] = None
        elif v is not _M:
            slow("funding")

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


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "hvar": MaintenanceMarginMatrices.__dict__["hvar"].convert,
    "apc": MaintenanceMarginMatrices.__dict__["apc"].convert,
    "aug": MaintenanceMarginMatrices.__dict__["aug"].convert,
    "funding": MaintenanceMarginMatrices.__dict__["funding"].convert,
}
