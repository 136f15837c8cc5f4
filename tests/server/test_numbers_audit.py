"""Document-number blocks never overlap; voids are permanent; the audit chain detects tampering."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import DBAPIError

from desktop.domain.numbering import read_document_number
from sync.server.orders import audit
from sync.server.storage import models as m
from sync.server.storage.db import write_txn
from tests.server.conftest import OPD, OTHER_OPD
from tests.server.flows import drive


def block(api, role="PPK", opd=OPD, size=10, doc_type="SP", year=2026, **headers):
    return api.http.post(f"{api.url}/v1/numbers/blocks", headers=api.h(role, opd, **headers),
                         json={"opd_id": opd, "year": year, "doc_type": doc_type, "size": size, "device_id": "pc-1"})


def test_concurrent_blocks_and_server_numbers_never_overlap(api):
    ranges: list[tuple[int, int]] = []
    barrier = threading.Barrier(6)

    def take(role: str) -> None:
        barrier.wait()
        r = block(api, role)
        assert r.status_code == 201, r.text
        ranges.append((r.json()["start"], r.json()["end"]))

    api.user("PPK"), api.user("BENDAHARA"), api.user("PP")  # log in first, outside the race
    threads = [threading.Thread(target=take, args=(role,)) for role in ["PPK", "BENDAHARA", "PP"] * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    order = drive(api, api.new_order(), "DISETUJUI")  # the SP number comes from the same counter
    day = dt.date.fromisoformat(order["approval"]["sp_date"])
    sp = read_document_number(OPD, "SP", order["number"], day)  # the one formatter, on both sides (#12.1)
    numbers = [n for a, b in ranges for n in range(a, b + 1)]
    assert len(numbers) == len(set(numbers)) == 60
    if day.year == 2026:
        assert sp not in numbers


def test_block_idempotency_and_validation(api):
    first = block(api, **{"Idempotency-Key": "blok-1"})
    again = block(api, **{"Idempotency-Key": "blok-1"})
    assert first.status_code == again.status_code == 201 and first.content == again.content
    assert block(api, opd=OTHER_OPD, role="PPK").status_code == 201  # own OPD of that user
    r = api.http.post(f"{api.url}/v1/numbers/blocks", headers=api.h("PPK"),
                      json={"opd_id": OTHER_OPD, "year": 2026, "doc_type": "SP", "size": 5})
    assert r.status_code == 403
    assert block(api, size=0).status_code == 422
    assert block(api, doc_type="FAKTUR").status_code == 422
    assert block(api, role="ADMIN_PROVINSI", opd=OPD).status_code == 403


def test_void_is_permanent(api):
    b = block(api, doc_type="BAST", size=3).json()
    body = {"opd_id": OPD, "year": 2026, "doc_type": "BAST", "number": b["start"], "reason": "BAST salah ketik"}
    first = api.http.post(f"{api.url}/v1/numbers/void", headers=api.h("PPK"), json=body)
    assert first.status_code == 200
    again = api.http.post(f"{api.url}/v1/numbers/void", headers=api.h("PPK"), json={**body, "reason": "lagi"})
    assert again.json()["voided_at"] == first.json()["voided_at"] and again.json()["reason"] == "BAST salah ketik"
    never = api.http.post(f"{api.url}/v1/numbers/void", headers=api.h("PPK"), json={**body, "number": 10**9})
    assert never.status_code == 422
    next_block = block(api, doc_type="BAST", size=1).json()
    assert next_block["start"] == b["end"] + 1  # a voided number is never handed out again


def test_audit_verify_on_live_server(api, live):
    drive(api, api.new_order(), "DITERIMA")
    out = live.cli_inproc("audit", "verify")
    assert out.returncode == 0 and "utuh" in out.stdout


def _event(order_id: str, version: int) -> dict:
    return {"order_id": order_id, "opd_id": "opd-x", "version": version, "action": "submit", "from_state": "DRAFT",
            "to_state": "DIAJUKAN", "actor": "u1", "role": "PP", "at": "2026-11-23T00:00:00.000Z",
            "client_recorded_at": None, "payload": {"n": version}}


def test_audit_chain_detects_tampering(engine_for):
    with write_txn(engine_for) as conn:
        conn.execute(insert(m.opd).values(id="opd-x", name="OPD X", kabkota_code="33.74", audit_head=audit.GENESIS,
                                          audit_count=0))
        for v in range(1, 6):
            audit.append(conn, _event("o1", v))
    assert audit.verify_chains(engine_for, None, {})[0] == []  # links only: these events have no order rows
    with pytest.raises(DBAPIError), write_txn(engine_for) as conn:  # append-only at the database level
        conn.execute(text("UPDATE order_event SET payload = '{}' WHERE seq = 2"))
    with pytest.raises(DBAPIError), write_txn(engine_for) as conn:
        conn.execute(text("DELETE FROM order_event WHERE seq = 5"))
    with write_txn(engine_for) as conn:  # an attacker with DDL rights drops the guard and edits history
        if engine_for.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER order_event_no_update"))
        else:
            conn.execute(text("DROP TRIGGER order_event_append_only ON order_event"))
        conn.execute(text("UPDATE order_event SET payload = '{\"n\": 99}' WHERE seq = 2"))
    problems = audit.verify_chains(engine_for, None, {})[0]
    assert any("altered" in p for p in problems)
    assert any("append-only" in p for p in audit.verify(engine_for))  # the full check also sees the dropped guard
