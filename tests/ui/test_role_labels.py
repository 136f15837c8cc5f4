"""Role names through the "RoleLabels" Qt context: Indonesian source strings, English in blangkon_en.ts."""

from __future__ import annotations

from desktop.ui.widgets import roles
from desktop.ui.widgets.roles import role_label, role_short
from sync.protocol.states import ROLE_LABELS, Role


def test_the_listed_sources_match_the_protocol_labels():
    assert set(roles.SOURCE_TEXTS) == set(ROLE_LABELS.values())


def test_indonesian_by_default_and_english_when_switched(i18n):
    assert role_label(Role.PPK) == "Pejabat Pembuat Komitmen"
    assert role_label("PA_KPA") == "Pengguna/Kuasa Pengguna Anggaran"
    assert role_short(Role.BENDAHARA) == "Bendahara" and role_short(Role.PP) == "PP"
    assert i18n.set_language("en")
    assert role_label(Role.PPK) == "Commitment Officer"
    assert role_label("Bendahara Pengeluaran") == "Expenditure Treasurer"  # a label from a timeline
    assert role_short(Role.BENDAHARA) == "Treasurer" and role_short(Role.PA_KPA) == "PA/KPA"
    assert all(role_label(r) != ROLE_LABELS[r] for r in Role)  # every role has English
    assert role_label("SOMETHING") == "SOMETHING"
