"""Access tokens: signed, short-lived, and refused when expired or altered."""

from __future__ import annotations

import pytest

from sync.protocol import ErrorCode, ProtocolError
from sync.server.auth import TokenSigner, hash_password, parse_roles, verify_password


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
    with pytest.raises(ProtocolError) as err:
        signer.verify(mutate(signer.issue(_User(), now=1000)), now=1001)
    assert err.value.code is ErrorCode.UNAUTHORIZED


def test_passwords_and_roles():
    stored = hash_password("Rahasia-123")
    assert stored.startswith("$argon2id$") and verify_password(stored, "Rahasia-123")
    assert not verify_password(stored, "rahasia-123") and not verify_password("bukan-hash", "x")
    with pytest.raises(ValueError):
        parse_roles("PPK,RAJA")
