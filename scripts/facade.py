"""Generate the typed resource facade (``kalshi_ext_resources``) from the naming map and the generated packages.

Input: ``openapi/operations.tsv`` (one row per operation: facade name, paginator, item field) and the
freshly generated ``kalshi_trade_api`` / ``kalshi_perps_api`` / ``kalshi_klear_api`` packages, read as
source (AST), never imported. Output: one module per top-level resource and API, each holding a sync
and an async class with one method per operation, whose parameters, defaults and annotations are
those of the generated ``sync_detailed`` and whose return type is the model of the 2xx response.
Methods call through an invoker (``kalshi_ext_resources._protocol``) that ``kalshi_ext`` implements:
transport, signing, retries and error mapping stay in the hand-written runtime.

Raises ``FacadeError`` when the map and the generated code disagree (an operation without a name, a
name without an operation, a paginator whose response has no list field): a spec update then fails
loudly instead of dropping methods.
"""

from __future__ import annotations

import ast
import csv
import keyword
import re
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facade_spec import OperationDocs

PACKAGE = "kalshi_ext_resources"
API_PACKAGES = {"trade": "kalshi_trade_api", "perps": "kalshi_perps_api", "klear": "kalshi_klear_api"}
API_TITLES = {"trade": "Trade", "perps": "Perps", "klear": "Klear"}
NOT_TYPES = {"None", "True", "False", "Unset", "UNSET", "datetime", "date"}
NOT_TYPES |= {"list", "dict", "str", "int", "float", "bool"}
# Names the facade imports from the standard library, not from a generated package.
STDLIB_TYPES = {"Any": "typing", "Decimal": "decimal", "UUID": "uuid", "Mapping": "collections.abc"}
STDLIB_TYPES |= {"Sequence": "collections.abc"}


class FacadeError(Exception):
    """The naming map and the generated endpoints disagree."""


@dataclass
class Param:
    name: str
    annotation: str
    default: str | None  # source text, None when required
    positional: bool


@dataclass
class BodyField:
    """One field of a request body model, offered as a keyword argument."""

    name: str
    annotation: str  # widened to the plain values people write
    required: bool


@dataclass
class Operation:
    api: str
    http_method: str
    path: str
    name: str  # e.g. communications.rfqs.list
    paginator: str | None  # e.g. communications.rfqs.list_all
    items: str | None
    module: str  # e.g. kalshi_trade_api.api.market.get_markets
    params: list[Param]
    returns: str  # model class name or "None"
    summary: str
    arg_docs: list[str]
    item_type: str = "Any"
    cursor_field: str = "cursor"
    operation_id: str = ""
    body_model: str | None = None  # the request model whose fields are also keyword arguments
    body_fields: list[BodyField] = field(default_factory=list)
    docs: OperationDocs = field(default_factory=OperationDocs)

    @property
    def method_name(self) -> str:
        return self.name.rsplit(".", 1)[1]

    @property
    def resource_path(self) -> tuple[str, ...]:
        return tuple(self.name.split(".")[:-1])


def read_naming_map(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _url_pattern(node: ast.expr) -> str:
    """``"/markets"`` or ``"/markets/{ticker}".format(...)`` -> ``/markets`` or ``/markets/{}``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        node = node.func.value
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.sub(r"\{[^}]+\}", "{}", node.value)
    if isinstance(node, ast.JoinedStr):
        parts = [v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "{}" for v in node.values]
        return "".join(parts)
    raise FacadeError(f"unexpected url expression {ast.unparse(node)}")


def _function(tree: ast.Module, name: str) -> ast.FunctionDef:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise FacadeError(f"no {name}()")


def _method_and_url(tree: ast.Module) -> tuple[str, str]:
    for node in ast.walk(_function(tree, "_get_kwargs")):
        if isinstance(node, ast.Dict):
            keys = [k.value if isinstance(k, ast.Constant) and isinstance(k.value, str) else None for k in node.keys]
            if "method" in keys and "url" in keys:
                method = node.values[keys.index("method")]
                if not isinstance(method, ast.Constant):
                    raise FacadeError(f"unexpected method expression {ast.unparse(method)}")
                return str(method.value).upper(), _url_pattern(node.values[keys.index("url")])
    raise FacadeError("no method/url in _get_kwargs")


def _success_type(tree: ast.Module) -> str:
    """The model the 2xx branch of ``_parse_response`` builds, or ``None`` for an empty body."""
    for node in ast.walk(_function(tree, "_parse_response")):
        if not (isinstance(node, ast.If) and isinstance(node.test, ast.Compare)):
            continue
        right = node.test.comparators[0]
        if not (isinstance(right, ast.Constant) and isinstance(right.value, int) and 200 <= right.value < 300):
            continue
        first = node.body[0]
        if isinstance(first, ast.Return) and (first.value is None or ast.unparse(first.value) == "None"):
            return "None"
        value = first.value if isinstance(first, ast.Assign) else None
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "from_dict":
            return ast.unparse(value.func.value)
        if isinstance(value, ast.Call) and ast.unparse(value) == "cast(Any, None)":
            return "None"
        raise FacadeError(f"unexpected 2xx parse {ast.unparse(node.body[0])}")
    raise FacadeError("no 2xx response")


def _params(func: ast.FunctionDef) -> list[Param]:
    """The generated function's parameters but ``client``: path parameters positional, the rest keyword-only."""
    args = func.args
    positional_defaults = [None] * (len(args.args) - len(args.defaults)) + list(args.defaults)
    pairs = [(arg, default, True) for arg, default in zip(args.args, positional_defaults, strict=True)]
    pairs += [(arg, default, False) for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    return [
        Param(
            arg.arg,
            ast.unparse(arg.annotation) if arg.annotation else "Any",
            None if default is None else ast.unparse(default),
            positional,
        )
        for arg, default, positional in pairs
        if arg.arg != "client"
    ]


def _accept_plain_values(param: Param, enums: dict[str, str]) -> Param:
    """Widen an enum parameter to its plain values too (``status: GetMarketsStatus | str``).

    People write ``status="open"``; the client checks the value against the enum before sending.
    """
    annotation = re.sub(
        r"\b(\w+)\b",
        lambda m: f"{m.group(1)} | {enums[m.group(1)]}" if m.group(1) in enums else m.group(1),
        param.annotation,
    )
    return Param(param.name, annotation, param.default, param.positional)


def _docs(func: ast.FunctionDef) -> tuple[str, list[str]]:
    doc = ast.get_docstring(func) or ""
    summary = doc.strip().splitlines()[0].strip() if doc.strip() else ""
    arg_docs: list[str] = []
    in_args = False
    for line in doc.splitlines():
        if line.strip() == "Args:":
            in_args = True
            continue
        if in_args and (not line.startswith("    ") or line.strip() in ("Raises:", "Returns:")):
            break
        if in_args:
            arg_docs.append(line.rstrip())
    return summary, arg_docs


def _class_attributes(models_dir: Path) -> dict[str, dict[str, str]]:
    """class name -> {attribute: annotation source} for every generated model."""
    out: dict[str, dict[str, str]] = {}
    for path in models_dir.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                out[node.name] = {
                    stmt.target.id: ast.unparse(stmt.annotation)
                    for stmt in node.body
                    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
                }
    return out


def _is_required(stmt: ast.AnnAssign) -> bool:
    """An attrs field without a default (``x: T`` or ``x: T = _attrs_field(converter=...)``)."""
    value = stmt.value
    if value is None:
        return True
    if isinstance(value, ast.Call) and ast.unparse(value.func) == "_attrs_field":
        return not any(k.arg in ("default", "factory") for k in value.keywords)
    return False


def _model_fields(models_dir: Path) -> dict[str, list[tuple[str, str, bool]]]:
    """class name -> [(attribute, annotation, required)] of every generated attrs model, in order."""
    out: dict[str, list[tuple[str, str, bool]]] = {}
    for path in models_dir.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and any("attrs_define" in ast.unparse(d) for d in node.decorator_list):
                out[node.name] = [
                    (stmt.target.id, ast.unparse(stmt.annotation), _is_required(stmt))
                    for stmt in node.body
                    if isinstance(stmt, ast.AnnAssign)
                    and isinstance(stmt.target, ast.Name)
                    and stmt.target.id != "additional_properties"
                ]
    return out


def _plain_field(annotation: str, enums: dict[str, str], models: set[str]) -> str:
    """A body field's annotation widened to plain values: enum text, decimal text, nested dicts, ISO dates.

    Lists become ``Sequence`` (covariant: a ``list[Model]`` is accepted where items may also be dicts).
    """

    def widen(match: re.Match[str]) -> str:
        name = match.group(0)
        if name in enums:
            return f"{name} | {enums[name]}"
        if name in models:
            return f"{name} | Mapping[str, Any]"
        return {"Decimal": "Decimal | str | int", "UUID": "UUID | str", "list": "Sequence"}.get(name, name)

    return re.sub(r"\b(?<!\.)[A-Za-z_]\w*\b", widen, annotation)


def enum_classes(models_dir: Path) -> dict[str, str]:
    """Generated enum class name -> the plain type it also accepts (``str`` or ``int``)."""
    found = {}
    for path in models_dir.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                bases = {ast.unparse(base) for base in node.bases}
                if bases & {"StrEnum", "IntEnum"}:
                    found[node.name] = "str" if "StrEnum" in bases else "int"
    return found


def load_operations(
    generated: Path, naming_map: Path, docs: dict[str, dict[tuple[str, str], OperationDocs]] | None = None
) -> list[Operation]:
    """Match every generated endpoint module to its row of the naming map.

    ``docs`` (per API, from :func:`facade_spec.operation_docs`) adds the spec's descriptions,
    limits, units and defaults to the docstrings.

    Raises:
        FacadeError: an endpoint has no row, a row has no endpoint, or a paginated response has no list.
    """
    rows = {(r["api"], r["method"], re.sub(r"\{[^}]+\}", "{}", r["path"])): r for r in read_naming_map(naming_map)}
    operations: list[Operation] = []
    seen: set[tuple[str, str, str]] = set()
    for api, package in API_PACKAGES.items():
        attributes = _class_attributes(generated / package / "models")
        enums = enum_classes(generated / package / "models")
        model_fields = _model_fields(generated / package / "models")
        api_docs = (docs or {}).get(api, {})
        for path in sorted((generated / package / "api").glob("*/*.py")):
            if path.name == "__init__.py":
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            method, url = _method_and_url(tree)
            key = (api, method, url)
            row = rows.get(key)
            if row is None:
                raise FacadeError(f"{api} {method} {url} ({path.name}) has no row in operations.tsv")
            if key in seen:
                raise FacadeError(f"{api} {method} {url} appears twice")
            seen.add(key)
            func = _function(tree, "sync_detailed")
            summary, arg_docs = _docs(func)
            module = f"{package}.api.{path.parent.name}.{path.stem}"
            op = Operation(
                api=api,
                http_method=method,
                path=row["path"],
                name=row["name"],
                paginator=None if row["paginator"] == "-" else row["paginator"],
                items=None if row["items"] == "-" else row["items"],
                module=module,
                params=[_accept_plain_values(p, enums) for p in _params(func)],
                returns=_success_type(tree),
                summary=summary,
                arg_docs=arg_docs,
                docs=api_docs.get((method, row["path"]), OperationDocs()),
                operation_id=row.get("operation_id", ""),
            )
            _attach_body(op, model_fields, enums)
            if op.paginator:
                fields = attributes.get(op.returns, {})
                match = re.fullmatch(r"list\[(\w+)\](?: \| Unset)?", fields.get(op.items or "", ""))
                if match is None:
                    raise FacadeError(f"{op.name}: {op.returns}.{op.items} is not a list")
                op.item_type = match.group(1)
                op.cursor_field = "next_cursor" if "next_cursor" in fields else "cursor"
                if not any(p.name == "cursor" for p in op.params):
                    raise FacadeError(f"{op.name}: paginator {op.paginator} but no cursor parameter")
            operations.append(op)
    missing = sorted(set(rows) - seen)
    if missing:
        raise FacadeError(f"operations.tsv names operations the specs no longer have: {missing}")
    return operations


def _attach_body(op: Operation, model_fields: dict[str, list[tuple[str, str, bool]]], enums: dict[str, str]) -> None:
    """Offer the fields of the operation's request model as keyword arguments.

    Raises:
        FacadeError: a body field has the name of another parameter of the operation.
    """
    body = next((p for p in op.params if p.name == "body"), None)
    if body is None:
        return
    names = [n for n in _names_in(body.annotation) if n in model_fields]
    if len(names) != 1 or not model_fields[names[0]]:
        return  # no model, or one without fields (EmptyResponse): only body= makes sense
    op.body_model = names[0]
    others = {p.name for p in op.params}
    for name, annotation, required in model_fields[names[0]]:
        if name in others or keyword.iskeyword(name):
            raise FacadeError(f"{op.name}: body field {name!r} clashes with a parameter of the same name")
        op.body_fields.append(BodyField(name, _plain_field(annotation, enums, set(model_fields)), required))


# ---------------------------------------------------------------------------------------------- rendering


def _class_name(path: tuple[str, ...], asynchronous: bool) -> str:
    base = "".join(part.title().replace("_", "") for part in path) + "Resource"
    return ("Async" if asynchronous else "") + base


def _names_in(annotation: str) -> set[str]:
    found = re.findall(r"[A-Za-z_]\w*", annotation)
    return {tok for tok in found if tok not in NOT_TYPES and tok not in STDLIB_TYPES and tok[0].isupper()}


def _stdlib_names_in(annotation: str) -> set[str]:
    return {tok for tok in re.findall(r"[A-Za-z_]\w*", annotation) if tok in STDLIB_TYPES}


def _builtin_safe(annotation: str) -> str:
    # Resource classes define methods named ``list``; inside their bodies the builtin must be spelled out.
    # Dates are also accepted as ISO text (the client converts and checks them before sending).
    annotation = re.sub(r"\bdatetime\.(datetime|date)\b", r"datetime.\1 | str", annotation)
    return re.sub(r"\b(list|dict)\[", r"builtins.\1[", annotation)


# Per-call options every public method takes (the client applies them to each request of the call).
OPTIONS = [
    Param("timeout", "float | None", "None", False),
    Param("retry", "RetryOption", "None", False),
    Param("headers", "Mapping[str, str] | None", "None", False),
]
OPTION_DOCS = [
    ("timeout", "float", "seconds for each attempt of each request of this call (default: the client's)."),
    ("retry", "kalshi_ext.RetryPolicy", "the retry policy for this call (default: the client's)."),
    ("headers", "Mapping[str, str]", "extra headers for this call (authentication headers are refused)."),
]
WITH_OPTIONS = "with self._invoker.options(timeout=timeout, retry=retry, headers=headers):"


def _signature(params: list[Param], extra: str = "") -> str:
    parts = ["self"]
    positional = [p for p in params if p.positional]
    keyword_only = [p for p in params if not p.positional]
    for p in positional:
        parts.append(f"{p.name}: {_builtin_safe(p.annotation)}" + (f" = {p.default}" if p.default is not None else ""))
    if keyword_only or extra:
        parts.append("*")
    for p in keyword_only:
        parts.append(f"{p.name}: {_builtin_safe(p.annotation)}" + (f" = {p.default}" if p.default is not None else ""))
    if extra:
        parts.append(extra)
    return ", ".join(parts)


def _generated_arg_docs(op: Operation) -> dict[str, str]:
    """The generated docstring's ``Args:`` text per parameter (the fallback where the spec says nothing)."""
    out: dict[str, str] = {}
    current = None
    for line in op.arg_docs:
        match = re.match(r"^    (\w+) \(([^)]*)\):\s*(.*)$", line)
        if match:
            current = match.group(1)
            out[current] = match.group(3).strip()
        elif current is not None:
            out[current] = (out[current] + " " + line.strip()).strip()
    return out


def _shown(annotation: str) -> str:
    return annotation.replace(" | Unset", "").replace("builtins.", "")


def _arg_entry(name: str, annotation: str, required: bool, text: str) -> list[str]:
    head = f"{name} ({_shown(annotation)}{', required' if required else ''}):"
    return textwrap.wrap(f"{head} {text}".strip(), width=100, initial_indent="    ", subsequent_indent="        ")


def _arg_lines(op: Operation, skip_arg: str = "") -> list[str]:
    fallback = _generated_arg_docs(op)
    lines: list[str] = []
    for p in op.params:
        if p.name == skip_arg:
            continue
        if p.name == "body" and op.body_model:
            text = (
                f"the whole request as a ``{op.body_model}``; or pass its fields as the keyword "
                "arguments below, with plain values (not both)."
            )
            lines += _arg_entry("body", op.body_model, False, text)
            continue
        text = op.docs.params.get(p.name) or fallback.get(p.name, "")
        lines += _arg_entry(p.name, p.annotation, p.default is None and p.name != "body", text)
    for f in op.body_fields:
        text = op.docs.body.get(f.name, "")
        note = " Required unless ``body`` is given." if f.required else ""
        lines += _arg_entry(f.name, f.annotation, f.required, (text + note).strip())
    for name, annotation, text in OPTION_DOCS:
        lines += _arg_entry(name, annotation, False, text)
    return lines


def _docstring(op: Operation, indent: str, extra: list[str] | None = None, skip_arg: str = "") -> str:
    lines = [op.summary or op.name, "", f"``{op.http_method} {op.path}``"]
    if extra:
        lines += ["", *extra]
    arg_lines = _arg_lines(op, skip_arg)
    if arg_lines:
        lines += ["", "Args:", *arg_lines]
    raises = ["    kalshi_ext.KalshiError: the subclass for the status, a timeout or a lost connection."]
    if op.body_model:
        raises.insert(
            0, "    kalshi_ext.KalshiConfigurationError: both ``body`` and fields, a missing required field or"
        )
        raises.insert(1, "        a value of the wrong kind (named), before anything is sent.")
    lines += ["", "Raises:", *raises]
    body = "\n".join((indent + line) if line else "" for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""\n'


def _wire_name(op: Operation) -> str:
    """The private method that sends a built body (order safety overrides it for order placement)."""
    return f"_{op.method_name}"


def _render_call(op: Operation, asynchronous: bool, name: str, doc: str, public: bool = True) -> str:
    """A method that calls the endpoint; a public one takes the per-call options and applies them."""
    indent = "        " if not public else "            "
    kwargs = ", ".join(f"{p.name}={p.name}" for p in op.params)
    endpoint = "asyncio_detailed" if asynchronous else "sync_detailed"
    returns = op.returns
    params = [*op.params, *OPTIONS] if public else op.params
    head = f"    {'async ' if asynchronous else ''}def {name}({_signature(params)}) -> {returns}:\n"
    call = f"self._invoker.call(_endpoint.{endpoint}{', ' + kwargs if kwargs else ''})"
    body = f"        from {op.module.rsplit('.', 1)[0]} import {op.module.rsplit('.', 1)[1]} as _endpoint\n\n"
    if public:
        body += f"        {WITH_OPTIONS}\n"
    if returns == "None":
        body += f"{indent}{'await ' if asynchronous else ''}{call}\n"
    else:
        body += f'{indent}return cast("{returns}", {"await " if asynchronous else ""}{call})\n'
    return head + doc + body


def _render_method(op: Operation, asynchronous: bool) -> str:
    indent = "        "
    if not op.body_model:
        return _render_call(op, asynchronous, op.method_name, _docstring(op, indent))
    prefix = "async " if asynchronous else ""
    others = [p for p in op.params if p.name != "body"]
    body_param = next(p for p in op.params if p.name == "body")
    with_body = [*others, Param("body", op.body_model, None, False)]  # no body: the other overload
    fields = [Param(f.name, f.annotation, None if f.required else "UNSET", False) for f in op.body_fields]
    optional_fields = [Param(f.name, _or_unset(f.annotation), "UNSET", False) for f in op.body_fields]
    implementation = [*others, Param("body", _or_unset(body_param.annotation), "UNSET", False)]
    by_body = _signature([*with_body, *OPTIONS])
    out = f"    @overload\n    {prefix}def {op.method_name}({by_body}) -> {op.returns}: ...\n\n"
    by_fields = _signature([*_ordered([*others, *fields]), *OPTIONS])
    out += f"    @overload\n    {prefix}def {op.method_name}({by_fields}) -> {op.returns}: ...\n\n"
    implemented = _signature([*implementation, *optional_fields, *OPTIONS])
    out += f"    {prefix}def {op.method_name}({implemented}) -> {op.returns}:\n"
    out += _docstring(op, indent)
    field_kwargs = ", ".join(f"{f.name}={f.name}" for f in op.body_fields)
    build = f"self._invoker.body({op.body_model}, body, {field_kwargs})"
    passed = ", ".join(f"{p.name}={p.name}" for p in others)
    call = f"self.{_wire_name(op)}({passed + ', ' if passed else ''}body={build})"
    out += f"{indent}{WITH_OPTIONS}\n{indent}    return {'await ' if asynchronous else ''}{call}\n\n"
    wire_doc = f'{indent}"""Send ``{op.http_method} {op.path}`` with a built body (see :meth:`{op.method_name}`)."""\n'
    return out + _render_call(op, asynchronous, _wire_name(op), wire_doc, public=False)


def _or_unset(annotation: str) -> str:
    return annotation if re.search(r"\bUnset\b", annotation) else f"{annotation} | Unset"


def _ordered(params: list[Param]) -> list[Param]:
    """Keyword-only parameters with required ones first (only readability: all are keyword-only)."""
    positional = [p for p in params if p.positional]
    keyword_only = [p for p in params if not p.positional]
    return (
        positional + [p for p in keyword_only if p.default is None] + [p for p in keyword_only if p.default is not None]
    )


def _render_paginator(op: Operation, asynchronous: bool) -> str:
    indent = "        "
    params = [p for p in op.params if p.name != "cursor"] + OPTIONS  # each page is called with the options
    iterator = "AsyncPageItems" if asynchronous else "PageItems"
    name = op.paginator.rsplit(".", 1)[1] if op.paginator else ""
    extra_params = "max_pages: int | None = None, progress: Progress = None"
    head = f"    def {name}({_signature(params, extra_params)}) -> {iterator}[{op.item_type}]:\n"
    extra = [
        f"Every ``{op.items}`` item across pages: follows ``{op.cursor_field}`` until it is empty.",
        "``limit`` is the page size; ``max_pages`` stops early; a repeated cursor raises",
        "``kalshi_ext.PaginationError`` instead of looping forever. ``progress=True`` draws a bar",
        "(tqdm, the ``progress`` extra); ``progress=fn`` calls ``fn(pages, items)`` after each page.",
        "The result also has ``to_list()``, ``to_pandas()`` and ``to_polars()``.",
    ]
    params_dict = "{" + ", ".join(f'"{p.name}": {p.name}' for p in params) + "}"
    body = (
        f"{indent}return self._invoker.paginate(\n"
        f"{indent}    self.{op.method_name}, items={op.items!r}, cursor_field={op.cursor_field!r},\n"
        f"{indent}    params={params_dict}, max_pages=max_pages, progress=progress,\n"
        f"{indent})\n"
    )
    return head + _docstring(op, indent, extra, skip_arg="cursor") + body


@dataclass
class _Node:
    path: tuple[str, ...]
    operations: list[Operation] = field(default_factory=list)
    children: dict[str, _Node] = field(default_factory=dict)


def _tree(operations: list[Operation]) -> dict[str, _Node]:
    roots: dict[str, _Node] = {}
    for op in operations:
        resource = op.resource_path
        node = roots.setdefault(resource[0], _Node((resource[0],)))
        for depth in range(1, len(resource)):
            node = node.children.setdefault(resource[depth], _Node(resource[: depth + 1]))
        node.operations.append(op)
    return roots


def _all_nodes(node: _Node) -> list[_Node]:
    out = [node]
    for child in sorted(node.children.values(), key=lambda n: n.path):
        out += _all_nodes(child)
    return out


def _render_class(node: _Node, asynchronous: bool) -> str:
    name = _class_name(node.path, asynchronous)
    invoker = "AsyncInvoker" if asynchronous else "Invoker"
    out = [f"class {name}:\n", f'    """``client.{".".join(node.path)}``: {len(node.operations)} operations."""\n\n']
    out.append(f"    def __init__(self, invoker: {invoker}) -> None:\n        self._invoker = invoker\n")
    for child_name, child in sorted(node.children.items()):
        out.append(f"        self.{child_name} = {_class_name(child.path, asynchronous)}(invoker)\n")
    for op in sorted(node.operations, key=lambda o: o.method_name):
        out.append("\n" + _render_method(op, asynchronous))
        if op.paginator:
            out.append("\n" + _render_paginator(op, asynchronous))
    return "".join(out)


def _render_resource_module(api: str, root: _Node) -> str:
    nodes = _all_nodes(root)
    ops = [op for node in nodes for op in node.operations]
    names: set[str] = set()
    runtime_names: set[str] = set()
    for op in ops:
        for p in op.params:
            names |= _names_in(p.annotation)
            if p.default is not None:
                runtime_names |= _names_in(p.default)
        names |= _names_in(op.returns) | _names_in(op.item_type)
        if op.body_model:
            runtime_names.add(op.body_model)  # passed to the invoker, so imported for real
        for f in op.body_fields:
            names |= _names_in(f.annotation)
    annotations = [p.annotation for op in ops for p in op.params] + [f.annotation for op in ops for f in op.body_fields]
    stdlib = {n for a in annotations for n in _stdlib_names_in(a)} | {"Mapping"}  # the headers option
    stdlib |= {n for op in ops for n in _stdlib_names_in(op.returns) | _stdlib_names_in(op.item_type)}
    package = API_PACKAGES[api]
    uses_datetime = any("datetime." in a for a in annotations)
    uses_builtins = any("builtins." in _builtin_safe(a) for a in annotations)
    header = [
        f'"""``{root.path[0]}`` resource of the {API_TITLES[api]} API (generated by scripts/facade.py)."""\n\n',
        "from __future__ import annotations\n\n",
        "import builtins\n" if uses_builtins else "",
        f"from typing import TYPE_CHECKING, cast{', overload' if any(op.body_model for op in ops) else ''}\n\n",
        f"from {package}.types import UNSET\n"
        if any(p.default == "UNSET" for op in ops for p in op.params) or any(op.body_model for op in ops)
        else "",
    ]
    header += [f"from {package}.models import {name}\n" for name in sorted(runtime_names)]
    header.append("\nif TYPE_CHECKING:\n")
    if uses_datetime:
        header.append("    import datetime\n")
    for module in sorted({STDLIB_TYPES[n] for n in stdlib}):
        imported = ", ".join(sorted(n for n in stdlib if STDLIB_TYPES[n] == module))
        header.append(f"    from {module} import {imported}\n")
    header.append("\n")
    header += [f"    from {package}.models import {name}\n" for name in sorted(names - runtime_names)]
    header.append(f"    from {package}.types import Unset\n\n")
    protocol_names = "AsyncInvoker, Invoker, RetryOption"
    if any(op.paginator for op in ops):
        protocol_names = "AsyncInvoker, AsyncPageItems, Invoker, PageItems, Progress, RetryOption"
    header.append(f"    from .._protocol import {protocol_names}\n")
    classes = [_render_class(node, asynchronous) for asynchronous in (False, True) for node in reversed(nodes)]
    return "".join(header) + "\n\n" + "\n\n".join(classes)


def _render_api_init(api: str, roots: dict[str, _Node]) -> str:
    title = API_TITLES[api]
    out = [
        f'"""The {title} API facade: one attribute per resource, created on first use (generated; do not edit)."""\n\n',
        "from __future__ import annotations\n\n",
        "from functools import cached_property\nfrom typing import TYPE_CHECKING\n\n",
        "if TYPE_CHECKING:\n    from .._protocol import AsyncInvoker, Invoker\n",
    ]
    out += [f"    from .{n} import {_class_name((n,), False)}, {_class_name((n,), True)}\n" for n in sorted(roots)]
    total = sum(len(_ops(r)) for r in roots.values())
    for asynchronous in (False, True):
        cls = f"{'Async' if asynchronous else ''}{title}Resources"
        invoker = "AsyncInvoker" if asynchronous else "Invoker"
        out.append(f"\n\nclass {cls}:\n")
        out.append(f'    """Resources of the {title} API ({total} operations)."""\n\n')
        out.append(f"    _invoker: {invoker}\n")
        for name in sorted(roots):
            attr = f"{name}_" if keyword.iskeyword(name) else name
            resource = _class_name((name,), asynchronous)
            out.append(
                f"\n    @cached_property\n    def {attr}(self) -> {resource}:\n"
                f'        """``{name}``: {len(_ops(roots[name]))} operations."""\n'
                f"        from .{name} import {resource}\n\n        return {resource}(self._invoker)\n"
            )
    return "".join(out)


def _ops(node: _Node) -> list[Operation]:
    return [op for n in _all_nodes(node) for op in n.operations]


PROTOCOL = '''"""What the facade needs from a client (implemented by kalshi_ext; generated by scripts/facade.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from typing import Any, Literal, Protocol, TypeAlias, TypeVar

# A kalshi_ext.RetryPolicy (not imported: the generated packages depend on nothing hand-written).
RetryOption: TypeAlias = Any
# progress=True (a tqdm bar), False/None, or a callback(pages, items) called after each page.
Progress: TypeAlias = bool | Callable[[int, int], object] | None
Decimals: TypeAlias = Literal["decimal", "float", "str"]
M = TypeVar("M")


class PageItems(Iterator[M], Protocol[M]):
    """What a ``*_all`` method returns: its items, lazily, a page at a time (kalshi_ext ``Items``)."""

    def to_list(self) -> list[M]:
        """Every remaining item."""
        ...

    def to_pandas(self, *, decimals: Decimals = "decimal") -> Any:
        """The remaining items as a pandas DataFrame."""
        ...

    def to_polars(self, *, decimals: Decimals = "decimal") -> Any:
        """The remaining items as a polars DataFrame."""
        ...


class AsyncPageItems(AsyncIterator[M], Protocol[M]):
    """Async :class:`PageItems` (``async for``; the three methods are awaited)."""

    async def to_list(self) -> list[M]:
        """Every remaining item."""
        ...

    async def to_pandas(self, *, decimals: Decimals = "decimal") -> Any:
        """The remaining items as a pandas DataFrame."""
        ...

    async def to_polars(self, *, decimals: Decimals = "decimal") -> Any:
        """The remaining items as a polars DataFrame."""
        ...


class Invoker(Protocol):
    """Runs one generated ``sync_detailed`` call through the client's transport."""

    def body(self, model: type[Any], body: Any, /, **fields: Any) -> Any:
        """``body`` itself, or a ``model`` built from the plain ``fields`` that are not UNSET (not both);
        UNSET when neither is given (an operation whose body is optional)."""
        ...

    def options(
        self, *, timeout: float | None, retry: RetryOption, headers: Mapping[str, str] | None
    ) -> AbstractContextManager[None]:
        """Apply per-call options to the requests made inside the block (checked first)."""
        ...

    def call(self, endpoint: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Return the parsed 2xx model (or None for an empty body); raise kalshi_ext.KalshiError otherwise."""
        ...

    def paginate(
        self,
        page: Callable[..., Any],
        *,
        items: str,
        cursor_field: str,
        params: dict[str, Any],
        max_pages: int | None,
        progress: Progress = None,
    ) -> PageItems[Any]:
        """Yield ``items`` of every page, following ``cursor_field``."""
        ...


class AsyncInvoker(Protocol):
    """Runs one generated ``asyncio_detailed`` call through the client's transport."""

    def body(self, model: type[Any], body: Any, /, **fields: Any) -> Any:
        """``body`` itself, or a ``model`` built from the plain ``fields`` that are not UNSET (not both);
        UNSET when neither is given (an operation whose body is optional)."""
        ...

    def options(
        self, *, timeout: float | None, retry: RetryOption, headers: Mapping[str, str] | None
    ) -> AbstractContextManager[None]:
        """Apply per-call options to the requests made inside the block (checked first)."""
        ...

    async def call(self, endpoint: Callable[..., Awaitable[Any]], /, **kwargs: Any) -> Any:
        """Return the parsed 2xx model (or None for an empty body); raise kalshi_ext.KalshiError otherwise."""
        ...

    def paginate(
        self,
        page: Callable[..., Awaitable[Any]],
        *,
        items: str,
        cursor_field: str,
        params: dict[str, Any],
        max_pages: int | None,
        progress: Progress = None,
    ) -> AsyncPageItems[Any]:
        """Yield ``items`` of every page, following ``cursor_field``."""
        ...
'''


CLIENT_OF = {"trade": "kalshi", "perps": "perps", "klear": "klear"}


def official_sdk_name(operation_id: str) -> str:
    """The method name of Kalshi's official SDK for an operationId: ``GetMarkets`` -> ``get_markets``.

    The official SDK is made by openapi-generator, whose snake case splits an acronym from the next
    word only when that word has two lower-case letters or more: ``GetFCMOrders`` -> ``get_fcm_orders``
    but ``GetRFQs`` -> ``get_rfqs`` (a plural acronym stays one word).
    """
    name = re.sub(r"([A-Z]+)([A-Z][a-z]{2,})", r"\1_\2", operation_id)
    return re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name).lower()


def render_operations_doc(operations: list[Operation]) -> str:
    """``docs/operations.md``: every operation with its HTTP method, path, facade name and summary."""
    out = [
        "# Operations reference\n\n",
        "Every REST operation of the three APIs and the `kalshi_ext` method that calls it (generated by\n",
        "`scripts/regenerate.py` from `openapi/operations.tsv`; do not edit). `kalshi` is a `KalshiClient`,\n",
        "`perps` a `PerpsClient`, `klear` a `KlearClient`; the `Async*` clients have the same methods.\n",
    ]
    for api in API_PACKAGES:
        ops = sorted((op for op in operations if op.api == api), key=lambda o: o.name)
        out.append(f"\n## {API_TITLES[api]} API ({len(ops)} operations)\n\n")
        official = api == "trade"  # Kalshi's official SDK covers the Trade API
        out.append("| method | path | call |" + (" official SDK |" if official else "") + " summary |\n")
        out.append("|---|---|---|" + ("---|" if official else "") + "---|\n")
        for op in ops:
            call = f"`{CLIENT_OF[api]}.{op.name}()`"
            if op.paginator:
                call += f"<br>`{CLIENT_OF[api]}.{op.paginator}()`"
            sdk = f" `{official_sdk_name(op.operation_id)}` |" if official else ""
            out.append(f"| {op.http_method} | `{op.path}` | {call} |{sdk} {op.summary.replace('|', '/')} |\n")
    return "".join(out)


def write_facade(
    generated: Path, naming_map: Path, out: Path, specs: dict[str, dict[str, Any]] | None = None
) -> dict[str, int]:
    """Write the facade package into ``out/kalshi_ext_resources`` and ``out/operations.md``; return operations per API.

    ``specs`` (API key -> loaded spec) supplies the parameter and field docs.

    Raises:
        FacadeError: see ``load_operations``.
    """
    from facade_spec import operation_docs

    docs = {api: operation_docs(spec) for api, spec in (specs or {}).items()}
    operations = load_operations(generated, naming_map, docs)
    (out / "operations.md").write_text(render_operations_doc(operations), encoding="utf-8")
    package = out / PACKAGE
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(
        '"""Typed resource facade over the generated Kalshi clients (generated by scripts/facade.py)."""\n',
        encoding="utf-8",
    )
    (package / "_protocol.py").write_text(PROTOCOL, encoding="utf-8")
    (package / "py.typed").write_text("", encoding="utf-8")
    by_api: dict[str, list[Operation]] = defaultdict(list)
    for op in operations:
        by_api[op.api].append(op)
    for api, ops in by_api.items():
        roots = _tree(ops)
        api_dir = package / api
        api_dir.mkdir()
        (api_dir / "__init__.py").write_text(_render_api_init(api, roots), encoding="utf-8")
        for name, root in roots.items():
            (api_dir / f"{name}.py").write_text(_render_resource_module(api, root), encoding="utf-8")
    return {api: len(ops) for api, ops in by_api.items()}
