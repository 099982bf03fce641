"""What ``*_all`` methods return: a typed iterator of items that can also become a data frame.

``for market in kalshi.markets.list_all(status="open")`` iterates lazily, a page at a time;
``.to_list()``, ``.to_pandas()`` and ``.to_polars()`` read every remaining page first (see
:mod:`kalshi_ext._frames` for the column rules). ``progress=True`` draws a tqdm bar on the
terminal (``pip install 'kalshi-ext[progress]'``); ``progress=callback`` calls
``callback(pages, items)`` after every page instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Generic, TypeVar

from ._errors import KalshiConfigurationError
from ._frames import Decimals, to_pandas, to_polars

M = TypeVar("M")
ProgressOption = bool | Callable[[int, int], object] | None


class _Progress:
    """Counts pages and items; reports to a callback or a tqdm bar."""

    def __init__(self, option: ProgressOption, label: str) -> None:
        self.pages = self.items = 0
        self._callback: Callable[[int, int], object] | None = None
        self._bar: Any = None
        if option is None or option is False:
            return
        if option is True:
            try:
                from tqdm.auto import tqdm  # type: ignore[import-untyped]  # optional extra, no stubs
            except ImportError:
                raise KalshiConfigurationError(
                    "progress=True draws a bar with tqdm: pip install 'kalshi-ext[progress]' "
                    "(or pass progress=callback, called as callback(pages, items))"
                ) from None
            self._bar = tqdm(desc=label, unit=" items", leave=False)
        elif callable(option):
            self._callback = option
        else:
            raise KalshiConfigurationError("progress must be True, False, None or a callable(pages, items)")

    def page(self, count: int) -> None:
        self.pages += 1
        self.items += count
        if self._bar is not None:
            self._bar.update(count)
            self._bar.set_postfix(pages=self.pages, refresh=False)
        if self._callback is not None:
            self._callback(self.pages, self.items)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _model_of(page: Any, current: type | None) -> type | None:
    item_model = getattr(type(page), "item_model", None)
    return item_model() if callable(item_model) else current


class Items(Iterator[M], Generic[M]):
    """Every item across pages, typed by the item model (``Items[Market]``)."""

    def __init__(self, pages: Iterator[tuple[Any, list[M]]], progress: ProgressOption = None, label: str = "") -> None:
        self._pages = pages
        self._progress = _Progress(progress, label)
        self._buffer: Iterator[M] = iter(())
        self._model: type | None = None

    def __iter__(self) -> Items[M]:
        return self

    def __next__(self) -> M:
        while True:
            try:
                return next(self._buffer)
            except StopIteration:
                pass
            try:
                page, items = next(self._pages)
            except StopIteration:
                self._progress.close()
                raise
            except BaseException:
                self._progress.close()
                raise
            self._model = _model_of(page, self._model)
            self._progress.page(len(items))
            self._buffer = iter(items)

    def to_list(self) -> list[M]:
        """Every remaining item (reads the remaining pages)."""
        return list(self)

    def _frame_input(self) -> tuple[list[M], type]:
        items = self.to_list()
        if self._model is None:
            raise KalshiConfigurationError("no page was read, so the item model is unknown")
        return items, self._model

    def to_pandas(self, *, decimals: Decimals = "decimal") -> Any:
        """The remaining items as a pandas DataFrame (see ``kalshi_ext._frames`` for the rules).

        Raises:
            KalshiConfigurationError: pandas is not installed (``pip install 'kalshi-ext[pandas]'``).
        """
        return to_pandas(*self._frame_input(), decimals)

    def to_polars(self, *, decimals: Decimals = "decimal") -> Any:
        """The remaining items as a polars DataFrame.

        Raises:
            KalshiConfigurationError: polars is not installed (``pip install 'kalshi-ext[polars]'``).
        """
        return to_polars(*self._frame_input(), decimals)


class AsyncItems(AsyncIterator[M], Generic[M]):
    """Async :class:`Items`: ``async for``; ``await .to_list()`` / ``.to_pandas()`` / ``.to_polars()``."""

    def __init__(
        self, pages: AsyncIterator[tuple[Any, list[M]]], progress: ProgressOption = None, label: str = ""
    ) -> None:
        self._pages = pages
        self._progress = _Progress(progress, label)
        self._buffer: Iterator[M] = iter(())
        self._model: type | None = None

    def __aiter__(self) -> AsyncItems[M]:
        return self

    async def __anext__(self) -> M:
        while True:
            try:
                return next(self._buffer)
            except StopIteration:
                pass
            try:
                page, items = await anext(self._pages)
            except BaseException:
                self._progress.close()
                raise
            self._model = _model_of(page, self._model)
            self._progress.page(len(items))
            self._buffer = iter(items)

    async def to_list(self) -> list[M]:
        return [item async for item in self]

    async def _frame_input(self) -> tuple[list[M], type]:
        items = await self.to_list()
        if self._model is None:
            raise KalshiConfigurationError("no page was read, so the item model is unknown")
        return items, self._model

    async def to_pandas(self, *, decimals: Decimals = "decimal") -> Any:
        """See :meth:`Items.to_pandas`."""
        return to_pandas(*(await self._frame_input()), decimals)

    async def to_polars(self, *, decimals: Decimals = "decimal") -> Any:
        """See :meth:`Items.to_polars`."""
        return to_polars(*(await self._frame_input()), decimals)
