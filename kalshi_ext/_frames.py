"""Pages and ``*_all`` results as pandas or polars data frames (optional extras ``pandas``, ``polars``).

``kalshi.markets.list(status="open").to_pandas()`` or ``kalshi.markets.list_all().to_polars()``.
The rules, the same for both libraries:

- **One row per item**, one column per field of the item model, in the model's order (fields no
  item has are still columns, all null: an empty page has the same columns as a full one).
- **Nested objects are flattened** into ``parent.child`` columns, recursively; **lists are kept**
  as Python lists (of models or values) in one column.
- **Absent fields are null** (None / NaN / null), never an error, even where the spec calls
  them required (Kalshi omits some).
- **Enums become their text** (``"active"``), so filtering with plain strings works.
- **Money and counts** (``Decimal`` fields): ``decimals="decimal"`` (the default) keeps them
  exact: ``Decimal`` objects in pandas (object dtype), a ``Decimal`` dtype in polars;
  ``decimals="float"`` converts them to float64 for numeric work (no longer exact);
  ``decimals="str"`` keeps the fixed-point text.
- **Date-times are timezone-aware UTC** (``datetime64[ns, UTC]`` / ``Datetime("us", "UTC")``);
  Unix-second ``*_ts`` integer fields stay integers.

The core never imports pandas or polars: only these calls do, and without the extra they raise
:class:`~kalshi_ext.KalshiConfigurationError` naming the ``pip install`` line.
"""

from __future__ import annotations

import datetime as _dt
import importlib
from decimal import Decimal
from enum import Enum
from typing import Any, Literal

from ._errors import KalshiConfigurationError

Library = Literal["pandas", "polars"]
Decimals = Literal["decimal", "float", "str"]
_DECIMALS = ("decimal", "float", "str")
GENERATED_PACKAGES = ("kalshi_trade_api", "kalshi_perps_api", "kalshi_klear_api")


def _library(name: Library) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        raise KalshiConfigurationError(f"to_{name}() needs {name}: pip install 'kalshi-ext[{name}]'") from None


def _fields(model: type) -> list[str]:
    """The field names of a generated model: response models list their field descriptors in
    ``_fields``; request models are attrs classes."""
    described = getattr(model, "_fields", None)
    if isinstance(described, tuple):
        return [f.name for f in described]
    import attrs

    if not attrs.has(model):
        return []
    return [f.name for f in attrs.fields(model) if f.init and f.name != "additional_properties"]


def _read(item: Any, name: str) -> Any:
    is_set = getattr(item, "is_set", None)
    if callable(is_set) and not is_set(name):
        return None
    try:
        value = getattr(item, name)
    except (AttributeError, ValueError, TypeError):  # a field the server left out or sent malformed
        return None
    return None if type(value).__name__ == "Unset" else value


def _flatten(item: Any, model: type, prefix: str, row: dict[str, Any], decimals: Decimals) -> None:
    for name in _fields(model):
        value = _read(item, name) if item is not None else None
        column = f"{prefix}{name}"
        nested = _nested_model(model, name)
        if nested is not None and (value is None or isinstance(value, nested)):
            _flatten(value, nested, f"{column}.", row, decimals)
            continue
        row[column] = _cell(value, decimals)


def _nested_model(model: type, name: str) -> type | None:
    """The model a field holds (a nested object), or None for scalars and lists."""
    by_name = getattr(model, "_by_name", None)
    if isinstance(by_name, dict):
        descriptor = by_name.get(name)
        nested = getattr(descriptor, "model", None) if getattr(descriptor, "kind", "") == "model" else None
        return nested if isinstance(nested, type) else None
    import attrs

    annotation = str(next(f.type for f in attrs.fields(model) if f.name == name))
    if annotation.startswith(("list[", "LazyList[")):
        return None
    models = importlib.import_module(model.__module__.split(".", 1)[0] + ".models")
    for token in annotation.replace("|", " ").split():
        candidate = getattr(models, token, None)
        if isinstance(candidate, type) and attrs.has(candidate):
            return candidate
    return None


def _cell(value: Any, decimals: Decimals) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        if decimals == "float":
            return float(value)
        return format(value, "f") if decimals == "str" else value
    if isinstance(value, _dt.datetime) and value.tzinfo is not None:
        return value.astimezone(_dt.UTC)
    if isinstance(value, list):
        return list(value)
    return value


def rows(items: list[Any], model: type, decimals: Decimals = "decimal") -> tuple[list[str], list[dict[str, Any]]]:
    """The column names and one flat row per item (see the module docstring).

    Raises:
        KalshiConfigurationError: ``decimals`` is not one of decimal, float, str.
    """
    if decimals not in _DECIMALS:
        raise KalshiConfigurationError(f"decimals must be one of {', '.join(_DECIMALS)}, not {decimals!r}")
    template: dict[str, Any] = {}
    _flatten(None, model, "", template, decimals)
    out = []
    for item in items:
        row: dict[str, Any] = {}
        _flatten(item, model, "", row, decimals)
        out.append(row)
    return list(template), out


def _datetime_columns(columns: list[str], data: list[dict[str, Any]]) -> list[str]:
    return [c for c in columns if any(isinstance(r[c], _dt.datetime) for r in data)]


def _decimal_columns(columns: list[str], data: list[dict[str, Any]]) -> list[str]:
    return [c for c in columns if any(isinstance(r[c], Decimal) for r in data)]


def to_pandas(items: list[Any], model: type, decimals: Decimals = "decimal") -> Any:
    """A ``pandas.DataFrame`` of ``items`` (see the module docstring).

    Raises:
        KalshiConfigurationError: pandas is not installed; a bad ``decimals``.
    """
    pd = _library("pandas")
    columns, data = rows(items, model, decimals)
    frame = pd.DataFrame.from_records(data, columns=columns) if data else pd.DataFrame(columns=columns)
    for column in _datetime_columns(columns, data):
        frame[column] = pd.to_datetime(frame[column], utc=True)
    for column in _decimal_columns(columns, data):
        frame[column] = frame[column].astype(object)  # exact Decimals, None where absent
    return frame


def to_polars(items: list[Any], model: type, decimals: Decimals = "decimal") -> Any:
    """A ``polars.DataFrame`` of ``items`` (see the module docstring).

    Raises:
        KalshiConfigurationError: polars is not installed; a bad ``decimals``.
    """
    pl = _library("polars")
    columns, data = rows(items, model, decimals)
    series = []
    for column in columns:
        values = [r[column] for r in data]
        if any(isinstance(v, list) for v in values):
            series.append(pl.Series(column, values, dtype=pl.Object))
        elif any(isinstance(v, _dt.datetime) for v in values):
            series.append(pl.Series(column, values, dtype=pl.Datetime("us", "UTC")))
        else:
            series.append(pl.Series(column, values, strict=False))
    return pl.DataFrame(series) if series else pl.DataFrame()


def frame(library: str, items: list[Any], model: type, decimals: Any = "decimal") -> Any:
    """The hook the generated ``Page.to_pandas`` / ``to_polars`` call."""
    if library == "pandas":
        return to_pandas(items, model, decimals)
    return to_polars(items, model, decimals)


def install() -> None:
    """Set the frame hook in every generated package's ``types`` module (idempotent)."""
    for package in GENERATED_PACKAGES:
        types: Any = importlib.import_module(f"{package}.types")
        types.frame_builder = frame
