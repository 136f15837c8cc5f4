"""Role names for the UI in the current language.

`sync.protocol.ROLE_LABELS` holds the Indonesian names (the protocol is Qt-free). Each appears here once as a
literal in the "RoleLabels" context, so lupdate collects it and blangkon_en.ts carries its English; `role_label`
accepts a Role, its code ("PA_KPA") or the Indonesian name itself (what services put in timelines).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui.widgets.labels import Labels
from sync.protocol.states import ROLE_LABELS, Role

CONTEXT = "RoleLabels"
# the same texts as ROLE_LABELS, listed so that lupdate sees them (a test keeps the two in step)
SOURCE_TEXTS = (
    QT_TRANSLATE_NOOP("RoleLabels", "Pejabat Pengadaan"),
    QT_TRANSLATE_NOOP("RoleLabels", "Pejabat Pembuat Komitmen"),
    QT_TRANSLATE_NOOP("RoleLabels", "Pejabat Pelaksana Teknis Kegiatan"),
    QT_TRANSLATE_NOOP("RoleLabels", "Bendahara Pengeluaran"),
    QT_TRANSLATE_NOOP("RoleLabels", "Pengguna/Kuasa Pengguna Anggaran"),
    QT_TRANSLATE_NOOP("RoleLabels", "Admin OPD"),
    QT_TRANSLATE_NOOP("RoleLabels", "Admin Provinsi"),
)
# how officers write a role in short (the status bar): the codes PA_KPA and BENDAHARA are internal
SHORT_TEXTS = {
    Role.PA_KPA: QT_TRANSLATE_NOOP("RoleLabels", "PA/KPA"),
    Role.BENDAHARA: QT_TRANSLATE_NOOP("RoleLabels", "Bendahara"),
    Role.ADMIN_OPD: QT_TRANSLATE_NOOP("RoleLabels", "Admin OPD"),
    Role.ADMIN_PROVINSI: QT_TRANSLATE_NOOP("RoleLabels", "Admin Provinsi"),
}


ROLES = Labels(CONTEXT, ROLE_LABELS, Role)


def role_label(role: Role | str) -> str:
    """The full role name, translated ("Pejabat Pembuat Komitmen" / "Commitment Officer (PPK)")."""
    return ROLES(role)


def desk_heading(role: Role | str) -> str:
    """The heading of a role's desk: "Meja Pengguna/Kuasa Pengguna Anggaran" — the role's own title, one owner."""
    return QCoreApplication.translate("RoleLabels", "Meja %1").replace("%1", role_label(role))


def role_short(role: Role | str) -> str:
    """The short form officers write: PP, PPK, PPTK, Bendahara, PA/KPA, Admin OPD (translated)."""
    found = ROLES.member(role)
    if found is None:
        return str(role)
    text = SHORT_TEXTS.get(found)
    return QCoreApplication.translate(CONTEXT, str(text)) if text else found.value
