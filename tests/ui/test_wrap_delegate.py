"""Multi-line message lists (the editor's check panel) size each item to its wrapped text at the view's width."""

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from desktop.ui.widgets.wrap_delegate import WrapDelegate

TEXT = ("✓ Sesuai — Pembuat berbeda dengan penyetuju\nPesanan akan disetujui PPK: PPK Dinas Pendidikan dan "
        "Kebudayaan Provinsi Jawa Tengah.")


def test_items_grow_when_the_view_narrows(qtbot):
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel([TEXT]))
    delegate = WrapDelegate(view)
    view.setItemDelegate(delegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    index = view.model().index(0, 0)
    view.show()
    view.resize(900, 300)
    qtbot.waitUntil(lambda: view.viewport().width() > 800, timeout=3000)
    wide = delegate.sizeHint(option, index)
    view.resize(260, 300)
    qtbot.waitUntil(lambda: view.viewport().width() < 300, timeout=3000)
    narrow = delegate.sizeHint(option, index)
    line = view.fontMetrics().lineSpacing()
    assert wide.height() >= 2 * line and narrow.height() >= 4 * line > wide.height()
    assert narrow.width() < wide.width()
