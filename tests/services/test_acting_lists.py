"""#17: a Plt/Plh letter (as of the last sync) gives its holder the role's lists and login alerts while it runs."""

from __future__ import annotations

import datetime as dt
import json

from desktop.services.alerts_service import alert_role
from desktop.services.order_lists import RULES, OrderList, _delegated
from desktop.services.session import CurrentUser
from sync.client.delegations import key
from sync.protocol.delegation import ActingKind, Delegation
from sync.protocol.states import Role

OPD = "33.00-DINKES"


def letter(start: dt.date, end: dt.date, **over: object) -> dict[str, object]:
    d = Delegation(id="d1", opd_id=OPD, role=Role.PPK, kind=ActingKind.PLH, delegate_id="dewi",
                   delegate_name="Dewi", for_user_id="budi", for_name="Budi", starts_on=start.isoformat(),
                   ends_on=end.isoformat(), letter_number="800/1/2026", letter_date=start.isoformat())
    return {**d.to_dict(), **over}


def test_the_letter_gives_the_ppk_lists_and_alerts_only_while_it_runs(store):
    today = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=7)).date()
    dewi = CurrentUser("dewi", "dewi", "Dewi", Role.PP, OPD)
    sari = CurrentUser("sari", "sari", "Sari", Role.PP, OPD)
    with store.unit_of_work() as uow:
        uow.sync_state.set(key(OPD), json.dumps([letter(today, today + dt.timedelta(days=2))]))
    with store.unit_of_work(readonly=True) as uow:
        assert _delegated(uow, dewi, RULES[OrderList.PPK_INBOX].roles, today) is Role.PPK
        assert _delegated(uow, sari, RULES[OrderList.PPK_INBOX].roles, today) is None
        assert alert_role(uow, dewi, today) == "PPK" and alert_role(uow, dewi, today + dt.timedelta(days=3)) is None
        assert alert_role(uow, sari, today) is None
    with store.unit_of_work() as uow:
        uow.sync_state.set(key(OPD), json.dumps([letter(today, today, revoked=True)]))
    with store.unit_of_work(readonly=True) as uow:
        assert _delegated(uow, dewi, RULES[OrderList.PPK_INBOX].roles, today) is None and alert_role(uow, dewi, today) is None


def test_the_letter_runs_on_the_session_s_day_not_the_device_s(store):
    """Lists take the day from the caller (the session's server-corrected clock): a letter for 23-25 November
    2026 gives the PPK's inbox on 23 November whatever the PC's own clock says, and not on 26 November."""
    dewi = CurrentUser("dewi", "dewi", "Dewi", Role.PP, OPD)
    with store.unit_of_work() as uow:
        uow.sync_state.set(key(OPD), json.dumps([letter(dt.date(2026, 11, 23), dt.date(2026, 11, 25))]))
    with store.unit_of_work(readonly=True) as uow:
        roles = RULES[OrderList.PPK_INBOX].roles
        assert _delegated(uow, dewi, roles, dt.date(2026, 11, 23)) is Role.PPK
        assert _delegated(uow, dewi, roles, dt.date(2026, 11, 26)) is None
