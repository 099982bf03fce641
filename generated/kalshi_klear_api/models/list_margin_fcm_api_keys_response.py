from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_fcm_api_key import MarginFcmApiKey


class ListMarginFcmApiKeysResponse(_t.Page["MarginFcmApiKey"], _t.ResponseModel):
    """A page of ``api_keys``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            api_keys (list[MarginFcmApiKey]): Empty when absent or null.
    """

    __slots__ = ("api_keys",)
    items_field = "api_keys"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_fcm_api_key", "MarginFcmApiKey")

    api_keys: list[MarginFcmApiKey]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "api_keys": _t.ModelListField(
            "api_keys", f"{__package__}.margin_fcm_api_key", "MarginFcmApiKey", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("api_keys")) is list:
            self.api_keys = _BUILD["api_keys"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("api_keys")

    def __init__(
        self,
        *,
        api_keys: list[MarginFcmApiKey] | None | Unset = UNSET,
    ) -> None:
        """A ListMarginFcmApiKeysResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("api_keys", api_keys)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "api_keys": _t.builder(ListMarginFcmApiKeysResponse, "api_keys"),
}
