"""The editor's typed fields as one table: what each widget holds now, what the store holds, and whether the
officer has typed something the store does not have yet.

Two defects came from treating the fields one by one (#13.6, #13.8): a save's repaint overwrote the next field
while the officer was typing in it (the characters typed right after Tab were lost), and the "tersimpan" mark
was shown while typed text existed only in a widget. Now a repaint skips a field with unsaved typing, and the
mark reads from `dirty_fields`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from desktop.domain.money import format_rupiah
from desktop.services.order_view import OrderView
from desktop.ui.order_editor.view import OrderEditorView
from desktop.ui.orders.common import parse_money
from desktop.ui.widgets.date_field import parse_date

FieldValue = str | int | dt.date | None

# A field that cannot be read (an unparseable amount or date) is dirty but not savable yet.
UNREADABLE = object()


def combo_value(combo: QComboBox) -> str:
    """The code chosen or typed in a (possibly editable) combo: the item's data, else the text before " — "."""
    if not combo.isEditable():
        return str(combo.currentData() or "")
    text = combo.currentText().strip()
    idx = combo.findText(text)
    data = combo.itemData(idx) if idx >= 0 else None
    return str(data) if data else text.split(" — ")[0].strip()


@dataclass(frozen=True)
class TypedField:
    name: str  # the OrderView / update_fields name
    edit: Callable[[OrderEditorView], QLineEdit]  # the line edit the officer types in
    label: Callable[[OrderEditorView], QLabel]  # names the undo step
    read: Callable[[OrderEditorView], object]  # the value now, or UNREADABLE
    shown: Callable[[OrderView], str]  # how the stored value is written into the widget


def _text(attr: str) -> Callable[[OrderEditorView], object]:
    def read(v: OrderEditorView) -> object:
        edit: QLineEdit = getattr(v, attr)
        return edit.text().strip()

    return read


def _shipping(v: OrderEditorView) -> object:
    text = v.shipping.text().strip()
    if not text:
        return 0
    amount, _error = parse_money(text)
    return UNREADABLE if amount is None else amount


def _date(v: OrderEditorView) -> object:
    text = v.delivery_date.edit.text().strip()
    if not text:
        return None
    return parse_date(text) or UNREADABLE


TYPED_FIELDS: tuple[TypedField, ...] = (
    TypedField("kode_rup", lambda v: v.kode_rup, lambda v: v.lbl_kode_rup, _text("kode_rup"), lambda o: o.kode_rup),
    TypedField("sub_kegiatan", lambda v: v.sub_kegiatan_edit, lambda v: v.lbl_sub,
               lambda v: combo_value(v.sub_kegiatan), lambda o: o.sub_kegiatan),
    TypedField("kode_rekening", lambda v: v.kode_rekening_edit, lambda v: v.lbl_rek,
               lambda v: combo_value(v.kode_rekening), lambda o: o.kode_rekening),
    TypedField("delivery_address", lambda v: v.delivery_address, lambda v: v.lbl_address,
               _text("delivery_address"), lambda o: o.delivery_address),
    TypedField("delivery_date", lambda v: v.delivery_date.edit, lambda v: v.lbl_date, _date,
               lambda o: f"{o.delivery_date:%d/%m/%Y}" if o.delivery_date else ""),
    TypedField("shipping", lambda v: v.shipping, lambda v: v.lbl_shipping, _shipping,
               lambda o: format_rupiah(o.shipping) if o.shipping else ""),
    TypedField("notes", lambda v: v.notes, lambda v: v.lbl_notes, _text("notes"), lambda o: o.notes),
)
BY_NAME = {f.name: f for f in TYPED_FIELDS}


def stored(order: OrderView, name: str) -> FieldValue:
    value: FieldValue = getattr(order, name)
    return value


def dirty_fields(view: OrderEditorView, known: Callable[[str], FieldValue]) -> list[TypedField]:
    """Fields whose widget holds something else than the value last saved (or sent to be saved)."""
    return [f for f in TYPED_FIELDS if f.read(view) != known(f.name)]
