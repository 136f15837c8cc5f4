"""Login, refresh rotation with grace retry, throttling in the database, version gate (SYNC.md §7, §9.8)."""

from __future__ import annotations

import pytest
import requests

from sync.protocol.messages import SyncMeta, TokenResponse

# The server is shared by the session: throttling and disabling here use accounts of OPDs no other test uses.
LOCKED_OPD = "33.03-DISDIK"
STRONG = "ember-lontong-pagi-hujan"  # passes the password policy (issue 15)


@pytest.fixture
def srv(live):
    return live


def token(srv, **body):
    return requests.post(f"{srv.url}/v1/auth/token", json=body, timeout=30)


def test_login_refresh_rotation_and_grace(srv):
    acc = srv.account("PPK", "33.04-DISDIK")
    r = token(srv, grant_type="password", username=acc["username"], password=acc["password"], device_id="pc-1")
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    first = TokenResponse.from_dict(r.json())
    assert first.user.role.value == "PPK" and first.user.opd_name and first.expires_in <= 3600
    me = {"Authorization": f"Bearer {first.access_token}"}
    assert requests.get(f"{srv.url}/v1/orders/changes", headers=me).status_code == 200

    second = token(srv, grant_type="refresh_token", refresh_token=first.refresh_token)
    assert second.status_code == 200
    # the response was "lost": retrying with the old token still works (its successor was never used)
    grace = token(srv, grant_type="refresh_token", refresh_token=first.refresh_token)
    assert grace.status_code == 200
    lost = second.json()["refresh_token"]
    assert token(srv, grant_type="refresh_token", refresh_token=lost).status_code == 400  # revoked by the grace
    current = grace.json()["refresh_token"]
    newer = token(srv, grant_type="refresh_token", refresh_token=current)
    assert newer.status_code == 200
    newest = token(srv, grant_type="refresh_token", refresh_token=newer.json()["refresh_token"])
    assert newest.status_code == 200
    # replaying a token whose successor WAS used is theft: the whole family is revoked
    replay = token(srv, grant_type="refresh_token", refresh_token=current)
    assert replay.status_code == 400 and replay.json()["code"] == "invalid_grant"
    assert token(srv, grant_type="refresh_token", refresh_token=newest.json()["refresh_token"]).status_code == 400


def test_wrong_password_throttle_and_disable(srv):
    acc = srv.account("PP", LOCKED_OPD)
    for _ in range(5):
        r = token(srv, grant_type="password", username=acc["username"], password="salah")
        assert r.status_code == 400 and r.json()["code"] == "invalid_grant"
    r = token(srv, grant_type="password", username=acc["username"], password=acc["password"])
    assert r.status_code == 429 and r.json()["code"] == "rate_limited" and r.headers["retry-after"]
    other = srv.account("BENDAHARA", LOCKED_OPD)
    assert token(srv, grant_type="password", username=other["username"], password=other["password"]).status_code == 200
    out = srv.cli_inproc("users", "disable", other["username"])
    assert out.returncode == 0, out.stderr
    r = token(srv, grant_type="password", username=other["username"], password=other["password"])
    assert r.status_code == 400 and "dinonaktifkan" in r.json()["detail"]
    assert token(srv, grant_type="password", username="tidak.ada", password="x").status_code == 400


def test_bad_tokens_and_client_version(srv):
    for header in ("", "Bearer", "Bearer abc.def", "Basic Zm9vOmJhcg==", "Bearer " + "A" * 5000):
        r = requests.get(f"{srv.url}/v1/orders/changes", headers={"Authorization": header} if header else {})
        assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    meta = requests.get(f"{srv.url}/v1/sync/meta", headers={"X-Client-Version": "0.1.0"})
    assert meta.status_code == 200 and SyncMeta.from_dict(meta.json()).server_time.endswith("Z")
    old = requests.get(f"{srv.url}/v1/sync/meta", headers={"X-Client-Version": "0.0.9"})
    assert old.status_code == 426 and old.json()["code"] == "upgrade_required"
    junk = requests.get(f"{srv.url}/v1/sync/meta", headers={"X-Client-Version": "satu"})
    assert junk.status_code == 400


def test_users_cli(srv):
    out = srv.cli_inproc("users", "add", "ppk.baru", "--role", "PPK", "--opd", "33.00-DINKES", "--password", STRONG)
    assert out.returncode == 0, out.stderr
    assert token(srv, grant_type="password", username="ppk.baru", password=STRONG).status_code == 200
    assert srv.cli_inproc("users", "add", "ppk.baru", "--role", "PPK", "--opd", "33.00-DINKES").returncode == 1
    assert srv.cli_inproc("users", "add", "x", "--role", "RAJA", "--opd", "33.00-DINKES").returncode == 1
    assert srv.cli_inproc("users", "add", "y", "--role", "PP", "--opd", "99.99-NOPE").returncode == 1
    listed = srv.cli_inproc("users", "list", "--opd", "33.00-DINKES").stdout
    assert "ppk.baru" in listed and "pp.33.00-dinkes" in listed
    reset = srv.cli_inproc("users", "reset-password", "ppk.baru")
    new_pw = reset.stdout.strip().rsplit(" ", 1)[-1]
    assert token(srv, grant_type="password", username="ppk.baru", password=STRONG).status_code == 400
    assert token(srv, grant_type="password", username="ppk.baru", password=new_pw).status_code == 200


def test_sod_policy_switch_changes_server_decisions(tmp_path, server_db_url):
    """One person holding PPK and Bendahara may not pay what they approved — unless an admin switches the rule
    off (DOMAIN.md §2 rule 5). PA/KPA acting as PPK is always allowed."""
    from tests.server.conftest import OPD, Api
    from tests.server.flows import body_for, drive
    from tests.server.live import start_server

    srv = start_server(tmp_path, db_url=server_db_url, products=200)
    try:
        assert "approver_not_payer = true" in srv.cli_inproc("policy").stdout
        for name, roles in (("rangkap.ppk", "PPK,BENDAHARA"), ("kpa.ppk", "PA_KPA,PPK")):
            out = srv.cli_inproc("users", "add", name, "--role", roles, "--opd", OPD, "--password", STRONG)
            assert out.returncode == 0, out.stderr
        assert srv.cli_inproc("users", "add", "x", "--role", "PPK,PPK", "--opd", OPD).returncode == 1
        info = token(srv, grant_type="password", username="rangkap.ppk", password=STRONG).json()
        assert info["user"]["roles"] == ["PPK", "BENDAHARA"] and info["user"]["role"] == "PPK"
        both = {"Authorization": f"Bearer {info['access_token']}"}
        api = Api(srv)
        order = drive(api, api.new_order(), "MENUNGGU_BAYAR")
        assert api.act(order["id"], "authorize_payment", "PA_KPA").status_code == 200
        # approve as the double-role person on a fresh order, then try to pay it
        fresh = drive(api, api.new_order(), "DIAJUKAN")
        r = api.http.post(f"{srv.url}/v1/orders/{fresh['id']}/transitions", headers={**both, "Idempotency-Key": "a1"},
                          json={"action": "approve", **body_for("approve", fresh)})
        assert r.status_code == 200 and r.json()["approval"]["role"] == "PPK"
        fresh = r.json()
        for action, role in (("send_to_seller", "PP"), ("seller_confirm", "PP"), ("ship", "PP"),
                             ("receive", "PPTK"), ("sign_bast", "PPK"), ("request_payment", "PPTK"),
                             ("authorize_payment", "PA_KPA")):
            fresh = api.act(fresh["id"], action, role, **body_for(action, fresh)).json()
        pay = {"action": "mark_paid", **body_for("mark_paid", fresh)}
        r = api.http.post(f"{srv.url}/v1/orders/{fresh['id']}/transitions", headers={**both, "Idempotency-Key": "p1"},
                          json=pay)
        assert r.status_code == 403 and r.json()["code"] == "forbidden_role"
        assert srv.cli_inproc("policy", "approver_not_payer=nope").returncode == 1
        out = srv.cli_inproc("policy", "approver_not_payer=false")
        assert out.returncode == 0 and "approver_not_payer = false" in out.stdout
        r = api.http.post(f"{srv.url}/v1/orders/{fresh['id']}/transitions", headers={**both, "Idempotency-Key": "p2"},
                          json=pay)
        assert r.status_code == 200 and r.json()["payment"]["paid_by"] == info["user"]["id"]
        events = api.get(fresh["id"]).json()["events"]
        assert events[-1]["role"] == "BENDAHARA" and events[2]["role"] == "PPK"
    finally:
        srv.stop()
