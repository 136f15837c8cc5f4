"""OrderService on a real temporary Store: drafting, outbox commands in the same unit of work, prechecks,
submission and its refusals."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.services.order_view import Severity, SyncStatus, WorkflowError
from desktop.services.session import SessionState
from desktop.store.db import Store
from sync.protocol.messages import OrderDraft, TransitionRequest
from sync.protocol.states import Action, OrderState
from tests.platforms import POSIX_ONLY
from tests.services.workflow_world import NOW, open_world


def commands(w, order_id):
    with w.store.unit_of_work(readonly=True) as uow:
        return uow.outbox.for_order(order_id, include_done=True)


def test_create_draft_quotes_the_catalog_and_queues_a_valid_put(w):
    w.login("pp")
    order = w.orders.create_draft(1001, 10)
    assert order.state is OrderState.DRAFT
    assert order.created_by == "11"
    assert order.provider is not None and order.provider.name == "CV Sinar Jaya Abadi"
    assert order.marketplace == "GRATIS_ONGKIR"
    assert order.delivery_address.startswith("Jl. Sidodadi")
    (line,) = order.lines
    assert (line.product_id, line.product_version, line.name, line.unit, line.unit_price) == (
        1001, 1, "Kertas HVS A4 80 gram", "rim", 55_500)
    assert order.total == 555_000
    assert order.sync_status is SyncStatus.LOCAL_ONLY
    (cmd,) = commands(w, order.id)
    assert (cmd.method, cmd.path, cmd.actor_user_id) == ("PUT", f"/v1/orders/{order.id}", "11")
    body = OrderDraft.from_dict(json.loads(cmd.body))
    assert body.lines[0].unit_price == 55_500 and body.lines[0].qty == 10


def test_never_attempted_puts_are_coalesced_under_a_new_key(w):
    w.login("pp")
    order = w.orders.create_draft(1001, 10)
    first = commands(w, order.id)[0].cmd_id
    w.orders.add_line(order.id, 1002, 2)
    w.orders.set_qty(order.id, order.lines[0].id, 12)
    cmds = commands(w, order.id)
    assert len(cmds) == 1 and cmds[0].cmd_id != first
    body = json.loads(cmds[0].body)
    assert [ln["qty"] for ln in body["lines"]] == [12, 2]


def test_attempted_put_is_never_mutated(w):
    w.login("pp")
    order = w.orders.create_draft(1001, 10)
    first = commands(w, order.id)[0]
    with w.store.unit_of_work() as uow:
        uow.outbox.mark_in_flight(first.cmd_id)
    w.orders.set_qty(order.id, order.lines[0].id, 20)
    cmds = commands(w, order.id)
    assert len(cmds) == 2
    assert json.loads(cmds[0].body)["lines"][0]["qty"] == 10
    assert json.loads(cmds[1].body)["lines"][0]["qty"] == 20


def test_line_edits_and_refusals(w):
    w.login("pp")
    order = w.orders.create_draft(1001, 10)
    order = w.orders.add_line(order.id, 1003, 5, line_id="line-map")
    assert [ln.id for ln in order.lines][1] == "line-map"
    removed = order.lines[0]
    order = w.orders.remove_line(order.id, removed.id)
    assert [ln.name for ln in order.lines] == ["Map plastik kancing"]
    order = w.orders.restore_line(order.id, removed, 0)
    assert [ln.id for ln in order.lines] == [removed.id, "line-map"]
    with pytest.raises(WorkflowError) as e:
        w.orders.add_line(order.id, 2001, 1)
    assert e.value.code == "other_provider"
    with pytest.raises(WorkflowError) as e:
        w.orders.add_line(order.id, 1003, 1, line_id="another")  # the editor adds a distinct line
    assert e.value.code == "duplicate_line"
    merged = w.orders.add_line(order.id, 1003, 2)  # "add to order" from the catalog again
    assert [ln.qty for ln in merged.lines if ln.product_id == 1003] == [7]
    with pytest.raises(WorkflowError) as e:
        w.orders.set_qty(order.id, "line-map", 0)
    assert e.value.code == "bad_qty"
    with pytest.raises(WorkflowError):
        w.orders.update_fields(order.id, shipping=-5)
    with pytest.raises(WorkflowError):
        w.orders.update_fields(order.id, marketplace="TOKOPEDIA")
    with pytest.raises(WorkflowError) as e:
        w.orders.update_fields(order.id, state="DISETUJUI")
    assert e.value.code == "unknown_field"


def test_fields_and_master_data_pickers(w):
    order = w.draft()
    assert order.delivery_date == dt.date(2026, 11, 30)
    order = w.orders.update_fields(order.id, shipping=25_000, notes="Kirim ke lantai 2")
    assert order.total == 555_000 + 25_000
    assert [c.code for c in w.orders.sub_kegiatan_choices()] == ["2.18.01.2.06.0004", "2.18.01.2.06.0009"]
    assert "5.1.02.01.01.0052" in [c.code for c in w.orders.kode_rekening_choices()]
    assert [c.code for c in w.orders.marketplace_choices()] == ["GRATIS_ONGKIR", "MBIZ", "TISERA", "EKATALOG_LOKAL"]
    found = w.orders.find_products("kertas")
    assert [p.id for p in found] == [1001]


def test_precheck_lists_every_rule_and_blocks_missing_budget_codes(w):
    w.login("pp")
    order = w.orders.create_draft(1001, 10)
    items = {c.code: c for c in w.orders.precheck(order.id)}
    for code in ("lines", "routing", "sod", "seller_npwp", "seller_pkp", "meterai", "kode_rup", "sub_kegiatan",
                 "kode_rekening", "delivery_date"):
        assert code in items, code
    assert items["kode_rup"].severity is Severity.BLOCKING
    assert items["routing"].severity is Severity.OK
    assert items["sod"].severity is Severity.OK and "Budi Santoso" in items["sod"].detail
    with pytest.raises(WorkflowError) as e:
        w.orders.submit(order.id)
    assert e.value.code == "precheck_failed" and "Kode RUP" in e.value.message


def test_cap_blocks_a_marketplace_order_above_50_juta_and_routes_to_ekatalog(w):
    order = w.draft(1001, 1000)  # 55,5 juta
    items = {c.code: c for c in w.orders.precheck(order.id)}
    assert items["routing"].severity is Severity.BLOCKING
    assert "e-katalog" in items["routing"].detail.lower()
    assert items["meterai"].severity is Severity.WARNING
    with pytest.raises(WorkflowError):
        w.orders.submit(order.id)
    w.orders.update_fields(order.id, marketplace="EKATALOG_LOKAL")
    assert not [c for c in w.orders.precheck(order.id) if c.blocking]


def test_split_orders_warn(w):
    first = w.draft(1001, 500)  # 27,75 juta
    w.orders.submit(first.id)
    second = w.draft(1002, 250)  # 27,75 juta, same seller and sub-kegiatan, same week
    items = {c.code: c for c in w.orders.precheck(second.id)}
    assert items["split_order"].severity is Severity.WARNING


def test_seller_without_npwp_and_stale_lines(w):
    order = w.draft(3001, 40)
    items = {c.code: c for c in w.orders.precheck(order.id)}
    assert items["seller_npwp"].severity is Severity.WARNING
    line = order.lines[0]
    # the replica learns of a new price; the check reads the replica, not a flag it may contradict (#21.4)
    w.set_product(3001, price=27_000)
    items = [c for c in w.orders.precheck(order.id) if c.code == "stale_line"]
    assert items and items[0].blocking and "Rp27.000" in items[0].detail
    order = w.orders.reprice_line(order.id, line.id)
    assert order.lines[0].unit_price == 27_000 and order.lines[0].product_version == 2
    assert not [c for c in w.orders.precheck(order.id) if c.code == "stale_line"]


def test_submit_queues_the_transition_after_the_put(w):
    order = w.draft()
    submitted = w.orders.submit(order.id)
    assert submitted.state is OrderState.DIAJUKAN
    assert submitted.sync_status is SyncStatus.PENDING  # submitted: waiting to be sent
    put, post = commands(w, order.id)
    assert put.method == "PUT" and post.method == "POST" and post.path.endswith("/transitions")
    body = TransitionRequest.from_dict(json.loads(post.body))
    assert body.action is Action.SUBMIT and body.base_version == 0
    with pytest.raises(WorkflowError) as e:
        w.orders.set_qty(order.id, order.lines[0].id, 3)
    assert e.value.code == "not_editable"
    with w.store.unit_of_work(readonly=True) as uow:
        actions = [a.action for a in uow.audit.for_order(order.id)]
    assert actions == ["create_draft", "update_fields", "submit"]


def test_roles_and_opd_are_enforced(w):
    order = w.draft()
    w.login("bendahara")
    with pytest.raises(WorkflowError) as e:
        w.orders.create_draft(1001, 1)
    assert e.value.code == "forbidden_role"
    with pytest.raises(WorkflowError):
        w.orders.set_qty(order.id, order.lines[0].id, 2)
    w.session.clear()
    with pytest.raises(WorkflowError) as e:
        w.orders.get(order.id)
    assert e.value.code == "not_logged_in"


def test_list_mine_and_cancel(w):
    order = w.draft()
    assert [o.id for o in w.orders.list_mine()] == [order.id]
    with pytest.raises(WorkflowError):
        w.orders.cancel(order.id, " ")
    cancelled = w.orders.cancel(order.id, "Anggaran dialihkan")
    assert cancelled.state is OrderState.DIBATALKAN
    assert cancelled.reasons[-1]["text"] == "Anggaran dialihkan"


def test_a_draft_survives_reopening_the_store(w, tmp_path):
    order = w.draft()
    w.orders.add_line(order.id, 1002, 3)
    w.store.close()
    again = Store.open(w.path)
    w2 = open_world(again, w.session, w.path)
    reopened = w2.orders.get(order.id)
    assert [ln.qty for ln in reopened.lines] == [10, 3]
    assert reopened.kode_rup == "51234567"
    with again.unit_of_work(readonly=True) as uow:
        assert len(uow.outbox.for_order(order.id)) == 1
    w.store = again


@POSIX_ONLY
def test_a_draft_survives_a_killed_process(tmp_path):
    """Autosave: every edit is committed with its outbox command, so SIGKILL right after loses nothing."""
    import os
    import signal
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import os, signal, pathlib
        from tests.services.workflow_world import make_world
        w = make_world(pathlib.Path({str(tmp_path)!r}))
        o = w.draft(1001, 10)
        w.orders.add_line(o.id, 1003, 4)
        w.orders.set_qty(o.id, o.lines[0].id, 15)
        print(o.id, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    proc = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": root})
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    order_id = proc.stdout.strip()
    store = Store.open(tmp_path / "blangkon.db")
    try:
        w = open_world(store, SessionState(clock=lambda: NOW), tmp_path / "blangkon.db")
        w.login("pp")
        order = w.orders.get(order_id)
        assert [(ln.name, ln.qty) for ln in order.lines] == [("Kertas HVS A4 80 gram", 15),
                                                             ("Map plastik kancing", 4)]
        with store.unit_of_work(readonly=True) as uow:
            (put,) = uow.outbox.for_order(order_id)
        assert [ln["qty"] for ln in json.loads(put.body)["lines"]] == [15, 4]
    finally:
        store.close()
