"""Refusals of the shared order lifecycle (sync.protocol) as Messages.

sync.protocol is standard-library only and shared with the server, so its refusals are plain Indonesian
sentences. The services turn the ones the lifecycle table can say into Messages of desktop/services/texts.py
(the same Indonesian text, read again in the user's language); anything else stays the server's or the
protocol's own sentence. tests/services/test_protocol_refusals.py keeps the two tables in step.
"""

from __future__ import annotations

import re

from desktop.services.order_view import WorkflowError
from desktop.services.texts import SERVICE_TEXTS
from sync.protocol.errors import ProtocolError
from sync.protocol.lifecycle import SOD_RULES

# code in SERVICE_TEXTS → the protocol's sentence, with named groups for the parameters
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(pattern)) for code, pattern in (
        ("action_not_in_state", r"Aksi '(?P<action>[\w ]+)' tidak dapat dilakukan pada pesanan berstatus (?P<state>\w+)\."),
        ("action_roles_only", r"Aksi '(?P<action>[\w ]+)' hanya boleh dilakukan oleh: (?P<roles>.+)\."),
        ("order_not_editable", r"Pesanan berstatus (?P<state>\w+) tidak dapat diubah; gunakan adendum atau batalkan\."),
    ))
_FIXED = {
    "Pembayaran belum disetujui PA/KPA (setuju dibayar). Minta otorisasi terlebih dahulu.": "payment_not_authorized",
    "Pembayaran sudah diotorisasi PA/KPA.": "payment_already_authorized",
    "Hanya Pejabat Pengadaan atau PPK yang boleh menyusun pesanan.": "forbidden_role",
    **{rule.message: f"sod_{rule.action.value}_{rule.barred}" for rule in SOD_RULES},
}


def protocol_text(detail: str) -> str:
    """The lifecycle's sentence as a Message when it is one we know (same Indonesian), else unchanged."""
    if detail in _FIXED:
        return SERVICE_TEXTS(_FIXED[detail])
    for code, pattern in _PATTERNS:
        found = pattern.fullmatch(detail)
        if found:
            return SERVICE_TEXTS(code, **found.groupdict())
    return detail


def refusal(exc: ProtocolError) -> WorkflowError:
    """The WorkflowError for a refusal of the lifecycle (same code)."""
    return WorkflowError(exc.code.value, protocol_text(exc.detail))
