"""Unsent work on this PC, per officer, for logging out and logging in (#21.8).

Decided (docs/DESIGN.md, SYNC.md §7): every queued command carries the officer who made it and is only ever
sent with that officer's own session — the refresh token kept in the OS keyring. After that officer logs out,
a later sync (by anyone on this PC) still delivers those commands under that officer's name, never under the
name of whoever is signed in; when that officer's session has lapsed they wait until that officer logs in
again. Refused commands wait for that officer's decision.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.db import Store


@dataclass(frozen=True)
class UnsentWork:
    mine_waiting: int = 0  # my commands not yet accepted by the server (sent under my name later)
    mine_refused: int = 0  # my commands the server refused: only I can resolve them
    others: tuple[tuple[str, int], ...] = ()  # (officer's name, commands waiting) of other officers on this PC

    @property
    def mine(self) -> int:
        return self.mine_waiting + self.mine_refused


def unsent_work(store: Store, user_id: str) -> UnsentWork:
    with store.unit_of_work(readonly=True) as uow:
        counts = uow.outbox.unsettled_by_actor()
        names = {u.id: u.full_name or u.username for u in uow.users.list()}
    waiting, refused = counts.pop(str(user_id), (0, 0))
    others = tuple(sorted((names.get(actor, actor), w + r) for actor, (w, r) in counts.items() if w + r))
    return UnsentWork(waiting, refused, others)
