"""The Klear API facade: one attribute per resource, created on first use (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._protocol import AsyncInvoker, Invoker
    from .margin import AsyncMarginResource, MarginResource


class KlearResources:
    """Resources of the Klear API (28 operations)."""

    _invoker: Invoker

    @cached_property
    def margin(self) -> MarginResource:
        """``margin``: 28 operations."""
        from .margin import MarginResource

        return MarginResource(self._invoker)


class AsyncKlearResources:
    """Resources of the Klear API (28 operations)."""

    _invoker: AsyncInvoker

    @cached_property
    def margin(self) -> AsyncMarginResource:
        """``margin``: 28 operations."""
        from .margin import AsyncMarginResource

        return AsyncMarginResource(self._invoker)
