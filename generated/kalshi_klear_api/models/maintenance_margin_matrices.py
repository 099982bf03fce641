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

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("hvar")) is dict:
            d["hvar"] = _BUILD["hvar"](v)
        elif v is None:
            d["hvar"] = None
        else:
            self._slow_field("hvar")
        if type(v := g("apc")) is dict:
            d["apc"] = _BUILD["apc"](v)
        elif v is None:
            d["apc"] = None
        else:
            self._slow_field("apc")
        if type(v := g("aug")) is dict:
            d["aug"] = _BUILD["aug"](v)
        elif v is None:
            d["aug"] = None
        else:
            self._slow_field("aug")
        if type(v := g("funding")) is dict:
            d["funding"] = _BUILD["funding"](v)
        elif v is None:
            d["funding"] = None
        else:
            self._slow_field("funding")

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
        self._done = None
        self._set("hvar", hvar)
        self._set("apc", apc)
        self._set("aug", aug)
        self._set("funding", funding)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "hvar": MaintenanceMarginMatrices.__dict__["hvar"].build,
    "apc": MaintenanceMarginMatrices.__dict__["apc"].build,
    "aug": MaintenanceMarginMatrices.__dict__["aug"].build,
    "funding": MaintenanceMarginMatrices.__dict__["funding"].build,
}
