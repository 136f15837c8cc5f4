"""#21.4: drafts are re-checked against the local catalog replica — after every sync, on opening the draft and
before submit — so the editor never shows an old price as current and the pre-submission check never says all
is well when the replica already knows better."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from desktop.services.order_view import WorkflowError
from tests.e2e.desks import OPD, cheap_products
from tests.server.live import start_server
from tests.sync.kit import ServerView
from tests.sync.server_side import change_products


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=300, seed=41)
    yield srv
    srv.stop()


def _stale_checks(desk, order_id):
    return [c for c in desk.orders.precheck(order_id) if c.code == "stale_line" and c.blocking]


def test_a_sync_flags_and_clears_a_draft_line(live, make_desk):
    view = ServerView(live)
    pc = make_desk("pc1")
    pc.login("pp", live.account("PP", OPD))
    pc.sync("pp")
    (product,) = cheap_products(pc)
    draft = pc.draft_ready(product.id, 2)
    row = next(r for r in view.products() if r["id"] == product.id)
    change_products(live, [row], price=product.price + 700)
    assert pc.sync("pp").stale_lines == 1
    line = pc.orders.get(draft.id).lines[0]
    assert (line.flag, line.current_price) == ("price_changed", product.price + 700)
    assert _stale_checks(pc, draft.id)
    with pytest.raises(WorkflowError):
        pc.orders.submit(draft.id)
    change_products(live, [row], price=product.price)  # back to the quoted price: the flag goes away
    assert pc.sync("pp").stale_lines == 0
    assert pc.orders.get(draft.id).lines[0].flag is None and not _stale_checks(pc, draft.id)


def test_opening_and_submitting_read_the_replica_even_without_a_sync_flag(live, make_desk):
    pc = make_desk("pc2")
    pc.login("pp", live.account("PP", OPD))
    pc.sync("pp")
    keep, gone = cheap_products(pc, 2)
    draft = pc.draft_ready(keep.id, 1)
    pc.orders.add_line(draft.id, gone.id, 1)
    # the replica learns of a delisting by a path that flags nothing (e.g. a fresh snapshot swapped in)
    with pc.client.store.unit_of_work() as uow:
        product = uow.catalog.get_product(gone.id)
        uow.catalog.upsert_products([{**asdict(product), "version": product.version + 1, "status": "delisted"}])
    assert pc.orders.get(draft.id).lines[1].flag is None  # nothing stored yet …
    assert _stale_checks(pc, draft.id)  # … but the check reads the replica
    with pytest.raises(WorkflowError):
        pc.orders.submit(draft.id)
    opened = pc.orders.recheck(draft.id)  # what the editor calls when it opens the draft
    assert [ln.flag for ln in opened.lines] == [None, "product_unavailable"]
