from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multivariate_event_collection import MultivariateEventCollection


class GetMultivariateEventCollectionResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        multivariate_contract (MultivariateEventCollection): Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = ("multivariate_contract",)

    multivariate_contract: MultivariateEventCollection
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "multivariate_contract": _t.ModelField(
            "multivariate_contract",
            f"{__package__}.multivariate_event_collection",
            "MultivariateEventCollection",
            required=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("multivariate_contract")) is dict:
            self.multivariate_contract = _BUILD["multivariate_contract"](v)
        else:
            self._slow_field("multivariate_contract")

    def __init__(
        self,
        *,
        multivariate_contract: MultivariateEventCollection | None | Unset = UNSET,
    ) -> None:
        """A GetMultivariateEventCollectionResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("multivariate_contract", multivariate_contract)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "multivariate_contract": _t.builder(GetMultivariateEventCollectionResponse, "multivariate_contract"),
}
