from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_trade_proposal import BlockTradeProposal


class GetBlockTradeProposalsResponse(_t.Page["BlockTradeProposal"], _t.ResponseModel):
    """A page of ``block_trade_proposals``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            block_trade_proposals (list[BlockTradeProposal]): List of block trade proposals. Empty when absent or
                null.
            cursor (str): Cursor for pagination to get the next page of results. Optional (None if absent).
    """

    __slots__ = (
        "block_trade_proposals",
        "cursor",
    )
    items_field = "block_trade_proposals"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.block_trade_proposal", "BlockTradeProposal")

    block_trade_proposals: list[BlockTradeProposal]
    """List of block trade proposals. Empty when absent or null."""

    cursor: str | None
    """Cursor for pagination to get the next page of results. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "block_trade_proposals": _t.ModelListField(
            "block_trade_proposals",
            f"{__package__}.block_trade_proposal",
            "BlockTradeProposal",
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
        if type(v := g("block_trade_proposals")) is list:
            self.block_trade_proposals = _BUILD["block_trade_proposals"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("block_trade_proposals")
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        block_trade_proposals: list[BlockTradeProposal] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetBlockTradeProposalsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("block_trade_proposals", block_trade_proposals)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "block_trade_proposals": _t.builder(GetBlockTradeProposalsResponse, "block_trade_proposals"),
}
