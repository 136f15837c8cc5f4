"""Issue 15: `blangkon-server audit verify` said "Jejak audit utuh" after direct database edits. Each tampering an
attacker with database (but not file-system) access can do must now be reported, on SQLite and PostgreSQL:
an order row changed DIAJUKAN → DIBAYAR, dropped append-only triggers, a chain rewritten with recomputed plain
hashes and fixed heads, and a deleted newest event (heads and row put back too)."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import bindparam, select, text, update

from sync.server.orders.audit import _HASHED, GENESIS
from sync.server.storage import models as m
from sync.server.storage.db import make_engine
from tests.server.conftest import OPD, Api
from tests.server.flows import drive
from tests.server.live import start_server


@pytest.fixture(scope="module")
def server(tmp_path_factory, request):
    """One server per database for the module; each test gets it through `world`, which checks it is intact."""
    db = request.param
    from tests.conftest import PG_URL

    if db == "postgresql" and not PG_URL:
        pytest.skip("BLANGKON_TEST_PG_URL not set")
    srv = start_server(tmp_path_factory.mktemp("audit"), db_url=PG_URL if db == "postgresql" else None,
                       products=200)
    api = Api(srv)
    submitted = drive(api, api.new_order(), "DIAJUKAN")
    approved = drive(api, api.new_order(), "DISETUJUI")
    engine = make_engine(srv.db_url, pool_size=1)
    yield srv, engine, submitted, approved
    engine.dispose()
    srv.stop()


@pytest.fixture
def world(server):
    """The module's server, intact and anchored by a signed checkpoint (a clean `audit verify` appends one) before
    each test, and intact again after it: every test puts back what it tampered with, so none depends on which
    tests ran before it on this worker (under `-n 2` without --dist loadfile test_5 could get a fresh server whose
    first clean verify — the checkpoint it relies on — had never run)."""
    code, out = verify(server[0])
    assert code == 0, f"the server is not intact before the test: {out}"
    yield server
    code, out = verify(server[0])
    assert code == 0, f"the test did not put back what it tampered with: {out}"


pytestmark = pytest.mark.parametrize("server", ["sqlite", "postgresql"], indirect=True)


def verify(srv) -> tuple[int, str]:
    out = srv.cli_inproc("audit", "verify")
    return out.returncode, out.stdout + out.stderr


def drop_guard(engine) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER order_event_no_update"))
            conn.execute(text("DROP TRIGGER order_event_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER order_event_append_only ON order_event"))


def restore_guard(engine) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            for verb in ("UPDATE", "DELETE"):
                conn.execute(text(f"CREATE TRIGGER order_event_no_{verb.lower()} BEFORE {verb} ON order_event "
                                  "BEGIN SELECT RAISE(ABORT, 'order_event is append-only'); END"))
        else:
            conn.execute(text("CREATE TRIGGER order_event_append_only BEFORE UPDATE OR DELETE ON order_event "
                              "FOR EACH ROW EXECUTE FUNCTION order_event_append_only()"))


def set_row(engine, order_id: str, doc: dict) -> None:
    with engine.begin() as conn:
        conn.execute(update(m.orders).where(m.orders.c.id == order_id).values(
            state=doc["state"], version=doc["version"], doc=json.dumps(doc, ensure_ascii=False)))


def test_1_clean_history_verifies_and_is_anchored(world):
    srv, _engine, _s, _a = world
    code, out = verify(srv)
    assert code == 0 and "utuh" in out and "Titik periksa" in out, out
    assert (srv.data_dir / "audit-checkpoints.jsonl").exists() and (srv.data_dir / "audit.key").exists()


def test_2_order_row_changed_directly_is_reported(world):
    srv, engine, submitted, _a = world
    set_row(engine, submitted["id"], {**submitted, "state": "DIBAYAR"})
    code, out = verify(srv)
    assert code == 1 and submitted["id"] in out and "DIBAYAR" in out, out
    set_row(engine, submitted["id"], submitted)
    assert verify(srv)[0] == 0


def test_3_dropped_append_only_triggers_are_reported(world):
    srv, engine, _s, _a = world
    drop_guard(engine)
    code, out = verify(srv)
    assert code == 1 and "append-only" in out, out
    restore_guard(engine)
    assert verify(srv)[0] == 0


def test_4_chain_rewritten_with_recomputed_hashes_is_reported(world):
    """The attacker edits a payload and recomputes every later link and the head, but has no key."""
    srv, engine, _s, approved = world
    ev = m.order_event.c
    with engine.connect() as conn:
        rows = [r._asdict() for r in conn.execute(select(m.order_event).where(ev.opd_id == OPD).order_by(ev.seq))]
    drop_guard(engine)
    prev = GENESIS
    forged = []
    for r in rows:
        if r["order_id"] == approved["id"] and r["action"] == "approve":
            r = {**r, "role": "PA_KPA"}  # history says someone else approved
        doc = json.dumps([prev, *(r[k] for k in _HASHED)], separators=(",", ":"), ensure_ascii=True)
        r = {**r, "prev_hash": prev, "hash": hashlib.sha256(doc.encode("ascii")).hexdigest()}
        forged.append(r)
        prev = r["hash"]
    with engine.begin() as conn:
        stmt = update(m.order_event).where(ev.seq == bindparam("s")).values(
            role=bindparam("role"), prev_hash=bindparam("p"), hash=bindparam("h"))
        conn.execute(stmt, [{"s": r["seq"], "role": r["role"], "p": r["prev_hash"], "h": r["hash"]} for r in forged])
        conn.execute(update(m.opd).where(m.opd.c.id == OPD).values(audit_head=prev))
    restore_guard(engine)
    code, out = verify(srv)
    assert code == 1 and "altered" in out, out
    drop_guard(engine)  # put the true history back for the next scenario
    with engine.begin() as conn:
        conn.execute(stmt, [{"s": r["seq"], "role": r["role"], "p": r["prev_hash"], "h": r["hash"]} for r in rows])
        conn.execute(update(m.opd).where(m.opd.c.id == OPD).values(audit_head=rows[-1]["hash"]))
    restore_guard(engine)
    assert verify(srv)[0] == 0


def test_5_deleted_newest_event_is_reported_even_with_heads_and_row_put_back(world):
    srv, engine, _s, approved = world
    ev = m.order_event.c
    with engine.connect() as conn:
        rows = list(conn.execute(select(m.order_event).where(ev.opd_id == OPD).order_by(ev.seq)))
    newest, before = rows[-1], rows[-2]
    assert newest.order_id == approved["id"] and newest.action == "approve"
    with engine.connect() as conn:
        kept_row = conn.execute(select(m.orders.c.state, m.orders.c.version, m.orders.c.doc).where(
            m.orders.c.id == approved["id"])).one()
    drop_guard(engine)
    with engine.begin() as conn:
        conn.execute(m.order_event.delete().where(ev.seq == newest.seq))
        conn.execute(update(m.opd).where(m.opd.c.id == OPD).values(audit_head=before.hash,
                                                                   audit_count=m.opd.c.audit_count - 1))
    restore_guard(engine)
    code, out = verify(srv)
    assert code == 1 and approved["id"] in out, out  # the row is still v3 DISETUJUI: not the fold of its events
    with engine.connect() as conn:  # the attacker also rolls the row back to what the remaining events say
        submitted_doc = json.loads(conn.execute(select(m.orders.c.doc).where(
            m.orders.c.id == approved["id"])).scalar_one())
    set_row(engine, approved["id"], {**submitted_doc, "state": "DIAJUKAN", "version": 2, "approval": None})
    code, out = verify(srv)
    assert code == 1 and "checkpoint" in out, out  # the signed checkpoint outside the database remembers
    with engine.begin() as conn:  # put the true history back (an INSERT is not what the triggers refuse)
        conn.execute(m.order_event.insert().values(**newest._asdict()))
        conn.execute(update(m.opd).where(m.opd.c.id == OPD).values(audit_head=newest.hash,
                                                                   audit_count=m.opd.c.audit_count + 1))
        conn.execute(update(m.orders).where(m.orders.c.id == approved["id"]).values(
            state=kept_row.state, version=kept_row.version, doc=kept_row.doc))
