from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intra_exchange_instance_transfer import IntraExchangeInstanceTransfer


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetIntraExchangeInstanceTransfersResponse(_t.Page["IntraExchangeInstanceTransfer"], _t.ResponseModel):
    """A page of ``transfers``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            transfers (list[IntraExchangeInstanceTransfer]): Empty when absent or null.
            cursor (str): Cursor for the next page of results. Omitted when there are no further pages. Optional
                (None if absent).
    """

    __slots__ = ()
    items_field = "transfers"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.intra_exchange_instance_transfer", "IntraExchangeInstanceTransfer")

    transfers: list[IntraExchangeInstanceTransfer] = _field(
        _t.ModelListField(
            "transfers",
            f"{__package__}.intra_exchange_instance_transfer",
            "IntraExchangeInstanceTransfer",
            required=True,
            empty=True,
        )
    )
    """Empty when absent or null."""

    cursor: str | None = _field(_t.StrField("cursor"))
    """Cursor for the next page of results. Omitted when there are no further pages. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("transfers")) is list:
            d["transfers"] = _BUILD["transfers"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("transfers")
        if type(v := g("cursor")) is str:
            d["cursor"] = v
        elif v is None:
            d["cursor"] = None
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "transfers": GetIntraExchangeInstanceTransfersResponse.__dict__["transfers"].build,
}
