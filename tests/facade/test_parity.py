"""Every sync resource class has an async twin with the same surface, and the reverse."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

FACADE = Path(__file__).resolve().parents[2] / "generated" / "kalshi_ext_resources"
MODULES = sorted(
    f"kalshi_ext_resources.{path.parent.name}.{path.stem}"
    for path in FACADE.glob("*/*.py")
    if path.name != "__init__.py"
)


def _public(cls: type) -> dict[str, object]:
    return {name: member for name, member in vars(cls).items() if not name.startswith("_")}


def _pairs() -> list[tuple[type, type]]:
    pairs = []
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        classes = {
            name: obj for name, obj in vars(module).items() if inspect.isclass(obj) and obj.__module__ == module_name
        }
        sync = {name for name in classes if not name.startswith("Async")}
        asyncs = {name.removeprefix("Async") for name in classes if name.startswith("Async")}
        assert sync == asyncs, module_name
        pairs += [(classes[name], classes["Async" + name]) for name in sorted(sync)]
    return pairs


PAIRS = _pairs()


def test_every_resource_module_was_found() -> None:
    assert len(MODULES) == 19 + 9 + 1 and len(PAIRS) >= len(MODULES)


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS, ids=lambda c: c.__name__)
def test_same_methods_same_signatures(sync_cls: type, async_cls: type) -> None:
    sync, asyn = _public(sync_cls), _public(async_cls)
    assert sorted(sync) == sorted(asyn)
    for name, member in sync.items():
        twin = asyn[name]
        assert inspect.signature(member).parameters == inspect.signature(twin).parameters, name  # type: ignore[arg-type]
        sync_returns = inspect.signature(member).return_annotation  # type: ignore[arg-type]
        async_returns = inspect.signature(twin).return_annotation  # type: ignore[arg-type]
        if sync_returns.startswith("PageItems["):  # the *_all paginators
            assert async_returns == "Async" + sync_returns
            assert not inspect.iscoroutinefunction(twin)
        else:
            assert sync_returns == async_returns, name
            assert inspect.iscoroutinefunction(twin) and not inspect.iscoroutinefunction(member), name


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS, ids=lambda c: c.__name__)
def test_nested_resources_pair_up(sync_cls: type, async_cls: type) -> None:
    sync_init = inspect.getsource(sync_cls.__init__)  # type: ignore[misc]
    async_init = inspect.getsource(async_cls.__init__)  # type: ignore[misc]
    assert sync_init.replace("Resource(", "AsyncResource(").count("self.") == async_init.count("self.")
