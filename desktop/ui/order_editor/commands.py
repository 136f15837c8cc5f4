"""One QUndoCommand per user action in the order editor (Spine Toolbox's lesson).

A command never touches the database itself: it hands a plain function `(OrderService) -> OrderView` to the
editor's `apply` callback, which runs it on the DB lane and repaints with the result. Because the DB lane is
serial, undo/redo operations reach the store in the order the officer pressed them, and every step is saved
(autosave) together with its outbox command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.services.order_view import LineView, OrderView
from desktop.services.orders import OrderService

Op = Callable[[OrderService], OrderView]
Apply = Callable[[Op], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderEditorCommands", text)


class _EditorCommand(QUndoCommand):
    def __init__(self, apply: Apply, text: str) -> None:
        super().__init__(text)
        self._apply = apply

    def _do(self, service: OrderService) -> OrderView:
        raise NotImplementedError

    def _undo(self, service: OrderService) -> OrderView:
        raise NotImplementedError

    def redo(self) -> None:
        self._apply(self._do)

    def undo(self) -> None:
        self._apply(self._undo)


class AddLineCommand(_EditorCommand):
    def __init__(self, apply: Apply, order_id: str, product_id: int, qty: int, line_id: str, name: str) -> None:
        super().__init__(apply, _tr("Tambah %1").replace("%1", name))
        self.order_id, self.product_id, self.qty, self.line_id = order_id, product_id, qty, line_id

    def _do(self, service: OrderService) -> OrderView:
        return service.add_line(self.order_id, self.product_id, self.qty, line_id=self.line_id)

    def _undo(self, service: OrderService) -> OrderView:
        return service.remove_line(self.order_id, self.line_id)


class RemoveLineCommand(_EditorCommand):
    def __init__(self, apply: Apply, order_id: str, line: LineView, index: int) -> None:
        super().__init__(apply, _tr("Hapus %1").replace("%1", line.name))
        self.order_id, self.line, self.index = order_id, line, index

    def _do(self, service: OrderService) -> OrderView:
        return service.remove_line(self.order_id, self.line.id)

    def _undo(self, service: OrderService) -> OrderView:
        return service.restore_line(self.order_id, self.line, self.index)


class ChangeQtyCommand(_EditorCommand):
    def __init__(self, apply: Apply, order_id: str, line: LineView, new_qty: int) -> None:
        super().__init__(apply, _tr("Ubah jumlah %1").replace("%1", line.name))
        self.order_id, self.line_id, self.old, self.new = order_id, line.id, line.qty, new_qty

    def _do(self, service: OrderService) -> OrderView:
        return service.set_qty(self.order_id, self.line_id, self.new)

    def _undo(self, service: OrderService) -> OrderView:
        return service.set_qty(self.order_id, self.line_id, self.old)


class ChangeFieldCommand(_EditorCommand):
    def __init__(self, apply: Apply, order_id: str, field: str, label: str, old: object, new: object) -> None:
        super().__init__(apply, _tr("Ubah %1").replace("%1", label))
        self.order_id, self.field, self.old, self.new = order_id, field, old, new

    def _do(self, service: OrderService) -> OrderView:
        return service.update_fields(self.order_id, **{self.field: self.new})

    def _undo(self, service: OrderService) -> OrderView:
        return service.update_fields(self.order_id, **{self.field: self.old})
