from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_netting_config import SubaccountNettingConfig


class GetSubaccountNettingResponse(_t.Page["SubaccountNettingConfig"], _t.ResponseModel):
    """A page of ``netting_configs``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            netting_configs (list[SubaccountNettingConfig]): Empty when absent or null.
    """

    __slots__ = ("netting_configs",)
    items_field = "netting_configs"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.subaccount_netting_config", "SubaccountNettingConfig")

    netting_configs: list[SubaccountNettingConfig]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "netting_configs": _t.ModelListField(
            "netting_configs",
            f"{__package__}.subaccount_netting_config",
            "SubaccountNettingConfig",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("netting_configs")) is list:
            self.netting_configs = _BUILD["netting_configs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("netting_configs")

    def __init__(
        self,
        *,
        netting_configs: list[SubaccountNettingConfig] | None | Unset = UNSET,
    ) -> None:
        """A GetSubaccountNettingResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("netting_configs", netting_configs)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "netting_configs": _t.builder(GetSubaccountNettingResponse, "netting_configs"),
}
