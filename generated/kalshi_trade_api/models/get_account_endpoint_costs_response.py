from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_token_cost import EndpointTokenCost


class GetAccountEndpointCostsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        default_cost (int): Default token cost applied to endpoints that are not listed in `endpoint_costs`.
            This is currently 10. Required (reading raises MissingFieldError if absent).
        endpoint_costs (list[EndpointTokenCost]): API v2 endpoints whose configured token cost differs from
            `default_cost`. Endpoints that use the default cost are omitted. Empty when absent or null.
    """

    __slots__ = (
        "default_cost",
        "endpoint_costs",
    )

    default_cost: int
    """Default token cost applied to endpoints that are not listed in `endpoint_costs`. This is currently 10.
    Required (reading raises MissingFieldError if absent)."""

    endpoint_costs: list[EndpointTokenCost]
    """API v2 endpoints whose configured token cost differs from `default_cost`. Endpoints that use the default
    cost are omitted. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "default_cost": _t.IntField("default_cost", required=True),
        "endpoint_costs": _t.ModelListField(
            "endpoint_costs", f"{__package__}.endpoint_token_cost", "EndpointTokenCost", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("default_cost")) is int:
            self.default_cost = v
        else:
            self._slow_field("default_cost")
        if type(v := g("endpoint_costs")) is list:
            self.endpoint_costs = _BUILD["endpoint_costs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("endpoint_costs")

    def __init__(
        self,
        *,
        default_cost: int | None | Unset = UNSET,
        endpoint_costs: list[EndpointTokenCost] | None | Unset = UNSET,
    ) -> None:
        """A GetAccountEndpointCostsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("default_cost", default_cost)
        self._set("endpoint_costs", endpoint_costs)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "endpoint_costs": _t.builder(GetAccountEndpointCostsResponse, "endpoint_costs"),
}
