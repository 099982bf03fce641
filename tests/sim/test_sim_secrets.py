"""Key material stays where it belongs: never in a repr, a state file, a journal or a transcript."""

from __future__ import annotations

import json
from pathlib import Path

from simkit import first_market, order

from kalshi_ext.sim import open_state


def _pem_body(pem: str) -> str:
    return "".join(pem.strip().splitlines()[1:-1])[:40]


def test_no_private_key_in_reprs_state_or_answers(tmp_path: Path) -> None:
    sim = open_state(tmp_path / "s.sqlite", seed=1, markets=2)
    other = sim.new_user(key_type="rsa")
    secrets = [_pem_body(sim.user.private_key_pem), _pem_body(other.private_key_pem)]
    answers: list[bytes] = []
    with sim.client() as kalshi:
        ticker = first_market(sim)
        kalshi.orders.create_v2(body=order(ticker, "bid", "1", "0.1000"))
        generated = kalshi.api_keys.generate(name="g")
        secrets.append(_pem_body(generated.private_key))
        for target in ("/portfolio/balance", "/api_keys", "/portfolio/orders"):
            answers.append(json.dumps(kalshi.request("GET", target)).encode())
    sim.close()
    texts = [repr(sim.user), repr(other), repr(list(sim.keys.keys.values())), *(a.decode() for a in answers)]
    blob = b"".join(p.read_bytes() for p in tmp_path.glob("s.sqlite*"))  # the database and any WAL
    for secret in secrets:
        assert all(secret not in text for text in texts)
        assert secret.encode() not in blob
    assert b"PRIVATE KEY" not in blob
