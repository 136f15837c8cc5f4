"""Small helpers shared by the order workflow screens: error texts and money entry."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.errors import DomainError
from desktop.domain.messages import Message
from desktop.domain.money import parse_rupiah
from desktop.services.order_view import SYNC_STATUS_LABELS, OrderView, SyncStatus
from desktop.ui.i18n import render
from desktop.ui.widgets.labels import Labels

CONTEXT = "WorkflowMessages"
SYNC_CONTEXT = "SyncStatus"
# desktop.services.order_view.SYNC_STATUS_LABELS, marked here so lupdate files them for English
_SYNC_LABELS = (
    QT_TRANSLATE_NOOP("SyncStatus", "Tersimpan di PC ini saja"),
    QT_TRANSLATE_NOOP("SyncStatus", "Menunggu dikirim"),
    QT_TRANSLATE_NOOP("SyncStatus", "Terkirim"),
    QT_TRANSLATE_NOOP("SyncStatus", "Perlu perhatian"),
)
SYNC_STATUSES = Labels(SYNC_CONTEXT, SYNC_STATUS_LABELS, SyncStatus)


def sync_label(order: OrderView) -> str:
    """The order's sync status in the user's language (list, editor, history)."""
    return SYNC_STATUSES(order.sync_status)


def tr(text: str) -> str:
    """A message in the user's language: a `Message` through the one renderer; older plain texts are looked up
    in the "WorkflowMessages" context (only fixed sentences can match there)."""
    return render(text) if isinstance(text, Message) else QCoreApplication.translate(CONTEXT, text)


def error_text(exc: BaseException) -> str:
    """An actionable message, in the user's language, for any error a workflow service raises.

    Services raise typed errors whose `message` (or `detail` for protocol errors) is already written for the
    officer: a `Message` (code + parameters) rendered in the user's language, or an older plain text.
    """
    for attr in ("message", "detail"):
        text = getattr(exc, attr, None)
        if isinstance(text, str) and text:
            return tr(text)
    if isinstance(exc, PermissionError) and exc.args:
        return tr(exc.args[0] if isinstance(exc.args[0], str) else str(exc.args[0]))
    return QCoreApplication.translate(
        "WorkflowMessages", "Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, hubungi admin OPD "
        "dan sebutkan waktu kejadiannya.")


def parse_money(text: str) -> tuple[int | None, str]:
    """(amount, "") or (None, translated error that says what to type)."""
    try:
        return parse_rupiah(text), ""
    except DomainError as exc:
        return None, tr(exc.message)
