"""Every generated endpoint is reached by exactly one facade method (209/209), and each one works.

Each method is called through a client whose network is a mock answering the operation's documented
success status, and must return that status's model (or None for a documented empty success).
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import pkgutil
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fakes import PACKAGE_OF_API, Recorder, fake_arguments

import kalshi_ext

ROOT = Path(__file__).resolve().parents[2]
FACADE = ROOT / "generated" / "kalshi_ext_resources"
CLIENTS = {
    "trade": ("KalshiClient", "AsyncKalshiClient"),
    "perps": ("PerpsClient", "AsyncPerpsClient"),
    "klear": ("KlearClient", "AsyncKlearClient"),
}
EXPECTED = {"trade": 128, "perps": 53, "klear": 28}


def endpoint_modules(api: str) -> list[str]:
    package = importlib.import_module(f"{PACKAGE_OF_API[api]}.api")
    return sorted(m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".") if not m.ispkg)


def facade_methods(api: str) -> list[tuple[str, str, str]]:
    """(resource path, method name, endpoint module) for every sync method, read from the facade source."""
    found = []
    for path in sorted((FACADE / api).glob("*.py")):
        if path.name == "__init__.py":
            continue
        text = path.read_text()
        sync_part = text.split("\nclass Async", 1)[0]
        for match in re.finditer(
            r"\n    def (\w+)\(.*?\n        from (\S+) import (\w+) as _endpoint", sync_part, flags=re.S
        ):
            found.append((path.stem, match.group(1), f"{match.group(2)}.{match.group(3)}"))
    return found


@pytest.mark.parametrize("api", list(EXPECTED))
def test_each_endpoint_module_is_reached_by_exactly_one_facade_method(api: str) -> None:
    modules = endpoint_modules(api)
    assert len(modules) == EXPECTED[api]
    reached = Counter(module for _, _, module in facade_methods(api))
    assert sorted(reached) == modules
    assert set(reached.values()) == {1}


def _resolve(client: Any, name: str) -> Any:
    target = client
    for part in name.split("."):
        target = getattr(target, part)
    return target


def _calls(api: str) -> list[tuple[str, str]]:
    rows = [
        line.split("\t")
        for line in (ROOT / "openapi" / "operations.tsv").read_text().splitlines()
        if not line.startswith("#")
    ][1:]
    return sorted((row[4], row[5]) for row in rows if row[0] == api)


def _answer(endpoint_module: Any) -> Callable[[httpx.Request], httpx.Response]:
    """The operation's documented success: its lowest 2xx, with ``{}`` (a 204 has no body)."""
    status = min(s for s in endpoint_module.DOCUMENTED_STATUSES if 200 <= s < 300)
    if status == 204:
        return lambda request: httpx.Response(204)
    return lambda request: httpx.Response(status, json={})


def _endpoint_of(method: Any) -> Any:
    # kalshi_ext replaces a few wire calls (order placement); the generated one names the endpoint.
    # An operation with a body sends it through its private ``_<name>`` twin.
    def generated_named(name: str) -> Any:
        return next(
            (
                vars(cls)[name]
                for cls in type(method.__self__).__mro__
                if cls.__module__.startswith("kalshi_ext_resources") and name in vars(cls)
            ),
            None,
        )

    generated = generated_named(f"_{method.__name__}") or generated_named(method.__name__)
    source = inspect.getsource(generated)
    match = re.search(r"from (\S+) import (\w+) as _endpoint", source)
    assert match, method
    return importlib.import_module(f"{match.group(1)}.{match.group(2)}")


def _check_result(method: Any, endpoint: Any, result: Any) -> None:
    returns = inspect.signature(method).return_annotation
    if returns == "None":
        assert result is None
    else:
        assert type(result).__name__ == returns


@pytest.mark.parametrize("api", list(EXPECTED))
def test_every_operation_through_the_sync_facade(api: str, mock: Callable[..., Any]) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={}))
    called = 0
    with mock(getattr(kalshi_ext, CLIENTS[api][0]), recorder) as client:
        for name, paginator in _calls(api):
            method = _resolve(client, name)
            endpoint = _endpoint_of(method)
            recorder.answer = _answer(endpoint)
            before = len(recorder.requests)
            arguments = fake_arguments(method, PACKAGE_OF_API[api])
            result = method(**arguments)
            _check_result(method, endpoint, result)
            assert len(recorder.requests) == before + 1
            expected = endpoint._get_kwargs(**arguments)
            sent = recorder.requests[-1]
            assert sent.method == expected["method"].upper()
            assert sent.url.raw_path.decode().split("?")[0].endswith(expected["url"])
            if paginator != "-":
                walk = _resolve(client, paginator)
                assert list(walk(**fake_arguments(walk, PACKAGE_OF_API[api]))) == []
            called += 1
    assert called == EXPECTED[api]


@pytest.mark.parametrize("api", list(EXPECTED))
def test_every_operation_through_the_async_facade(api: str, mock: Callable[..., Any]) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={}))

    async def run() -> int:
        called = 0
        async with mock(getattr(kalshi_ext, CLIENTS[api][1]), recorder) as client:
            for name, _ in _calls(api):
                method = _resolve(client, name)
                endpoint = _endpoint_of(method)
                recorder.answer = _answer(endpoint)
                result = await method(**fake_arguments(method, PACKAGE_OF_API[api]))
                _check_result(method, endpoint, result)
                called += 1
        return called

    assert asyncio.run(run()) == EXPECTED[api]
    assert all(json.loads(r.content or b"{}") is not None for r in recorder.requests)
