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
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "kalshi_ext_resources"
API_PACKAGES = {"trade": "kalshi_trade_api", "perps": "kalshi_perps_api", "klear": "kalshi_klear_api"}
API_TITLES = {"trade": "Trade", "perps": "Perps", "klear": "Klear"}
NOT_TYPES = {"None", "True", "False", "Unset", "UNSET", "datetime", "date"}
NOT_TYPES |= {"list", "dict", "str", "int", "float", "bool"}


class FacadeError(Exception):
    """The naming map and the generated endpoints disagree."""


@dataclass
class Param:
    name: str
    annotation: str
    default: str | None  # source text, None when required
    positional: bool


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


def load_operations(generated: Path, naming_map: Path) -> list[Operation]:
    """Match every generated endpoint module to its row of the naming map.

    Raises:
        FacadeError: an endpoint has no row, a row has no endpoint, or a paginated response has no list.
    """
    rows = {(r["api"], r["method"], re.sub(r"\{[^}]+\}", "{}", r["path"])): r for r in read_naming_map(naming_map)}
    operations: list[Operation] = []
    seen: set[tuple[str, str, str]] = set()
    for api, package in API_PACKAGES.items():
        attributes = _class_attributes(generated / package / "models")
        enums = enum_classes(generated / package / "models")
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
            )
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


# ---------------------------------------------------------------------------------------------- rendering


def _class_name(path: tuple[str, ...], asynchronous: bool) -> str:
    base = "".join(part.title().replace("_", "") for part in path) + "Resource"
    return ("Async" if asynchronous else "") + base


def _names_in(annotation: str) -> set[str]:
    return {tok for tok in re.findall(r"[A-Za-z_]\w*", annotation) if tok not in NOT_TYPES and tok[0].isupper()}


def _builtin_safe(annotation: str) -> str:
    # Resource classes define methods named ``list``; inside their bodies the builtin must be spelled out.
    # Dates are also accepted as ISO text (the client converts and checks them before sending).
    annotation = re.sub(r"\bdatetime\.(datetime|date)\b", r"datetime.\1 | str", annotation)
    return re.sub(r"\b(list|dict)\[", r"builtins.\1[", annotation)


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


def _docstring(op: Operation, indent: str, extra: list[str] | None = None, skip_arg: str = "") -> str:
    lines = [op.summary or op.name, "", f"``{op.http_method} {op.path}``"]
    if extra:
        lines += ["", *extra]
    arg_docs = [line for line in op.arg_docs if not (skip_arg and line.strip().startswith(f"{skip_arg} ("))]
    if arg_docs:
        lines += ["", "Args:", *arg_docs]
    lines += ["", "Raises:", "    kalshi_ext.KalshiError: the subclass for the status, a timeout or a lost connection."]
    body = "\n".join((indent + line) if line else "" for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""\n'


def _render_method(op: Operation, asynchronous: bool) -> str:
    indent = "        "
    kwargs = ", ".join(f"{p.name}={p.name}" for p in op.params)
    endpoint = "asyncio_detailed" if asynchronous else "sync_detailed"
    returns = op.returns
    head = f"    {'async ' if asynchronous else ''}def {op.method_name}({_signature(op.params)}) -> {returns}:\n"
    call = f"self._invoker.call(_endpoint.{endpoint}{', ' + kwargs if kwargs else ''})"
    body = f"{indent}from {op.module.rsplit('.', 1)[0]} import {op.module.rsplit('.', 1)[1]} as _endpoint\n\n"
    if returns == "None":
        body += f"{indent}{'await ' if asynchronous else ''}{call}\n"
    else:
        body += f'{indent}return cast("{returns}", {"await " if asynchronous else ""}{call})\n'
    return head + _docstring(op, indent) + body


def _render_paginator(op: Operation, asynchronous: bool) -> str:
    indent = "        "
    params = [p for p in op.params if p.name != "cursor"]
    iterator = "AsyncIterator" if asynchronous else "Iterator"
    name = op.paginator.rsplit(".", 1)[1] if op.paginator else ""
    head = f"    def {name}({_signature(params, 'max_pages: int | None = None')}) -> {iterator}[{op.item_type}]:\n"
    extra = [
        f"Every ``{op.items}`` item across pages: follows ``{op.cursor_field}`` until it is empty.",
        "``limit`` is the page size; ``max_pages`` stops early; a repeated cursor raises",
        "``kalshi_ext.PaginationError`` instead of looping forever.",
    ]
    params_dict = "{" + ", ".join(f'"{p.name}": {p.name}' for p in params) + "}"
    body = (
        f"{indent}return self._invoker.paginate(\n"
        f"{indent}    self.{op.method_name}, items={op.items!r}, cursor_field={op.cursor_field!r},\n"
        f"{indent}    params={params_dict}, max_pages=max_pages,\n"
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
    package = API_PACKAGES[api]
    uses_datetime = any("datetime." in p.annotation for op in ops for p in op.params)
    uses_builtins = any("builtins." in _builtin_safe(p.annotation) for op in ops for p in op.params)
    header = [
        f'"""``{root.path[0]}`` resource of the {API_TITLES[api]} API (generated by scripts/facade.py)."""\n\n',
        "from __future__ import annotations\n\n",
        "import builtins\n" if uses_builtins else "",
        "from collections.abc import AsyncIterator, Iterator\n" if any(op.paginator for op in ops) else "",
        "from typing import TYPE_CHECKING, cast\n\n",
        f"from {package}.types import UNSET\n" if any(p.default == "UNSET" for op in ops for p in op.params) else "",
    ]
    header += [f"from {package}.models import {name}\n" for name in sorted(runtime_names)]
    header.append("\nif TYPE_CHECKING:\n")
    if uses_datetime:
        header.append("    import datetime\n\n")
    header += [f"    from {package}.models import {name}\n" for name in sorted(names - runtime_names)]
    header.append(f"    from {package}.types import Unset\n\n")
    header.append("    from .._protocol import AsyncInvoker, Invoker\n")
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

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Protocol


class Invoker(Protocol):
    """Runs one generated ``sync_detailed`` call through the client's transport."""

    def call(self, endpoint: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Return the parsed 2xx model (or None for an empty body); raise kalshi_ext.KalshiError otherwise."""
        ...

    def paginate(
        self, page: Callable[..., Any], *, items: str, cursor_field: str, params: dict[str, Any], max_pages: int | None
    ) -> Iterator[Any]:
        """Yield ``items`` of every page, following ``cursor_field``."""
        ...


class AsyncInvoker(Protocol):
    """Runs one generated ``asyncio_detailed`` call through the client's transport."""

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
    ) -> AsyncIterator[Any]:
        """Yield ``items`` of every page, following ``cursor_field``."""
        ...
'''


CLIENT_OF = {"trade": "kalshi", "perps": "perps", "klear": "klear"}


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
        out.append("| method | path | call | summary |\n|---|---|---|---|\n")
        for op in ops:
            call = f"`{CLIENT_OF[api]}.{op.name}()`"
            if op.paginator:
                call += f"<br>`{CLIENT_OF[api]}.{op.paginator}()`"
            out.append(f"| {op.http_method} | `{op.path}` | {call} | {op.summary.replace('|', '/')} |\n")
    return "".join(out)


def write_facade(generated: Path, naming_map: Path, out: Path) -> dict[str, int]:
    """Write the facade package into ``out/kalshi_ext_resources`` and ``out/operations.md``; return operations per API.

    Raises:
        FacadeError: see ``load_operations``.
    """
    operations = load_operations(generated, naming_map)
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
