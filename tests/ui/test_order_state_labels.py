"""Order state names through the "OrderStates" Qt context (#13): Indonesian by default, English in the English
UI on every list that shows a state; printed documents keep the Indonesian of sync.protocol.STATE_LABELS."""

from __future__ import annotations

from desktop.services.order_view import CommandNote, OrderView
from desktop.ui.orders.model import COLUMNS, OrdersModel
from desktop.ui.widgets import order_states
from desktop.ui.widgets.order_states import state_label
from sync.protocol.states import STATE_LABELS, OrderState


def test_the_listed_sources_match_the_protocol_labels():
    assert set(order_states.SOURCE_TEXTS) == set(STATE_LABELS.values())


def test_every_state_has_an_english_name(i18n):
    assert state_label(OrderState.DIAJUKAN) == "Menunggu persetujuan PPK"
    assert i18n.set_language("en")
    english = {state: state_label(state) for state in OrderState}
    assert english[OrderState.DIAJUKAN] == "Awaiting PPK approval"
    assert all(english[state] != STATE_LABELS[state] for state in OrderState)
    assert state_label("DIBAYAR") == "Paid" and state_label("Draf") == "Draft"  # a code or a service's label


def test_the_order_list_shows_the_english_state(i18n):
    assert i18n.set_language("en")
    model = OrdersModel()
    model.set_orders([
        OrderView(id="o-1", opd_id="opd", version=1, state=OrderState.DIAJUKAN, created_by="u",
                  server_state=OrderState.DIAJUKAN),
        OrderView(id="o-2", opd_id="opd", version=1, state=OrderState.DIAJUKAN, created_by="u",
                  server_state=OrderState.DRAFT, command=CommandNote("submit", refused=True)),
    ])
    column = COLUMNS.index("state")
    texts = [model.data(model.index(row, column)) for row in range(2)]
    assert texts[0] == "Awaiting PPK approval"
    assert texts[1].startswith("Draft · ")
