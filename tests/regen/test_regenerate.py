"""The regeneration script end to end: drift check, spec lock, output shape, lazy imports, the wheel."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import regenerate
import spec_lock

ROOT = regenerate.ROOT
EXPECTED_ENDPOINTS = {"kalshi_trade_api": 128, "kalshi_perps_api": 53, "kalshi_klear_api": 28}


@pytest.fixture(scope="module")
def spec_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("specs")
    for name in spec_lock.load_lock():
        shutil.copy(spec_lock.DEFAULT_SPEC_DIR / name, target / name)
    return target


def test_check_passes_on_the_committed_tree_and_fails_on_a_hand_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert regenerate.main(["--check"]) == 0
    edited = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", edited, ignore=shutil.ignore_patterns("__pycache__"))
    target = edited / "kalshi_perps_api" / "models" / "margin_market.py"
    target.write_text(target.read_text() + "# hand edit\n")
    (edited / "kalshi_klear_api" / "stray.py").write_text("")
    monkeypatch.setattr(regenerate, "GENERATED_DIR", edited)
    assert regenerate.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert "differs: kalshi_perps_api/models/margin_market.py" in err
    assert "not produced by the generator: kalshi_klear_api/stray.py" in err


def test_a_spec_with_one_changed_byte_is_refused(spec_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    changed = spec_copy / "perps_scm_openapi.yaml"
    original = changed.read_bytes()
    try:
        changed.write_bytes(original[:100] + bytes([original[100] ^ 1]) + original[101:])
        assert regenerate.main(["--spec-dir", str(spec_copy), "--check"]) == 2
    finally:
        changed.write_bytes(original)
    err = capsys.readouterr().err
    lock = spec_lock.load_lock()["perps_scm_openapi.yaml"]["sha256"]
    assert "perps_scm_openapi.yaml" in err
    assert lock in err
    hashes = re.findall(r"\b[0-9a-f]{64}\b", err)
    assert len(hashes) == 2 and hashes[1] == lock and hashes[0] != lock  # the refused one, then the locked one
    assert "--update-lock" in err


def test_a_missing_spec_names_the_directory_and_the_ways_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert regenerate.main(["--spec-dir", str(tmp_path), "--check"]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path) in err and "KALSHI_SPEC_DIR" in err


def test_spec_dir_falls_back_to_the_environment_then_shared(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KALSHI_SPEC_DIR", str(tmp_path))
    assert spec_lock.resolve_spec_dir(None) == tmp_path.resolve()
    assert spec_lock.resolve_spec_dir("/elsewhere") == Path("/elsewhere")
    monkeypatch.delenv("KALSHI_SPEC_DIR")
    assert spec_lock.resolve_spec_dir(None) == spec_lock.DEFAULT_SPEC_DIR.resolve()


def test_update_lock_adopts_a_new_spec_on_purpose(spec_copy: Path, tmp_path: Path) -> None:
    lock = tmp_path / "specs.lock"
    shutil.copy(spec_lock.LOCK_PATH, lock)
    assert spec_lock.update_lock(spec_copy, lock) == []
    newer = tmp_path / "newer"
    shutil.copytree(spec_copy, newer)
    (newer / "perps_openapi.yaml").write_bytes((newer / "perps_openapi.yaml").read_bytes() + b"\n")
    assert spec_lock.update_lock(newer, lock) == ["perps_openapi.yaml"]
    assert spec_lock.verify(newer, lock_path=lock)
    assert json.loads(lock.read_text())["specs"]["perps_openapi.yaml"]["version"] == "0.0.1"


def test_download_offline_fails_fast_with_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as closed:  # a loopback port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    lock = tmp_path / "specs.lock"
    entry = {"url": f"http://127.0.0.1:{port}/openapi.yaml", "sha256": "0" * 64, "version": "x"}
    lock.write_text(json.dumps({"specs": {"openapi.yaml": entry}}))
    with pytest.raises(spec_lock.SpecError, match=r"cannot download .*offline\? Use --spec-dir"):
        spec_lock.download(tmp_path / "cache", lock_path=lock, timeout=2)


def test_lock_covers_the_five_specs_and_the_fix_dictionary() -> None:
    lock = spec_lock.load_lock()
    assert sorted(lock) == sorted(
        [
            "openapi.yaml",
            "asyncapi.yaml",
            "perps_openapi.yaml",
            "perps_asyncapi.yaml",
            "perps_scm_openapi.yaml",
            "kalshi-fix-dictionary.xml",
        ]
    )
    assert lock["openapi.yaml"]["version"] == "3.34.0"
    assert lock["kalshi-fix-dictionary.xml"]["version"] == "v1.03"
    assert all(entry["url"].startswith("https://") and len(entry["sha256"]) == 64 for entry in lock.values())


@pytest.mark.parametrize(("package", "count"), EXPECTED_ENDPOINTS.items())
def test_every_operation_has_an_endpoint_module(package: str, count: int) -> None:
    modules = [p for p in (ROOT / "generated" / package / "api").rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) == count
    assert (ROOT / "generated" / package / "py.typed").exists()


def test_klear_endpoints_are_grouped_by_tag_not_default() -> None:
    folders = sorted(p.name for p in (ROOT / "generated" / "kalshi_klear_api" / "api").iterdir() if p.is_dir())
    assert folders == ["fcm", "margin"]


def test_no_ugly_generated_names() -> None:
    for package in EXPECTED_ENDPOINTS:
        models = ROOT / "generated" / package / "models"
        ugly = [p.name for p in models.glob("*.py") if "_type_0" in p.name or "_rf_qs" in p.name]
        assert ugly == []
        assert not [
            line
            for p in models.glob("*.py")
            for line in p.read_text().splitlines()
            if line.startswith("class ") and "Type0" in line
        ]
    assert (ROOT / "generated/kalshi_trade_api/models/get_rfq_list_response.py").exists()


def test_importing_an_endpoint_module_loads_only_the_models_it_names() -> None:
    probe = (
        "import sys, kalshi_trade_api.api.market.get_markets as m\n"
        "loaded = [n for n in sys.modules if n.startswith('kalshi_trade_api.models.')]\n"
        "print(len(loaded), 'httpx' in sys.modules)\n"
        "from kalshi_trade_api.models import Market\n"
        "print(Market.__name__, len([n for n in sys.modules if n.startswith('kalshi_trade_api.models.')]))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) <= 5  # the response model and the enums of its parameters, not ~300 modules
    assert out[1] == "False"  # httpx (~70 ms) loads when a client is built, not on import
    assert out[2] == "Market"


def test_the_wheel_ships_kalshi_ext_and_every_generated_package(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("kalshi_ext-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names if not name.startswith("kalshi_ext-")}
    assert tops == {
        "kalshi_ext",
        "kalshi_trade_api",
        "kalshi_perps_api",
        "kalshi_klear_api",
        "kalshi_ext_resources",
        "kalshi_ext_constraints",
        "kalshi_ws_models",
        "kalshi_perps_ws_models",
        "kalshi_fix_dictionary",
    }
    assert "kalshi_ext_constraints/kalshi_trade_api.json" in names
    assert "kalshi_trade_api/py.typed" in names
    assert "kalshi_trade_api/api/market/get_markets.py" in names
    assert not [n for n in names if n.endswith((".yaml", ".pem"))]


def test_json_bodies_decode_with_orjson_or_without_it() -> None:
    probe = (
        "import sys\n"
        "sys.modules['orjson'] = None  # as if the kalshi-ext[fast] extra were not installed\n"
        "from kalshi_trade_api.types import json_loads\n"
        "import json\n"
        "assert json_loads is json.loads and json_loads(b'{\"a\": 1}') == {'a': 1}\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
    from kalshi_trade_api.types import json_loads

    assert json_loads.__module__ == "orjson" and json_loads(b'{"a": [1]}') == {"a": [1]}
