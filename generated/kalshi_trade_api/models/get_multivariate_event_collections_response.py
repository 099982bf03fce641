from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multivariate_event_collection import MultivariateEventCollection


class GetMultivariateEventCollectionsResponse(_t.Page["MultivariateEventCollection"], _t.ResponseModel):
    """A page of ``multivariate_contracts``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            multivariate_contracts (list[MultivariateEventCollection]): List of multivariate event collections.
                Empty when absent or null.
            cursor (str): The Cursor represents a pointer to the next page of records in the pagination. Use the
                value returned here in the cursor query parameter for this end-point to get the next page containing
                limit records. An empty value of this field indicates there is no next page. Optional (None if absent).
    """

    __slots__ = (
        "multivariate_contracts",
        "cursor",
    )
    items_field = "multivariate_contracts"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.multivariate_event_collection", "MultivariateEventCollection")

    multivariate_contracts: list[MultivariateEventCollection]
    """List of multivariate event collections. Empty when absent or null."""

    cursor: str | None
    """The Cursor represents a pointer to the next page of records in the pagination. Use the value returned here
    in the cursor query parameter for this end-point to get the next page containing limit records. An empty
    value of this field indicates there is no next page. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "multivariate_contracts": _t.ModelListField(
            "multivariate_contracts",
            f"{__package__}.multivariate_event_collection",
            "MultivariateEventCollection",
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
        if type(v := g("multivariate_contracts")) is list:
            self.multivariate_contracts = _BUILD["multivariate_contracts"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("multivariate_contracts")
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        multivariate_contracts: list[MultivariateEventCollection] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetMultivariateEventCollectionsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("multivariate_contracts", multivariate_contracts)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "multivariate_contracts": _t.builder(GetMultivariateEventCollectionsResponse, "multivariate_contracts"),
}
