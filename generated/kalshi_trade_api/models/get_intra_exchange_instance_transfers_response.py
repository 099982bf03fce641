from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intra_exchange_instance_transfer import IntraExchangeInstanceTransfer


class GetIntraExchangeInstanceTransfersResponse(_t.Page["IntraExchangeInstanceTransfer"], _t.ResponseModel):
    """A page of ``transfers``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            transfers (list[IntraExchangeInstanceTransfer]): Empty when absent or null.
            cursor (str): Cursor for the next page of results. Omitted when there are no further pages. Optional
                (None if absent).
    """

    __slots__ = (
        "transfers",
        "cursor",
    )
    items_field = "transfers"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.intra_exchange_instance_transfer", "IntraExchangeInstanceTransfer")

    transfers: list[IntraExchangeInstanceTransfer]
    """Empty when absent or null."""

    cursor: str | None
    """Cursor for the next page of results. Omitted when there are no further pages. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "transfers": _t.ModelListField(
            "transfers",
            f"{__package__}.intra_exchange_instance_transfer",
            "IntraExchangeInstanceTransfer",
            required=True,
            empty=True,
        ),
        "cursor": _t.StrField("cursor"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("transfers")) is list:
            self.transfers = _BUILD["transfers"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("transfers")
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        transfers: list[IntraExchangeInstanceTransfer] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetIntraExchangeInstanceTransfersResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("transfers", transfers)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "transfers": _t.builder(GetIntraExchangeInstanceTransfersResponse, "transfers"),
}
