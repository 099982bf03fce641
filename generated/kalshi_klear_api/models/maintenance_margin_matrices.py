from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.maintenance_margin_matrix import MaintenanceMarginMatrix


class MaintenanceMarginMatrices(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        hvar (MaintenanceMarginMatrix): Optional (None if absent).
        apc (MaintenanceMarginMatrix): Optional (None if absent).
        aug (MaintenanceMarginMatrix): Optional (None if absent).
        funding (MaintenanceMarginMatrix): Optional (None if absent).
    """

    __slots__ = (
        "hvar",
        "apc",
        "aug",
        "funding",
    )

    hvar: MaintenanceMarginMatrix | None
    """Optional (None if absent)."""

    apc: MaintenanceMarginMatrix | None
    """Optional (None if absent)."""

    aug: MaintenanceMarginMatrix | None
    """Optional (None if absent)."""

    funding: MaintenanceMarginMatrix | None
    """Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "hvar": _t.ModelField("hvar", f"{__package__}.maintenance_margin_matrix", "MaintenanceMarginMatrix"),
        "apc": _t.ModelField("apc", f"{__package__}.maintenance_margin_matrix", "MaintenanceMarginMatrix"),
        "aug": _t.ModelField("aug", f"{__package__}.maintenance_margin_matrix", "MaintenanceMarginMatrix"),
        "funding": _t.ModelField("funding", f"{__package__}.maintenance_margin_matrix", "MaintenanceMarginMatrix"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("hvar")) is dict:
            self.hvar = _BUILD["hvar"](v)
        elif v is None:
            self.hvar = None
        else:
            self._slow_field("hvar")
        if type(v := g("apc")) is dict:
            self.apc = _BUILD["apc"](v)
        elif v is None:
            self.apc = None
        else:
            self._slow_field("apc")
        if type(v := g("aug")) is dict:
            self.aug = _BUILD["aug"](v)
        elif v is None:
            self.aug = None
        else:
            self._slow_field("aug")
        if type(v := g("funding")) is dict:
            self.funding = _BUILD["funding"](v)
        elif v is None:
            self.funding = None
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


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "hvar": _t.builder(MaintenanceMarginMatrices, "hvar"),
    "apc": _t.builder(MaintenanceMarginMatrices, "apc"),
    "aug": _t.builder(MaintenanceMarginMatrices, "aug"),
    "funding": _t.builder(MaintenanceMarginMatrices, "funding"),
}
