"""Access tokens: signed, short-lived, and refused when expired or altered."""

from __future__ import annotations

import pytest

from sync.protocol import ErrorCode, ProtocolError
from sync.server.accounts.auth import TokenSigner, hash_password, parse_roles, verify_password


class _User:
    id, username, role, opd_id = "u1", "ppk.x", "PA_KPA,PPK", "33.00-DINKES"


def test_token_roundtrip_roles_and_expiry():
    signer = TokenSigner(b"k" * 32, ttl_s=60)
    tok = signer.issue(_User(), now=1000)
    who = signer.verify(tok, now=1059)
    assert who.role.value == "PA_KPA" and {r.value for r in who.all_roles} == {"PA_KPA", "PPK"}
    with pytest.raises(ProtocolError) as err:
        signer.verify(tok, now=1061)
    assert err.value.code is ErrorCode.UNAUTHORIZED and "berakhir" in err.value.detail


@pytest.mark.parametrize("mutate", [lambda t: t[:-2] + "AA", lambda t: "x" + t, lambda t: t.replace(".", ""),
                                    lambda t: t.split(".")[0] + "." + TokenSigner(b"o" * 32, 60).issue(_User(), 1000).split(".")[1]])
def test_altered_tokens_are_refused(mutate):
    signer = TokenSigner(b"k" * 32, ttl_s=60)
    token = signer.issue(_User(), now=1000)
    assert signer.verify(token, now=1000).user_id == "u1"  # the genuine one is known (kept) first
    with pytest.raises(ProtocolError) as err:
        signer.verify(mutate(token), now=1001)
    assert err.value.code is ErrorCode.UNAUTHORIZED


def test_kept_signatures_are_bounded_and_still_expire():
    signer = TokenSigner(b"k" * 32, ttl_s=60)
    signer.SEEN_MAX = 3
    tokens = [signer.issue(type("U", (_User,), {"id": f"u{n}"})(), now=1000) for n in range(5)]
    assert [signer.verify(t, now=1000).user_id for t in tokens] == ["u0", "u1", "u2", "u3", "u4"]
    assert len(signer._seen) <= 3
    for t in tokens:
        with pytest.raises(ProtocolError) as err:
            signer.verify(t, now=1061)
        assert "berakhir" in err.value.detail


def test_passwords_and_roles():
    stored = hash_password("Rahasia-123")
    assert stored.startswith("$argon2id$") and verify_password(stored, "Rahasia-123")
    assert not verify_password(stored, "rahasia-123") and not verify_password("bukan-hash", "x")
    with pytest.raises(ValueError):
        parse_roles("PPK,RAJA")


def test_throttle_per_account_and_per_address(engine_for):
    from sync.server.accounts.auth import check_throttle, record_attempt
    from sync.server.settings import Settings
    from sync.server.storage.db import now_s

    settings = Settings(db_url="unused", data_dir=None, login_max_failures_user=3,  # type: ignore[arg-type]
                        login_max_failures_address=5, login_delay_base_s=600)
    for i in range(3):
        record_attempt(engine_for, "budi", "10.0.0.1", ok=False)
        record_attempt(engine_for, f"user{i}", "10.0.0.2", ok=False)
    with engine_for.connect() as conn:
        with pytest.raises(ProtocolError) as err:
            check_throttle(conn, settings, "budi", "10.0.0.9", now_s())
        assert err.value.code is ErrorCode.RATE_LIMITED
        check_throttle(conn, settings, "sari", "10.0.0.2", now_s())  # 3 failures from .2: still allowed
    record_attempt(engine_for, "x", "10.0.0.2", ok=False)
    record_attempt(engine_for, "y", "10.0.0.2", ok=False)
    with engine_for.connect() as conn, pytest.raises(ProtocolError):
        check_throttle(conn, settings, "sari", "10.0.0.2", now_s())  # the address is now over its limit
    record_attempt(engine_for, "budi", "10.0.0.1", ok=True)  # a success clears the account's count
    with engine_for.connect() as conn:
        check_throttle(conn, settings, "budi", "10.0.0.9", now_s())
