"""The officer's side of "the local store never loses work" (issue 15), Qt-free: what a damaged database offers
(the newest good backup and the unsent work it holds), the restore itself, and the daily backup at start."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop.store import Store, StoreError
from desktop.store.backups import Backups

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecoveryOffer:
    problem: str  # Indonesian: what happened
    backup_name: str | None  # None: no usable backup, only a fresh start is possible
    taken_at: str = ""  # ISO-8601 UTC; the UI reads it the officer's way
    drafts: int = 0
    unsent: int = 0


class LocalDataService:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.backups = Backups(self.db_path)

    def offer(self, error: BaseException) -> RecoveryOffer:
        problem = getattr(error, "message", "") or str(error)
        found = self.backups.newest_good()
        if found is None:
            return RecoveryOffer(problem, None)
        info, summary = found
        return RecoveryOffer(problem, info.path.name, info.taken_at.isoformat(), summary.drafts,
                             summary.unsent)

    def restore(self) -> str:
        """Set the damaged file aside and restore the newest good backup; returns what the officer should read."""
        aside, used = self.backups.restore()
        with Store.open(self.db_path) as store, store.unit_of_work(readonly=True) as uow:
            unsent = uow.outbox.pending_count()
        kept = f" Berkas lama disimpan sebagai {aside.name}." if aside is not None else ""
        if used is None:
            return f"Basis data baru yang kosong dibuat.{kept}"
        return (f"Dipulihkan dari cadangan {used.name}: {unsent} perintah belum terkirim siap dikirim.{kept} "
                "Periksa pesanan yang dibuat setelah cadangan itu.")

    def start_fresh(self) -> str:
        aside = self.backups.set_aside()
        return f"Basis data baru yang kosong dibuat. Berkas lama disimpan sebagai {aside.name if aside else '-'}."


def daily_backup_in_background(store: Store) -> threading.Thread | None:
    """The once-a-day copy, off the UI thread; an officer offline for a month still has recent backups."""
    if not store.backups.daily_due():
        return None

    def run() -> None:
        try:
            store.backup_now("daily")
        except (StoreError, OSError) as exc:
            log.warning("daily backup not written: %s", getattr(exc, "message", exc))

    worker = threading.Thread(target=run, name="daily-backup", daemon=True)
    worker.start()
    return worker
