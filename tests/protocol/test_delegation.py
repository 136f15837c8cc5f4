"""#17: the Plt / Plh rule both ends share — dates, overlaps, the role it adds, separation of duties kept."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.delegation import (
    ActingKind,
    Delegation,
    DelegationRequest,
    acting_stamp,
    acting_title,
    acting_under,
    check_new,
    effective_actor,
)
from sync.protocol.lifecycle import Actor, OrderFacts, check
from sync.protocol.states import Action, OrderState, Role

TODAY = dt.date(2026, 12, 7)


def letter(**over: object) -> Delegation:
    base = Delegation(id="d1", opd_id="33.00-DINKES", role=Role.PPK, kind=ActingKind.PLH, delegate_id="dewi",
                      delegate_name="Dewi Lestari", for_user_id="ppk", for_name="Budi Santoso",
                      starts_on="2026-12-07", ends_on="2026-12-11", letter_number="800/457/2026",
                      letter_date="2026-12-04", delegate_nip="198503122010012004")
    return dataclasses.replace(base, **over)  # type: ignore[arg-type]


def test_titles_are_the_printed_ones() -> None:
    assert acting_title("PLH", "PPK") == "Plh. Pejabat Pembuat Komitmen"
    assert acting_title(ActingKind.PLT, Role.BENDAHARA) == "Plt. Bendahara Pengeluaran"
    assert letter().title == "Plh. Pejabat Pembuat Komitmen"


@pytest.mark.parametrize(("over", "words"), [
    ({"ends_on": "2026-12-06"}, "sebelum tanggal mulai"),
    ({"starts_on": "2026-11-01", "ends_on": "2026-12-06"}, "sudah berakhir pada 6 Desember 2026"),
    ({"for_user_id": "dewi"}, "dirinya sendiri"),
    ({"ends_on": "2027-12-31"}, "paling lama satu tahun"),
])
def test_refused_with_a_clear_message(over: dict[str, object], words: str) -> None:
    with pytest.raises(ProtocolError) as err:
        check_new(letter(**over), [], TODAY)
    assert err.value.code is ErrorCode.VALIDATION_ERROR and words in err.value.detail


def test_overlap_for_the_same_official_and_role_is_refused() -> None:
    existing = [letter()]
    with pytest.raises(ProtocolError) as err:
        check_new(letter(id="d2", delegate_id="sari", starts_on="2026-12-11", ends_on="2026-12-15"), existing, TODAY)
    assert err.value.code is ErrorCode.DELEGATION_CONFLICT
    assert "Plh. Pejabat Pembuat Komitmen Dewi Lestari menggantikan Budi Santoso" in err.value.detail
    assert "7 Desember 2026 s.d. 11 Desember 2026" in err.value.detail
    # the day after, another official, another role, a vacant post, or a revoked letter: no overlap
    check_new(letter(id="d2", starts_on="2026-12-12", ends_on="2026-12-15"), existing, TODAY)
    check_new(letter(id="d2", for_user_id="ppk2"), existing, TODAY)
    check_new(letter(id="d2", role=Role.BENDAHARA, for_user_id="bend"), existing, TODAY)
    check_new(letter(id="d2", for_user_id=None, kind=ActingKind.PLT), existing, TODAY)
    check_new(letter(id="d2"), [letter(revoked=True)], TODAY)


def test_the_role_counts_from_the_first_to_the_last_day_only() -> None:
    held = [letter()]
    pp = Actor.of("dewi", Role.PP)
    order = OrderFacts(state=OrderState.DIAJUKAN, created_by="andi")
    for day, allowed in ((dt.date(2026, 12, 6), False), (dt.date(2026, 12, 7), True),
                         (dt.date(2026, 12, 11), True), (dt.date(2026, 12, 12), False)):
        actor = effective_actor(pp, held, day)
        assert (Role.PPK in actor.roles) is allowed and Role.PP in actor.roles
        assert (acting_under(held, "dewi", Role.PPK, day) is not None) is allowed
        if allowed:
            assert check(order, Action.APPROVE, actor) is OrderState.DISETUJUI
        else:
            with pytest.raises(ProtocolError) as err:
                check(order, Action.APPROVE, actor)
            assert err.value.code is ErrorCode.FORBIDDEN_ROLE
    assert effective_actor(pp, [letter(revoked=True)], TODAY).roles == pp.roles
    assert effective_actor(Actor.of("sari", Role.PP), held, TODAY).roles == {Role.PP}  # not hers


def test_separation_of_duties_still_holds_for_a_delegate() -> None:
    actor = effective_actor(Actor.of("dewi", Role.PP), [letter()], TODAY)
    own = OrderFacts(state=OrderState.DIAJUKAN, created_by="dewi")
    with pytest.raises(ProtocolError) as err:
        check(own, Action.APPROVE, actor)
    assert "tidak boleh menyetujuinya sendiri" in err.value.detail


def test_request_is_checked_and_the_stamp_names_the_letter() -> None:
    good = {"role": "PPK", "kind": "PLH", "delegate": "dewi", "starts_on": "2026-12-07", "ends_on": "2026-12-11",
            "letter_number": "800/457/2026", "letter_date": "2026-12-04", "delegate_nip": "19850312 201001 2 004"}
    assert DelegationRequest.from_dict(good).kind is ActingKind.PLH
    for bad, words in (({"role": "PP"}, "PPK, PA_KPA atau BENDAHARA"), ({"kind": "PJS"}, "kind"),
                       ({"delegate_nip": "1985"}, "18 angka"), ({"letter_number": "x"}, "Nomor surat"),
                       ({"ends_on": "2026-02-30"}, "Tanggal selesai"), ({"extra": 1}, "extra")):
        with pytest.raises(ProtocolError) as err:
            DelegationRequest.from_dict({**good, **bad})
        assert words in err.value.detail
    stamp = acting_stamp(letter())
    assert stamp["title"] == "Plh. Pejabat Pembuat Komitmen" and stamp["letter_number"] == "800/457/2026"
    assert stamp["nip"] == "198503122010012004" and stamp["delegation_id"] == "d1"
    assert Delegation.from_dict(letter().to_dict()) == letter()
