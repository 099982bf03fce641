"""Key material never outlives its use in a frame an error reporter can reach, and no error but
ApiKeySaveError carries it (which refuses pickling)."""

from __future__ import annotations

import pickle
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_ext import KalshiClient, KalshiConfigurationError, KalshiResponseError, load_private_key
from kalshi_ext.keys._types import ApiKeySaveError

PASSPHRASE = "correct horse battery staple 42"


@pytest.fixture(scope="module")
def encrypted_pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(PASSPHRASE.encode()),
    ).decode()


def _fragments(pem: str) -> list[str]:
    return [line for line in pem.splitlines() if line and not line.startswith("-----")]


def _safe_repr(value: Any) -> str:
    try:
        return repr(value)
    except Exception:  # a half-built object (reporters use a safe repr too)
        return object.__repr__(value)


def _frame_texts(tb: TracebackType | None) -> list[str]:
    """What an error reporter capturing locals would record: repr of every local of every frame."""
    texts = []
    while tb is not None:
        # The caller's own frames (this test's, holding the PEM it passed) are out of the SDK's reach.
        if "kalshi_ext" in tb.tb_frame.f_code.co_filename:
            texts.append(tb.tb_frame.f_code.co_name)
            texts.extend(_safe_repr(value) for value in tb.tb_frame.f_locals.values())
        tb = tb.tb_next
    return texts


def _assert_frames_clean(exc: BaseException, secrets: list[str]) -> int:
    scanned = 0
    chain: BaseException | None = exc
    while chain is not None:
        texts = [*_frame_texts(chain.__traceback__), "".join(traceback.format_exception(chain))]
        scanned += len(texts)
        for text in texts:
            assert not [s for s in secrets if s in text]
        chain = chain.__cause__ or chain.__context__
    return scanned


@pytest.mark.parametrize("passphrase", ["wrong passphrase!", None])
def test_constructor_failure_leaves_no_pem_or_passphrase_in_frame_locals(encrypted_pem: str, passphrase: Any) -> None:
    with pytest.raises(KalshiConfigurationError) as info:
        KalshiClient(key_id="key-1", private_key=encrypted_pem, private_key_passphrase=passphrase)
    assert _assert_frames_clean(info.value, [*_fragments(encrypted_pem), "wrong passphrase!"]) > 0


def test_from_env_failure_leaves_nothing_in_frame_locals(encrypted_pem: str) -> None:
    env = {"KALSHI_API_KEY_ID": "key-1", "KALSHI_PRIVATE_KEY": encrypted_pem, "KALSHI_PRIVATE_KEY_PASSPHRASE": "nope!!"}
    with pytest.raises(KalshiConfigurationError, match="passphrase"):
        try:
            KalshiClient.from_env(env=env)
        except KalshiConfigurationError as exc:
            _assert_frames_clean(exc, [*_fragments(encrypted_pem), "nope!!"])
            raise


def test_load_private_key_failure_cuts_the_inner_frames(encrypted_pem: str) -> None:
    wrong = "wrong " + "passphrase!"  # not literal: traceback text shows this test's source lines
    with pytest.raises(KalshiConfigurationError, match="wrong passphrase") as info:
        load_private_key(private_key=encrypted_pem, passphrase=wrong)
    _assert_frames_clean(info.value, [*_fragments(encrypted_pem), wrong])


def test_success_answer_with_private_key_is_not_kept_on_the_error(encrypted_pem: str) -> None:
    # A raw api_keys.generate() answered with an undocumented status: the error keeps a redacted body only.
    pem = encrypted_pem

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"api_key_id": "k-2", "private_key": pem})

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with KalshiClient(
        key_id="key-1",
        private_key=key,
        base_url="http://127.0.0.1:9/trade-api/v2",
        allow_custom_host=True,
        transport=httpx.MockTransport(handler),
    ) as kalshi:
        with pytest.raises(KalshiResponseError) as info:
            kalshi.api_keys.generate(body=_generate_body())
    exc = info.value
    assert exc.body == {"api_key_id": "k-2", "private_key": "<redacted>"}
    assert not hasattr(exc, "_unredacted_body")
    blob = pickle.dumps(exc)
    assert not [line for line in _fragments(pem) if line.encode() in blob]
    assert not [line for line in _fragments(pem) if line in repr(vars(exc))]


def _generate_body() -> Any:
    from kalshi_trade_api.models import GenerateApiKeyRequest

    return GenerateApiKeyRequest(name="bot")


def test_api_key_save_error_refuses_pickling(tmp_path: Path) -> None:
    error = ApiKeySaveError("m", api_key_id="k", path=tmp_path / "k.pem", key_type="rsa", private_key_pem="x" * 40)
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(error)
    assert "x" * 40 not in repr(error) + str(error) + repr(error.args)


def test_repr_of_raw_generate_answer_hides_the_private_key() -> None:
    from kalshi_trade_api.models import GenerateApiKeyResponse

    KalshiClient().close()  # a client installs the redacting repr on the generated models
    answer = GenerateApiKeyResponse(api_key_id="k-9", private_key="TOPSECRETKEYMATERIAL")
    assert "TOPSECRETKEYMATERIAL" not in repr(answer)
    assert "k-9" in repr(answer) and "<redacted>" in repr(answer)
