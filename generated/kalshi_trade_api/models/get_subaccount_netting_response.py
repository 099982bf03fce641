from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_netting_config import SubaccountNettingConfig


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetSubaccountNettingResponse(_t.Page["SubaccountNettingConfig"], _t.ResponseModel):
    """A page of ``netting_configs``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            netting_configs (list[SubaccountNettingConfig]): Empty when absent or null.
    """

    __slots__ = ()
    items_field = "netting_configs"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.subaccount_netting_config", "SubaccountNettingConfig")

    netting_configs: list[SubaccountNettingConfig] = _field(
        _t.ModelListField(
            "netting_configs",
            f"{__package__}.subaccount_netting_config",
            "SubaccountNettingConfig",
            required=True,
            empty=True,
        )
    )
    """Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("netting_configs", _M)
        if type(v) is list:
            d["netting_configs"] = _convert["netting_configs"](v)
        elif v is not _M:
            slow("netting_configs")

    def __init__(
        self,
        *,
        netting_configs: list[SubaccountNettingConfig] | None | Unset = UNSET,
    ) -> None:
        """A GetSubaccountNettingResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("netting_configs", netting_configs)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "netting_configs": GetSubaccountNettingResponse.__dict__["netting_configs"].convert,
}
