"""Contains some shared types for properties"""

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, SupportsIndex, TypeVar, overload

from attrs import define


def _fastest_json_loads() -> Callable[[bytes], Any]:
    # orjson (the kalshi-ext[fast] extra) decodes a large page several times faster than the stdlib.
    try:
        import orjson
    except ImportError:
        import json

        return json.loads
    return orjson.loads


json_loads: Callable[[bytes], Any] = _fastest_json_loads()


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# Prices and counts travel as fixed-point strings ("0.5600", "10.00"). Models hold them as Decimal.
# A float is refused: binary floats cannot represent most prices exactly and misprice orders.
DecimalInput = Decimal | str | int


def to_decimal(value: DecimalInput) -> Decimal:
    """Convert a price or count to an exact Decimal.

    Raises:
        TypeError: ``value`` is a float, a bool or another non-decimal type.
        ValueError: ``value`` is a string that is not a finite decimal number.
    """
    if type(value) is str:  # the hot path: every money field of every parsed response
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
        if result.is_finite():
            return result
        raise ValueError(f"not a finite decimal number: {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool) or not isinstance(value, str | int):
        hint = " (binary floats misprice orders: pass Decimal or str)" if isinstance(value, float) else ""
        raise TypeError(f"a price or count must be Decimal, str or int, not {type(value).__name__}{hint}")
    else:
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"not a finite decimal number: {value!r}")
    return result


def to_decimal_or_unset(value: DecimalInput | Unset) -> Decimal | Unset:
    """``to_decimal``, passing ``UNSET`` through."""
    return value if value is UNSET or isinstance(value, Unset) else to_decimal(value)


def to_decimal_or_none(value: DecimalInput | None) -> Decimal | None:
    """``to_decimal``, passing ``None`` (and the empty string some servers send for it) through as None."""
    return None if value is None or value == "" else to_decimal(value)


def to_decimal_or_none_or_unset(value: DecimalInput | None | Unset) -> Decimal | None | Unset:
    """``to_decimal``, passing ``None`` and ``UNSET`` through."""
    return value if isinstance(value, Unset) else to_decimal_or_none(value)


def decimal_to_json(value: Decimal | None | Unset) -> str | None | Unset:
    """A Decimal field as the fixed-point string Kalshi expects (no exponent)."""
    return format(value, "f") if isinstance(value, Decimal) else value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
M = TypeVar("M")


#: How an error while parsing one list item is raised: kalshi_ext sets a function returning its
#: KalshiResponseError, so a lazily parsed item fails like an eagerly parsed field; None re-raises it.
item_error: Callable[[Exception, type], Exception] | None = None


class LazyList(list[M]):
    """A list of models whose items are parsed from their JSON objects on first access.

    A page of 1000 markets costs the JSON decode only; each market is built when it is first read
    (indexing or iterating), then kept. Every list operation sees parsed models: the few that are
    not item-by-item (comparison, ``in``, ``index``, ``sort``, ``repr``, copying, pickling...)
    parse the whole list first. Errors in an item surface when that item is read.
    """

    __slots__ = ("_model", "_parse")

    def __init__(self, raw: Iterable[Any], model: type[M], parse: Callable[[Any], M]) -> None:
        super().__init__(raw)
        self._model = model
        self._parse = parse

    def _item(self, index: int) -> M:
        item = list.__getitem__(self, index)
        if not isinstance(item, self._model):
            try:
                item = self._parse(item)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                if item_error is None:
                    raise
                raise item_error(exc, self._model) from exc
            list.__setitem__(self, index, item)
        return item

    def materialise(self) -> list[M]:
        """Parse every item now; return them as a plain list."""
        return [self._item(i) for i in range(len(self))]

    @overload
    def __getitem__(self, index: SupportsIndex) -> M: ...

    @overload
    def __getitem__(self, index: slice) -> list[M]: ...

    def __getitem__(self, index: SupportsIndex | slice) -> M | list[M]:
        if isinstance(index, slice):
            return [self._item(i) for i in range(*index.indices(len(self)))]
        position = index.__index__()
        return self._item(position + len(self) if position < 0 else position)

    def __iter__(self) -> Iterator[M]:
        for i in range(len(self)):
            yield self._item(i)

    def __reversed__(self) -> Iterator[M]:
        for i in range(len(self) - 1, -1, -1):
            yield self._item(i)

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        return (list, (self.materialise(),))

    def __copy__(self) -> list[M]:
        return self.materialise()

    def __deepcopy__(self, memo: dict[int, Any]) -> list[M]:
        import copy

        return copy.deepcopy(self.materialise(), memo)


def _parsing_first(name: str) -> Any:
    method = getattr(list, name)

    def wrapper(self: LazyList[Any], *args: Any, **kwargs: Any) -> Any:
        self.materialise()
        return method(self, *args, **kwargs)

    wrapper.__name__ = name
    return wrapper


# List methods that look at every item at once: parse them all first, then behave as a list.
for _name in (
    "__contains__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__repr__",
    "__add__",
    "__mul__",
    "__rmul__",
    "__imul__",
    "index",
    "count",
    "sort",
    "copy",
    "pop",
    "remove",
):
    setattr(LazyList, _name, _parsing_first(_name))


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "DecimalInput",
    "File",
    "FileTypes",
    "LazyList",
    "RequestFiles",
    "Response",
    "Unset",
    "json_loads",
    "to_decimal",
]
