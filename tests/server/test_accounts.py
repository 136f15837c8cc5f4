"""Issue 15, accounts: password policy, progressive delay instead of a lockout (known devices and admin unlock),
X-Forwarded-For only from configured proxies, access tokens that end at once."""

from __future__ import annotations

import uuid

import pytest
import requests
from sqlalchemy import insert, select

from sync.server.accounts import users
from sync.server.accounts.throttle import delay_for, required_wait, unlock
from sync.server.cli import proxy_options
from sync.server.settings import Settings
from sync.server.storage import models as m
from sync.server.storage.db import make_engine, write_txn

STRONG = "ember-lontong-pagi-hujan"
OPD = "33.00-DINKES"


def token(url: str, **body) -> requests.Response:
    return requests.post(f"{url}/v1/auth/token", json=body, timeout=30)


@pytest.fixture
def with_opd(engine_for):
    with write_txn(engine_for) as conn:
        conn.execute(insert(m.opd).values(id=OPD, name="Dinas Kesehatan", kabkota_code="33.74",
                                          audit_head="0" * 64, audit_count=0))
    return engine_for


WEAK = ["a", "123456", "password1", "budi.santoso", "budi.santoso2026", "Rahasia-123", "bismillah123",
        "semarang2026", "dinkes33000", "qwertyuiop", "aaaaaaaaaaaa", "Dinas Kesehatan"]


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passwords_are_refused_with_an_indonesian_reason(with_opd, weak):
    with pytest.raises(users.UserError) as err:
        users.add_user(with_opd, "budi.santoso", "Budi Santoso", "PP", OPD, weak)
    assert "Kata sandi" in str(err.value) and "frasa sandi" in str(err.value)


def test_passphrases_pass_and_reset_password_checks_too(with_opd):
    users.add_user(with_opd, "budi.santoso", "Budi Santoso", "PP", OPD, STRONG)
    with pytest.raises(users.UserError):
        users.reset_password(with_opd, "budi.santoso", "budi.santoso")
    assert users.reset_password(with_opd, "budi.santoso", "kopi tubruk sore di alun-alun") == \
        "kopi tubruk sore di alun-alun"
    generated = users.reset_password(with_opd, "budi.santoso")  # a generated one always passes
    assert len(generated) >= 16
    kinds = [e.kind for e in users.security_log(with_opd, "budi.santoso")]
    assert kinds.count("password_reset") == 2


def test_delay_grows_is_capped_and_unlock_clears_it(engine_for):
    s = Settings(db_url="unused", data_dir=None, login_max_failures_user=3,  # type: ignore[arg-type]
                 login_max_failures_address=10, login_delay_base_s=2, login_delay_max_s=60)
    assert [delay_for(n, 3, s) for n in range(2, 10)] == [0, 2, 4, 8, 16, 32, 60, 60]
    now = 1_000_000
    with write_txn(engine_for) as conn:
        for i in range(5):  # five failures, the last one 3 s ago
            conn.execute(insert(m.login_attempt).values(username="sari", address="10.0.0.7", at=now - 7 + i,
                                                        success=False))
    with engine_for.connect() as conn:
        assert required_wait(conn, s, "sari", "10.0.0.8", now) == 8 - 3  # 5 failures: 2·2² s after the last
        assert required_wait(conn, s, "rudi", "10.0.0.8", now) == 0  # another account is not touched
        assert required_wait(conn, s, "sari", "10.0.0.8", now + 60) == 0  # a delay, never a lock
    unlock(engine_for, username="sari")
    with engine_for.connect() as conn:
        assert required_wait(conn, s, "sari", "10.0.0.8", now) == 0
    assert [e.kind for e in users.security_log(engine_for, "sari")] == ["unlock"]


def test_lockout_is_no_weapon_known_device_and_admin_unlock(live):
    """A stranger's bad passwords delay (not lock) the officer; the officer's own PC still signs in."""
    name = f"pp.{uuid.uuid4().hex[:8]}"
    assert live.cli_inproc("users", "add", name, "--role", "PP", "--opd", OPD, "--password", STRONG).returncode == 0
    first = token(live.url, grant_type="password", username=name, password=STRONG, device_id="pc-kantor")
    assert first.status_code == 200
    for _ in range(5):
        assert token(live.url, grant_type="password", username=name, password="tebak-tebakan").status_code == 400
    blocked = token(live.url, grant_type="password", username=name, password=STRONG)
    assert blocked.status_code == 429 and 0 < int(blocked.headers["retry-after"]) <= 60
    assert "detik" in blocked.json()["detail"]
    # a refresh token of ANOTHER user does not open the door
    other = live.login(live.account("PPK", OPD)["username"], live.account("PPK", OPD)["password"])
    stranger = token(live.url, grant_type="password", username=name, password=STRONG,
                     refresh_token=other["refresh_token"])
    assert stranger.status_code == 429
    known = token(live.url, grant_type="password", username=name, password=STRONG, device_id="pc-kantor",
                  refresh_token=first.json()["refresh_token"])
    assert known.status_code == 200  # a device with a valid refresh token of this user is never delayed
    for _ in range(5):  # the stranger goes on guessing after the officer's success
        assert token(live.url, grant_type="password", username=name, password="tebak-lagi").status_code == 400
    assert token(live.url, grant_type="password", username=name, password=STRONG).status_code == 429
    out = live.cli_inproc("users", "unlock", name)
    assert out.returncode == 0 and "dicatat" in out.stdout
    assert token(live.url, grant_type="password", username=name, password=STRONG).status_code == 200
    log = live.cli_inproc("users", "events", name).stdout
    assert "delay_started" in log and "unlock" in log


def test_forwarded_for_is_ignored_unless_from_a_configured_proxy(live):
    spoofed = f"10.{uuid.uuid4().int % 250}.7.9"
    r = requests.post(f"{live.url}/v1/auth/token", headers={"X-Forwarded-For": spoofed},
                      json={"grant_type": "password", "username": "xff.uji", "password": "salah"}, timeout=30)
    assert r.status_code == 400
    engine = make_engine(live.db_url, pool_size=1)
    try:
        with engine.connect() as conn:
            seen = conn.execute(select(m.login_attempt.c.address).where(
                m.login_attempt.c.username == "xff.uji")).scalars().all()
    finally:
        engine.dispose()
    assert seen == ["127.0.0.1"]  # the claim was not believed
    assert proxy_options(()) == {"proxy_headers": False, "forwarded_allow_ips": ""}
    assert proxy_options(("10.1.1.1", "10.1.1.2")) == {"proxy_headers": True,
                                                        "forwarded_allow_ips": "10.1.1.1,10.1.1.2"}


def test_access_token_ends_at_once_when_disabled_or_a_role_is_lost(live):
    name = f"ppk.{uuid.uuid4().hex[:8]}"
    assert live.cli_inproc("users", "add", name, "--role", "PPK,PPTK", "--opd", OPD,
                           "--password", STRONG).returncode == 0
    tok = live.login(name, STRONG)
    me = {"Authorization": f"Bearer {tok['access_token']}"}
    feed = f"{live.url}/v1/orders/changes"
    assert requests.get(feed, headers=me, timeout=30).status_code == 200
    assert live.cli_inproc("users", "roles", name, "--role", "PPTK").returncode == 0
    r = requests.get(feed, headers=me, timeout=30)
    assert r.status_code == 401 and "berubah" in r.json()["detail"]
    # async endpoints check too (the lookup runs off the event loop)
    r = requests.post(f"{live.url}/v1/orders/{uuid.uuid4()}/transitions", headers={**me, "Idempotency-Key": "k"},
                      json={"action": "submit", "base_version": 1}, timeout=30)
    assert r.status_code == 401
    fresh = token(live.url, grant_type="refresh_token", refresh_token=tok["refresh_token"]).json()
    assert fresh["user"]["roles"] == ["PPTK"]
    me = {"Authorization": f"Bearer {fresh['access_token']}"}
    assert requests.get(feed, headers=me, timeout=30).status_code == 200
    assert live.cli_inproc("users", "disable", name).returncode == 0
    r = requests.get(feed, headers=me, timeout=30)
    assert r.status_code == 401 and "dinonaktifkan" in r.json()["detail"]
    assert token(live.url, grant_type="refresh_token", refresh_token=fresh["refresh_token"]).status_code == 400
    kinds = live.cli_inproc("users", "events", name).stdout
    assert "roles_changed" in kinds and "disabled" in kinds


def test_the_officers_nip_is_checked_and_kept(with_opd):
    """#13.19: the account keeps the NIP printed under the officer's signature; one that cannot be real is refused
    with desktop.domain's own reason, and spaces as written on a letter are accepted."""
    with pytest.raises(users.UserError, match="NIP"):
        users.add_user(with_opd, "ppk.salah", "Budi Santoso", "PPK", OPD, STRONG, nip="19781315 200501 1 002")
    users.add_user(with_opd, "ppk.budi", "Budi Santoso, S.T.", "PPK", OPD, STRONG, nip="19780315 200501 1 002")
    users.add_user(with_opd, "pp.tanpa", "Sri Rahayu", "PP", OPD, STRONG)
    kept = {u.username: u.nip for u in users.list_users(with_opd, OPD)}
    assert kept == {"ppk.budi": "197803152005011002", "pp.tanpa": None}
    assert users.set_nip(with_opd, "pp.tanpa", "199001202015032005") == "199001202015032005"
    with pytest.raises(users.UserError, match="18 angka"):
        users.set_nip(with_opd, "pp.tanpa", "1990")
    assert {u.username: u.nip for u in users.list_users(with_opd, OPD)}["pp.tanpa"] == "199001202015032005"


def test_demo_officers_are_named_people_with_valid_nips(with_opd):
    from desktop.domain.identifiers import parse_nip
    from sync.server.demo.generate import _users

    accounts = _users(with_opd, [(OPD, "Dinas Kesehatan")], 12)
    rows = {u.username: u for u in users.list_users(with_opd)}
    assert len(accounts) == len(rows) == 7
    for row in rows.values():
        assert parse_nip(row.nip).digits == row.nip
        assert "Dinas" not in row.full_name and "Pejabat" not in row.full_name and "," in row.full_name
    again = _users(with_opd, [(OPD, "Dinas Kesehatan")], 12)  # a second run keeps the same people
    assert again == accounts and {u.username: u.nip for u in users.list_users(with_opd)} == \
        {k: v.nip for k, v in rows.items()}


def test_login_sends_the_nip_the_server_keeps(live):
    from sync.protocol.messages import TokenResponse

    name = f"ppk.{uuid.uuid4().hex[:8]}"
    assert live.cli_inproc("users", "add", name, "--role", "PPK", "--opd", OPD, "--full-name", "Budi Santoso, S.T.",
                           "--password", STRONG, "--nip", "19780315 200501 1 002").returncode == 0
    assert TokenResponse.from_dict(token(live.url, grant_type="password", username=name, password=STRONG).json()
                                   ).user.nip == "197803152005011002"
    bad = live.cli_inproc("users", "nip", name, "--nip", "197803152005011000")
    assert bad.returncode != 0 and "NIP" in bad.stderr
    assert live.cli_inproc("users", "nip", name, "--nip", "").returncode == 0  # cleared: no key, old desktops too
    body = token(live.url, grant_type="password", username=name, password=STRONG).json()
    assert "nip" not in body["user"] and TokenResponse.from_dict(body).user.nip == ""
    assert "nip_changed" in live.cli_inproc("users", "events", name).stdout
