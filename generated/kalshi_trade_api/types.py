"""Shared types of the generated models.

Request models (schemas a request body reaches) are attrs classes: their constructor demands what
the server demands, enum fields take the enum or its plain value, money fields take ``Decimal``,
``str`` or ``int`` (never ``float``), and ``UNSET`` marks an argument that is not sent.

Response models (:class:`ResponseModel`) keep the decoded JSON object and convert each field the
first time it is read, then keep it in the field's slot (the class declares one slot per field and
describes each field in ``_declared``). A field the spec calls required is typed as its type
(``ticker: str``); if the server left it out, parsing still succeeds and *reading* it raises
:class:`MissingFieldError` (an ``AttributeError`` too, so ``hasattr`` and ``getattr(m, f, None)``
work); ``model.is_set("ticker")`` tells without raising. An optional field reads as ``None`` when
absent or null. A value of the wrong JSON type (``"balance": "10000"``) raises :class:`FieldError`
when read, never reaches the caller as the wrong Python type. Money (fixed-point strings) reads as
``Decimal``; ``""`` is absent. ``to_dict()`` gives back what was sent (absent fields omitted,
unknown keys kept), ``validate()`` reads every field now, ``repr()`` shows the fields that are set.
Both convert every field in one straight-line pass generated per model (nested models included),
sending anything unusual to the field's own read; parsed ``Decimal`` and ``datetime`` values
are shared by their text through bounded caches (they are immutable, and pages repeat them).
kalshi_ext installs ``field_error`` so that both errors surface as its ``KalshiResponseError``
subclasses.

Page protocol: a list response (one list of models, usually with a cursor) is also a
:class:`Page`: ``for item in page``, ``len(page)``, ``page.items`` (the list), ``page.next_cursor``
(``None`` on the last page), ``page.has_next``, and the class attributes ``items_field``,
``cursor_field`` (``None`` if the list has no cursor) and ``item_model()`` (the item class, also for an
empty page). Helpers that work on any page (``*_all`` iterators, data-frame export) rely on these
names only.
"""

import datetime
import gc
import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    NoReturn,
    Self,
    SupportsIndex,
    TypeVar,
    overload,
)
from uuid import UUID

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
    """The type of ``UNSET``: an argument that is not sent (request models)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


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


_Converted = TypeVar("_Converted")


def named_money(convert: Callable[[Any], _Converted], value: Any, where: str) -> _Converted:
    """``convert(value)`` for the request-model field ``where`` (``Model.field``), naming it on failure.

    Raises:
        TypeError: ``value`` is a float, a bool or another non-decimal type (the message starts with ``where``).
        ValueError: ``value`` is not a finite decimal number (the message starts with ``where``).
    """
    try:
        return convert(value)
    except (TypeError, ValueError) as error:
        raise type(error)(f"{where}: {error}") from None


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

    # Only the item class is kept (its ``from_dict`` parses an item): a bound method per list would be
    # one more object for the garbage collector to track and walk, for every nested list of a page.
    __slots__ = ("_model",)

    def __init__(self, raw: Iterable[Any], model: type[M]) -> None:
        super().__init__(raw)
        self._model = model

    def _item(self, index: int) -> M:
        item = list.__getitem__(self, index)
        model: Any = self._model  # a model class: it has from_dict, which M does not promise
        if not isinstance(item, model):
            try:
                item = model.from_dict(item)
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
        model: Any = self._model  # (as in _item)
        parse = model.from_dict
        get = list.__getitem__
        put = list.__setitem__
        for i in range(len(self)):
            item = get(self, i)
            if type(item) is dict:
                try:  # the usual JSON object parsed here, one call less than _item
                    item = parse(item)
                except (TypeError, ValueError, KeyError, AttributeError):
                    item = self._item(i)  # raises the error _item gives (through item_error)
                put(self, i, item)
            elif not isinstance(item, model):
                item = self._item(i)
            yield item

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
        for arg in args:  # the other side of ==, <, + ... is parsed too
            if isinstance(arg, LazyList):
                arg.materialise()
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


# ---------------------------------------------------------------------------------------------------------------------
# Request models: enum fields take the enum member or its plain value.

E = TypeVar("E")


def enum_value(enum: type[E], value: Any, where: str) -> E:
    """``value`` as a member of ``enum`` (a member, or its plain ``str``/``int`` value).

    Raises:
        ValueError: a value the spec does not list (named by ``where``, e.g. ``Model.field``).
    """
    if isinstance(value, enum) and getattr(value, "is_known", True):
        return value
    member = getattr(enum, "_value2member_map_", {}).get(value) if isinstance(value, str | int) else None
    if member is None or isinstance(value, bool) or not getattr(member, "is_known", True):
        allowed = ", ".join(repr(m.value) for m in enum)  # type: ignore[attr-defined]
        raise ValueError(f"{where}: {value!r} is not one of {allowed}")
    return member  # type: ignore[no-any-return]


# ---------------------------------------------------------------------------------------------------------------------
# Response models.


def member_lookup(enum: type[E]) -> Callable[[Any], E | None]:
    """The member of ``enum`` with a given plain value, or None (the bulk pass's enum lookup)."""
    return enum._value2member_map_.get  # type: ignore[attr-defined,no-any-return]


class FieldError(ValueError):
    """A response field of the wrong JSON type (or otherwise unreadable), raised when it is read.

    Attributes:
        model: the model class name.
        field: the Python attribute name.
        problem: what is wrong, without the value (which may be anything the server sent).
    """

    def __init__(self, model: str, field: str, problem: str) -> None:
        super().__init__(f"{model}.{field}: {problem}")
        self.model = model
        self.field = field
        self.problem = problem


class MissingFieldError(FieldError, AttributeError):
    """A field the spec calls required that the server left out, raised when it is read."""


#: kalshi_ext sets this to a function that returns its KalshiResponseError subclass for a FieldError,
#: so that reading a bad field fails like every other response problem; None raises the FieldError.
field_error: Callable[[FieldError], Exception] | None = None


def _fail(error: FieldError, cause: BaseException | None = None) -> NoReturn:
    hook = field_error
    raise (error if hook is None else hook(error)) from cause


_MISSING: Any = type("_Missing", (), {"__repr__": lambda self: "<missing>"})()
_EMPTY: Any = type("_Empty", (), {"__repr__": lambda self: "<empty>"})()
_ASSIGNED: Any = type("_Assigned", (), {"__repr__": lambda self: "<assigned>"})()
_SECRET_FIELDS = frozenset({"private_key", "access_token", "refresh_token", "password", "passphrase", "secret"})


class ResponseField:
    """How one field of a response model reads its JSON value (listed in the model's ``_declared``).

    The model keeps each field in a slot; the first read of an empty slot (``ResponseModel.__getattr__``)
    calls :meth:`read`, which converts the JSON value and fills the slot, so later reads are plain
    attribute lookups. Subclasses define ``convert`` for their kind (and a faster ``read``).

    Attributes:
        key: the JSON name. name: the Python name. kind: what the value is ("str", "decimal",
        "levels", "model", "model_list", ...). required / nullable: as the spec says.
    """

    __slots__ = ("key", "name", "owner", "required", "nullable", "empty", "doc")
    kind: ClassVar[str] = "any"

    def __init__(
        self, key: str, required: bool = False, nullable: bool = False, doc: str | None = None, empty: bool = False
    ) -> None:
        self.key = key
        self.name = key
        self.owner = "?"
        self.required = required
        self.nullable = nullable
        self.empty = empty  # an optional list: reads as [] when absent or null
        self.doc = doc

    def bind(self, owner: str, name: str) -> None:
        """Name the field: ``name`` on the model class called ``owner``."""
        self.name = name
        self.owner = owner

    def convert(self, value: Any) -> Any:
        return value

    def present(self, raw: Mapping[str, Any]) -> bool:
        """Whether the server sent this field (``null`` counts; an empty money string does not)."""
        return self.key in raw

    def read(self, obj: Any) -> Any:
        """The field's value on ``obj``, converted and kept in its slot.

        Raises:
            MissingFieldError: a required field is absent. FieldError: the value has the wrong type.
        """
        return self._read(obj)

    def _read(self, obj: Any) -> Any:
        """The general path: absent, null, conversion errors; caches the result on ``obj``."""
        value = obj._raw.get(self.key, _MISSING)
        if value is None or value is _MISSING:
            result = self._absent(value)
        else:
            try:
                result = self.convert(value)
            except FieldError:
                raise
            except (TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
                _fail(FieldError(self.owner, self.name, str(exc)), exc)
            if result is _EMPTY:
                result = self._absent(_MISSING)
        setattr(obj, self.name, result)
        return result

    def _absent(self, value: Any) -> Any:
        if self.empty:
            return self.null_required()
        if value is None and (self.nullable or not self.required):
            return None
        if not self.required:
            return None
        if value is None:
            return self.null_required()
        _fail(MissingFieldError(self.owner, self.name, f"{self.key!r} is missing from the response"))

    def null_required(self) -> Any:
        # A null where the spec promises a value (Kalshi sends "cursor": null) is as good as absent.
        _fail(MissingFieldError(self.owner, self.name, f"{self.key!r} is null in the response"))

    def dump(self, value: Any) -> Any:
        """The JSON form of a value of this field."""
        return _dump(value)


def _kind_error(expected: str, value: Any) -> TypeError:
    return TypeError(f"expected {expected}, got {type(value).__name__}")


class _PlainField(ResponseField):
    """A field whose JSON value is already its Python value when it has the JSON type ``plain``."""

    __slots__ = ()
    plain: ClassVar[type]
    expected: ClassVar[str]

    def read(self, obj: Any) -> Any:
        value = obj._raw.get(self.key)
        if type(value) is self.plain:
            setattr(obj, self.name, value)
            return value
        return self._read(obj)

    def convert(self, value: Any) -> Any:
        if type(value) is self.plain:
            return value
        raise _kind_error(self.expected, value)


class StrField(_PlainField):
    __slots__ = ()
    kind = "str"
    plain = str
    expected = "a string"


class IntField(_PlainField):
    __slots__ = ()
    kind = "int"
    plain = int
    expected = "an integer"

    def convert(self, value: Any) -> Any:
        if type(value) is float and value.is_integer():
            return int(value)
        return super().convert(value)


class FloatField(_PlainField):
    __slots__ = ()
    kind = "float"
    plain = float
    expected = "a number"

    def convert(self, value: Any) -> Any:
        if type(value) is int:
            return float(value)
        return super().convert(value)


class BoolField(_PlainField):
    __slots__ = ()
    kind = "bool"
    plain = bool
    expected = "true or false"


# Immutable values parsed from JSON text, kept by their text: a page repeats the same prices, sizes
# and times across its items (recorded Kalshi market pages: ~87% of money strings and ~76% of
# timestamps repeat), and a dict lookup costs a fraction of Decimal() or fromisoformat(). Bounded:
# emptied when full.
_CACHE_LIMIT = 8192
_DECIMALS: dict[str, Decimal] = {}
_DATETIMES: dict[str, datetime.datetime] = {}
# Typed for any JSON value: only text that parsed before is found (a non-str value finds nothing;
# an unhashable one raises TypeError, which sends the bulk path to the field's own read).
cached_decimal: Callable[[Any], Decimal | None] = _DECIMALS.get
cached_datetime: Callable[[Any], datetime.datetime | None] = _DATETIMES.get


class JsonKeys:
    """A model's JSON keys, held as the very string objects the JSON decoder made last.

    orjson makes one string object per distinct key and reuses it for every object of every response
    while it stays in its key cache; our source's keys are other (equal) objects. A dict lookup with the
    decoder's own object matches on identity, one with an equal object compares the text: for a
    market's 54 fields that is about 6% of building it. Keys are only ever replaced by equal ones, so
    a lookup finds the same value with either.
    """

    __slots__ = ("keys", "first", "_position")

    def __init__(self, *keys: str) -> None:
        self.keys = keys
        self.first: str | None = None  # the first key object of the JSON object last adopted from
        self._position = {key: i for i, key in enumerate(keys)}

    def adopt(self, raw: dict[str, Any]) -> None:
        """Take ``raw``'s key objects for the keys it has."""
        keys = list(self.keys)
        position = self._position
        for key in raw:
            i = position.get(key)
            if i is not None:
                keys[i] = key
        self.keys = tuple(keys)
        self.first = next(iter(raw), None)


def new_decimal(text: str) -> Decimal:
    """The Decimal of a fixed-point string, kept for the next read of the same text.

    Raises:
        decimal.InvalidOperation: ``text`` is not a decimal number.
        ValueError: ``text`` is not a finite decimal number (``NaN``, ``Infinity``).
    """
    result = Decimal(text)
    if not result.is_finite():
        raise ValueError(f"not a finite decimal number: {text[:40]!r}")
    if len(_DECIMALS) >= _CACHE_LIMIT:
        _DECIMALS.clear()
    _DECIMALS[text] = result
    return result


def new_datetime(text: str) -> datetime.datetime:
    """The datetime of an ISO 8601 string, kept for the next read of the same text.

    Raises:
        ValueError: ``text`` is not an ISO 8601 date-time.
    """
    result = datetime.datetime.fromisoformat(text)
    if len(_DATETIMES) >= _CACHE_LIMIT:
        _DATETIMES.clear()
    _DATETIMES[text] = result
    return result


def _decimal(value: Any) -> Decimal:
    if type(value) is str:
        result = cached_decimal(value)
        if result is not None:
            return result
        try:
            return new_decimal(value)
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value[:40]!r}") from None
    if type(value) is int:
        result = Decimal(value)
    elif type(value) is float:
        result = Decimal(repr(value))  # the JSON text the float was decoded from
    else:
        raise _kind_error("a fixed-point string", value)
    if not result.is_finite():
        raise ValueError(f"not a finite decimal number: {value!r}")
    return result


class DecimalField(ResponseField):
    """A fixed-point money or count string as ``Decimal``; ``""`` (sent for "no value") is absent."""

    __slots__ = ()
    kind = "decimal"

    def read(self, obj: Any) -> Any:
        value = obj._raw.get(self.key)
        if type(value) is str and value:
            result = cached_decimal(value)
            if result is None:
                try:
                    result = new_decimal(value)
                except (InvalidOperation, ValueError):
                    return self._read(obj)
            setattr(obj, self.name, result)
            return result
        return self._read(obj)

    def convert(self, value: Any) -> Any:
        if value == "":
            return _EMPTY
        return _decimal(value)

    def present(self, raw: Mapping[str, Any]) -> bool:
        return bool(raw.get(self.key, "") != "")


class LevelsField(ResponseField):
    """An order-book side ``[[price, count], ...]`` as ``list[tuple[Decimal, Decimal]]``."""

    __slots__ = ()
    kind = "levels"

    def convert(self, value: Any) -> Any:
        if type(value) is not list:
            raise _kind_error("a list of [price, count] pairs", value)
        levels = []
        for level in value:
            if type(level) is not list or len(level) != 2:
                raise ValueError("a price level is not a [price, count] pair")
            levels.append((_decimal(level[0]), _decimal(level[1])))
        return levels

    def null_required(self) -> Any:
        return []  # Kalshi sends null for an empty side

    def dump(self, value: Any) -> Any:
        return [[format(price, "f"), format(count, "f")] for price, count in value]


class DateTimeField(ResponseField):
    __slots__ = ()
    kind = "datetime"

    def convert(self, value: Any) -> Any:
        if type(value) is str:
            return cached_datetime(value) or new_datetime(value)
        raise _kind_error("an ISO 8601 date-time string", value)


class DateField(ResponseField):
    __slots__ = ()
    kind = "date"

    def convert(self, value: Any) -> Any:
        if type(value) is str:
            return datetime.date.fromisoformat(value)
        raise _kind_error("an ISO 8601 date string", value)


class UuidField(ResponseField):
    __slots__ = ()
    kind = "uuid"

    def convert(self, value: Any) -> Any:
        if type(value) is str:
            return UUID(value)
        raise _kind_error("a UUID string", value)


class EnumField(ResponseField):
    """An enum member; a value the spec does not list yet becomes a pseudo-member (``is_known`` False)."""

    __slots__ = ("enum", "members", "unlisted")
    kind = "enum"

    def __init__(
        self,
        key: str,
        enum: Any,
        required: bool = False,
        nullable: bool = False,
        doc: str | None = None,
        empty: bool = False,
    ) -> None:
        super().__init__(key, required, nullable, doc, empty)
        self.enum = enum
        self.members: dict[Any, Any] = enum._value2member_map_
        self.unlisted: dict[Any, Any] = {}  # pseudo-members made for values the spec does not list

    def read(self, obj: Any) -> Any:
        value = obj._raw.get(self.key)
        if type(value) is str or type(value) is int:
            member = self.members.get(value)
            if member is not None:
                setattr(obj, self.name, member)
                return member
        return self._read(obj)

    def convert(self, value: Any) -> Any:
        member = self.members.get(value) if type(value) is str or type(value) is int else None
        if member is not None:
            return member
        if type(value) is bool or not isinstance(value, str | int):
            raise _kind_error(f"a {self.enum.__name__} value", value)
        member = self.unlisted.get(value)
        if member is None:
            member = self.unlisted[value] = self.enum(value)
        return member


class ConstField(ResponseField):
    """A field with one allowed value (a frame's ``type``): anything else is a frame of another kind."""

    __slots__ = ("value",)
    kind = "const"

    def __init__(
        self,
        key: str,
        value: Any,
        required: bool = False,
        nullable: bool = False,
        doc: str | None = None,
        empty: bool = False,
    ) -> None:
        super().__init__(key, required, nullable, doc, empty)
        self.value = value

    def convert(self, value: Any) -> Any:
        if value == self.value and type(value) is type(self.value):
            return value
        raise ValueError(f"expected {self.value!r}, got {str(value)[:40]!r}")


class _ClassRef:
    """A model class imported on first use (models refer to each other in cycles)."""

    __slots__ = ("module", "name", "cls")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self.cls: Any = None

    def get(self) -> Any:
        if self.cls is None:
            self.cls = getattr(importlib.import_module(self.module), self.name)
        return self.cls


class ModelField(ResponseField):
    __slots__ = ("ref", "builder")
    kind = "model"

    def __init__(
        self,
        key: str,
        module: str,
        model: str,
        required: bool = False,
        nullable: bool = False,
        doc: str | None = None,
        empty: bool = False,
    ) -> None:
        super().__init__(key, required, nullable, doc, empty)
        self.ref = _ClassRef(module, model)
        self.builder: Callable[[Any], Any] | None = None

    def _builder(self) -> Callable[[Any], Any]:
        # A response model builds with every field converted; another model (an attrs model shared
        # with requests) converts everything in from_dict already.
        cls = self.ref.get()
        build = getattr(cls, "_build", None)
        self.builder = build if build is not None else ModelField.convert.__get__(self)
        return self.builder

    @property
    def model(self) -> type:
        """The nested model class."""
        return self.ref.get()  # type: ignore[no-any-return]

    def convert(self, value: Any) -> Any:
        if type(value) is dict:
            return self.ref.get().from_dict(value)
        raise _kind_error("a JSON object", value)

    def build(self, value: Any) -> Any:
        """The nested model with every field converted (the bulk path of ``_load_fast``).

        Raises:
            TypeError, ValueError: a value the lazy path would refuse (the caller falls back to it).
        """
        return (self.builder or self._builder())(value)


def builder(model: "type[ResponseModel]", name: str) -> Callable[[Any], Any]:
    """The bulk builder of nested field ``name`` of ``model`` (a model or a list of models).

    Raises:
        TypeError: the field does not hold models.
    """
    field = model._by_name[name]
    if not isinstance(field, ModelField):
        raise TypeError(f"{model.__name__}.{name} is not a nested model field")
    return field.build


_new_list = list.__new__
_extend = list.extend


class ModelListField(ModelField):
    """A list of models, each parsed when it is first read (:class:`LazyList`); ``null`` is empty."""

    __slots__ = ()
    kind = "model_list"

    def convert(self, value: Any) -> Any:
        if type(value) is list:
            cls = self.ref.get()
            return LazyList(value, cls)
        raise _kind_error("a list", value)

    def build(self, value: Any) -> Any:
        """The list with every item built and converted (the bulk path of ``_load_fast``).

        Raises:
            TypeError, ValueError: an item the lazy path would refuse (the caller falls back to it).
        """
        cls = self.ref.cls or self.ref.get()
        out: LazyList[Any] = _new_list(LazyList)  # items are models already: no LazyList.__init__
        _extend(out, map(self.builder or self._builder(), value))
        out._model = cls
        return out

    def null_required(self) -> Any:
        return LazyList([], self.ref.get())


class ListField(ResponseField):
    """A list of scalars (or of lists), each item converted by ``item``; ``null`` is empty."""

    __slots__ = ("item",)
    kind = "list"

    def __init__(
        self,
        key: str,
        item: ResponseField,
        required: bool = False,
        nullable: bool = False,
        doc: str | None = None,
        empty: bool = False,
    ) -> None:
        super().__init__(key, required, nullable, doc, empty)
        self.item = item

    def convert(self, value: Any) -> Any:
        if type(value) is not list:
            raise _kind_error("a list", value)
        convert = self.item.convert
        out = []
        for item in value:
            converted = None if item is None else convert(item)
            out.append(None if converted is _EMPTY else converted)
        return out

    def null_required(self) -> Any:
        return []


def _dump(value: Any) -> Any:
    """The JSON form of a converted value (models, enums, Decimal, dates, lists, dicts)."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, ResponseModel) or hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, str | int):  # enum members (StrEnum, IntEnum) and their pseudo-members
        return value.value if hasattr(value, "value") else value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [_dump(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _dump(item) for key, item in value.items()}
    return value


class ResponseModel:
    """Base of the generated response models (see the module docstring).

    Build one with ``Model.from_dict(decoded_json)`` (no copy is made: the model reads the object
    it is given) or with keyword arguments (tests, fixtures).
    """

    # Every field is a slot of the generated class (no instance __dict__): filling a slot is the
    # cheapest store CPython has, and a model is one object, not an object and a dict.
    __slots__ = ("_raw", "_done")
    _raw: dict[str, Any]
    # None until _load(); then True when the bulk path converted every field (nested models
    # included) and found every required one, so validate() has nothing left to check; else False.
    _done: bool | None
    _declared: ClassVar[dict[str, ResponseField]] = {}
    _fields: ClassVar[tuple[ResponseField, ...]] = ()
    _by_name: ClassVar[dict[str, ResponseField]] = {}
    _slot_of: ClassVar[dict[str, Any]] = {}
    # A model parsed from JSON starts as an instance of its class's unread twin (see _unread_twin);
    # its first field read, validate() or to_dict() makes it an instance of the class itself.
    _real: ClassVar[type] = object
    _unread: ClassVar[type] = object
    _readers: ClassVar[dict[str, Callable[[Any], Any]]] = {}
    _required: ClassVar[tuple[str, ...]] = ()
    _nested: ClassVar[tuple[str, ...]] = ()
    _walk: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_unread_of" in vars(cls):  # the twin made below: it shares its class's tables
            return
        found: dict[str, ResponseField] = {}
        for klass in reversed(cls.__mro__):
            for name, field in vars(klass).get("_declared", {}).items():
                field.bind(klass.__name__, name)
                found[name] = field
        cls._fields = tuple(found.values())
        cls._by_name = found
        cls._slot_of = {name: getattr(cls, name) for name in found}  # the member descriptors
        cls._readers = {name: field.read for name, field in found.items()}
        cls._real = cls
        cls._unread = _unread_twin(cls) if found and vars(cls).get("__slots__") else cls
        cls._required = tuple(f.name for f in cls._fields if f.required)
        cls._nested = tuple(f.name for f in cls._fields if f.kind in _NESTED)
        # Values the bulk path leaves for validate() to walk (lists of lists, untyped JSON).
        cls._walk = any(f.kind in ("list", "any") for f in cls._fields)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a decoded JSON object (fields are converted when first read).

        Raises:
            TypeError: ``src_dict`` is not a JSON object.
        """
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        obj: Self = _new_object(cls._unread)  # an instance of cls (its unread twin)
        obj._raw = src_dict
        obj._done = None
        return obj

    if not TYPE_CHECKING:  # (for mypy a model has only its declared attributes)

        def __getattr__(self, name: str) -> Any:
            # Called only when the normal lookup fails: for a field, its slot is still empty, so the
            # field is read now (converted and kept in the slot).
            read = type(self)._readers.get(name)
            if read is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)
            return read(self)

    def _held(self, name: str) -> Any:
        """The value in field ``name``'s slot, ``_MISSING`` while it is empty (never converts)."""
        try:
            return type(self)._slot_of[name].__get__(self)
        except AttributeError:
            return _MISSING

    def _filled(self) -> dict[str, Any]:
        """The fields whose slots hold a value, by name (read or assigned so far)."""
        if len(_referents(self)) == _UNFILLED:  # the cheap answer for a model nothing touched yet
            return {}
        held = ((name, self._held(name)) for name in type(self)._by_name)
        return {name: value for name, value in held if value is not _MISSING}

    def __getstate__(self) -> tuple[dict[str, Any], bool | None, dict[str, Any]]:
        # Copies and pickles carry the JSON object and the values converted so far; they convert
        # nothing (the default would read every empty slot, and fail on a missing required field).
        return self._raw, self._done, self._filled()

    def __setstate__(self, state: tuple[dict[str, Any], bool | None, dict[str, Any]]) -> None:
        self._raw, self._done, values = state
        self._keep(values)

    @classmethod
    def _build(cls, src_dict: Any) -> Self:
        """The model of a JSON object with every field converted now (nested models of a bulk load).

        Raises:
            TypeError: ``src_dict`` is not a JSON object. FieldError: a field of the wrong type.
        """
        if type(src_dict) is not dict:
            raise _kind_error("a JSON object", src_dict)
        obj = _new_object(cls)
        obj._raw = src_dict
        obj._done = True  # _slow_field sets False
        obj._load_fast()  # a problem raises: the caller's own _load falls back to the lazy path
        return obj

    def _load_fast(self) -> None:
        """Convert every field into its slot. Generated models override this with straight-line
        code that converts the usual JSON types inline and calls :meth:`_slow_field` for the rest;
        a conversion problem raises and :meth:`_load` takes the slow path."""
        for field in self._fields:
            self._slow_field(field.name)

    def _slow_field(self, name: str) -> None:
        # The field's own read (fills the slot); a missing required field is left for validate().
        try:
            getattr(self, name)
        except AttributeError:
            self._done = False

    def _slow_load(self, name: str) -> None:
        try:
            getattr(self, name)
        except AttributeError:  # missing: not an error here (validate() checks required fields)
            pass

    def _load(self) -> None:
        """Convert every field that was sent, once; a field of the wrong type raises its FieldError."""
        if self._done is not None:
            return
        real = type(self)._real
        if type(self) is real:
            kept = self._filled()  # values already read or assigned (and maybe changed) win
        else:  # an unread twin: nothing was read or assigned (either would have changed its class)
            kept = {}
            self.__class__ = real  # the bulk pass stores into the class's own slots
        self._done = True  # _slow_field sets False
        try:
            self._load_fast()
        except (ValueError, TypeError, ArithmeticError, KeyError, AttributeError, IndexError):
            self._keep(kept)  # before the slow pass, which then reads them from their slots
            self._done = None  # until the slow pass below has not raised
            for field in self._fields:  # one by one: raises the FieldError of the bad field
                self._slow_load(field.name)
            self._done = False
            return
        if kept:
            self._keep(kept)
            self._done = False

    def _keep(self, values: dict[str, Any]) -> None:
        # Fill the slots of fields by name (values read or assigned earlier, or a copy's state).
        for name, value in values.items():
            setattr(self, name, value)

    def _set(self, name: str, value: Any) -> None:
        # A constructor argument: the value is what a read returns; _raw records that the key is set.
        if not isinstance(value, Unset):
            setattr(self, name, value)
            self._raw[type(self)._by_name[name].key] = _ASSIGNED

    @classmethod
    def fields(cls) -> tuple[ResponseField, ...]:
        """The model's fields (with ``key``, ``name``, ``kind``, ``required``, ``nullable``)."""
        return cls._fields

    def is_set(self, name: str) -> bool:
        """Whether field ``name`` (the Python name) was sent or assigned; never raises.

        Raises:
            AttributeError: the model has no field ``name``.
        """
        field = type(self)._by_name.get(name)
        if field is None:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        return field.present(self._raw)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys the server sent that the spec does not define, as sent."""
        known = {field.key for field in self._fields}
        return {key: value for key, value in self._raw.items() if key not in known}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: every field that is set, then the unknown keys as sent.

        Raises:
            FieldError: a field that is set has the wrong JSON type (via kalshi_ext's hook:
                its KalshiResponseError subclass).
        """
        out: dict[str, Any] = {}
        self._load()
        raw = self._raw
        known: set[str] = set()
        for field in self._fields:
            key = field.key
            known.add(key)
            sent = raw.get(key, _MISSING)
            if sent is None:
                value = None  # null, as sent
            elif field.present(raw):
                value = getattr(self, field.name)
            else:
                continue
            out[key] = None if value is None else field.dump(value)
        for key, value in raw.items():
            if key not in known:
                out[key] = value
        return out

    def validate(self, deep_required: bool = False) -> Self:
        """Read every field that is set now, nested models and list items included; return ``self``.

        The required fields of this model must be present; those of nested models too only with
        ``deep_required`` (Kalshi's nested objects often lack fields the spec calls required).

        Raises:
            MissingFieldError: a required field is missing.
            FieldError: a field has the wrong JSON type.
        """
        if self._done is None:
            self._load()
        if self._done and not deep_required and not self._walk:
            return self
        for name in self._required:
            getattr(self, name)  # an empty slot: raises MissingFieldError (or reads a null list as empty)
        for name in self._nested:
            if (value := self._held(name)) is not _MISSING:
                _validate(value, deep_required)
        return self

    def __repr__(self) -> str:
        parts = []
        for field in self._fields:
            if not self.is_set(field.name):
                continue
            if field.name in _SECRET_FIELDS:
                parts.append(f"{field.name}=<redacted>")
                continue
            try:
                value = getattr(self, field.name)
            except FieldError as exc:
                parts.append(f"{field.name}=<invalid: {exc.problem}>")
                continue
            except Exception as exc:  # the hook's error: still show the model
                parts.append(f"{field.name}=<invalid: {type(exc).__name__}>")
                continue
            parts.append(f"{field.name}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Copies and pickles are of the class itself (its unread twin is not importable by name).
        return _rebuild, (type(self)._real, self.__getstate__())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResponseModel) or type(other)._real is not type(self)._real:
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __bool__(self) -> bool:
        return True  # a model is truthy even when it is an empty page


class _UnreadField:
    """A field of an unread twin: the first read (or assignment, or deletion) makes the object an
    instance of the class itself, then reads the field (which fills its slot)."""

    __slots__ = ("real", "name", "read")

    def __init__(self, real: type, name: str, read: Callable[[Any], Any]) -> None:
        self.real = real
        self.name = name
        self.read = read

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        obj.__class__ = self.real
        return self.read(obj)

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__class__ = self.real
        setattr(obj, self.name, value)

    def __delete__(self, obj: Any) -> None:
        obj.__class__ = self.real
        delattr(obj, self.name)


def _unread_twin(cls: type[ResponseModel]) -> type:
    """The subclass ``from_dict`` builds: the same slots (so ``__class__`` can change between the two),
    with each field a descriptor that reads the JSON value.

    Why: reading an empty slot raises AttributeError inside CPython before ``__getattr__`` runs, and
    building and dropping that exception is most of the cost of a first read. The twin's fields are
    found before the slots, so its first read raises nothing; afterwards the object is of the class
    itself, whose filled slots read at C speed. ``isinstance`` and the class name are the same for both;
    ``type(model) is Market`` holds once a field was read or the model validated.
    """
    attrs: dict[str, Any] = {
        "__slots__": (),
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "_unread_of": cls,
    }
    for name, read in cls._readers.items():
        attrs[name] = _UnreadField(cls, name, read)
    return type(cls.__name__, (cls,), attrs)


def _rebuild(cls: type[ResponseModel], state: Any) -> ResponseModel:
    obj = _new_object(cls)
    obj.__setstate__(state)
    return obj


_NESTED = frozenset({"model", "model_list", "any", "list"})
_new_object = object.__new__
# What the garbage collector's traversal of a model finds while no field slot is filled: its class,
# its JSON object and its _done (None). More means a field was read or assigned (ResponseModel._filled).
_referents = gc.get_referents
_UNFILLED = 3


def _validate(value: Any, deep_required: bool) -> None:
    if isinstance(value, ResponseModel):
        if deep_required:
            value.validate(True)
        else:
            value._load()
            for name in value._nested:
                if (held := value._held(name)) is not _MISSING:
                    _validate(held, False)
    elif isinstance(value, list):
        for item in value:
            _validate(item, deep_required)


class Page(Generic[M]):
    """A list response (see the module docstring): iterate over it, ``len()`` it, follow its cursor."""

    __slots__ = ()
    items_field: ClassVar[str]
    cursor_field: ClassVar[str | None] = None
    _item_ref: ClassVar[_ClassRef]

    @classmethod
    def item_model(cls) -> type[M]:
        """The class of the page's items."""
        return cls._item_ref.get()  # type: ignore[no-any-return]

    @property
    def items(self) -> list[M]:
        """The page's items (empty when the list is absent or null)."""
        value = getattr(self, self.items_field, None)
        return value if isinstance(value, list) else []

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the next page; None on the last page (empty, null or absent cursor)."""
        if self.cursor_field is None:
            return None
        value = getattr(self, self.cursor_field, None)
        return value if isinstance(value, str) and value else None

    @property
    def has_next(self) -> bool:
        """Whether another page follows."""
        return self.next_cursor is not None

    def __iter__(self) -> Iterator[M]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def to_pandas(self, *, decimals: Literal["decimal", "float", "str"] = "decimal") -> Any:
        """The items as a pandas DataFrame, one row per item (kalshi_ext's rules; the ``pandas`` extra)."""
        return _frame("pandas", self, decimals)

    def to_polars(self, *, decimals: Literal["decimal", "float", "str"] = "decimal") -> Any:
        """The items as a polars DataFrame, one row per item (kalshi_ext's rules; the ``polars`` extra)."""
        return _frame("polars", self, decimals)


# Set by kalshi_ext (its _frames module): builds a data frame from a page's items and item model.
frame_builder: Callable[[str, list[Any], type, str], Any] | None = None


def _frame(library: str, page: Page[Any], decimals: str) -> Any:
    if frame_builder is None:
        raise RuntimeError(f"to_{library}() is provided by kalshi_ext: import kalshi_ext (its clients or models) first")
    return frame_builder(library, page.items, page.item_model(), decimals)


__all__ = [
    "UNSET",
    "DecimalInput",
    "FieldError",
    "File",
    "FileTypes",
    "LazyList",
    "MissingFieldError",
    "Page",
    "RequestFiles",
    "Response",
    "ResponseField",
    "ResponseModel",
    "Unset",
    "enum_value",
    "json_loads",
    "named_money",
    "to_decimal",
]
