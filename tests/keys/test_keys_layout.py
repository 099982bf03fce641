"""The API-key code is one subpackage, kalshi_ext.keys, that never imports the clients."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import kalshi_ext
import kalshi_ext.keys

KEYS_DIR = Path(kalshi_ext.keys.__file__).parent


def test_the_public_names_are_the_same_objects_everywhere() -> None:
    for name in ("SavedApiKey", "ApiKeySaveError", "KeyFileError"):
        assert getattr(kalshi_ext, name) is getattr(kalshi_ext.keys, name)
        assert getattr(kalshi_ext.keys, name).__module__ == "kalshi_ext.keys"
    assert kalshi_ext.keys.__all__ == ["ApiKeySaveError", "KeyFileError", "SavedApiKey"]


def test_no_key_module_imports_a_client_module() -> None:
    for path in KEYS_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                assert "clients" not in module, f"{path.name} imports {module}"


def test_importing_keys_loads_no_client() -> None:
    code = (
        "import sys, kalshi_ext.keys\n"
        "from kalshi_ext.keys import SavedApiKey\n"
        "loaded = [m for m in sys.modules if m.endswith(('_sync_clients', '_async_clients'))]\n"
        "print(loaded)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_saved_key_builds_its_client_through_the_public_package(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key_file = tmp_path / "bot.pem"
    pem = ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    key_file.write_bytes(pem)
    saved = kalshi_ext.keys.SavedApiKey(
        api_key_id="k-1",
        name="bot",
        key_type="ed25519",
        path=key_file,
        encrypted=False,
        environment="demo",
        base_url="https://demo-api.kalshi.co/trade-api/v2",
    )
    with saved.client() as client:
        assert isinstance(client, kalshi_ext.KalshiClient) and client.environment == "demo"
        assert client.is_authenticated
