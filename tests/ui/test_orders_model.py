"""Order list timestamps are shown in WIB, as officers read them."""

from desktop.ui.orders.model import local_stamp


def test_stamps_in_wib():
    # #13.15: every date the officer reads is "23 November 2026", never 23/11/2026 or 2026-11-23
    assert local_stamp("2026-11-23T03:10:00Z") == "23 November 2026 10.10 WIB"
    assert local_stamp("2026-11-23T20:05:00.123456+00:00") == "24 November 2026 03.05 WIB"
    assert local_stamp("2026-11-23T03:10:00") == "23 November 2026 10.10 WIB"  # naive stamps are UTC
    assert local_stamp("") == ""


def test_state_column_shows_the_servers_state_with_the_command_beside_it(qapp):
    """#21.5: a refused submit reads "Draf · pengajuan ditolak server", never "Menunggu persetujuan PPK"."""
    from desktop.services.order_view import COMMAND_LABELS, CommandNote, OrderView
    from desktop.ui.orders.model import COMMAND_TEXTS, OrdersModel
    from sync.protocol.states import OrderState

    assert COMMAND_TEXTS == COMMAND_LABELS  # the UI's literals (for lupdate) are the service's words
    model = OrdersModel()
    refused = OrderView(id="o-1", opd_id="opd", version=1, state=OrderState.DIAJUKAN, created_by="u",
                        server_state=OrderState.DRAFT, command=CommandNote("submit", refused=True))
    waiting = OrderView(id="o-2", opd_id="opd", version=2, state=OrderState.DISETUJUI, created_by="u",
                        server_state=OrderState.DIAJUKAN, command=CommandNote("approve", refused=False))
    settled = OrderView(id="o-3", opd_id="opd", version=3, state=OrderState.DIAJUKAN, created_by="u",
                        server_state=OrderState.DIAJUKAN)
    model.set_orders([refused, waiting, settled])
    texts = [model.data(model.index(row, 3)) for row in range(3)]
    assert texts == ["Draf · pengajuan ditolak server", "Menunggu persetujuan PPK · persetujuan (SP) menunggu dikirim",
                     "Menunggu persetujuan PPK"]
