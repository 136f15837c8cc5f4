"""Wires the status strip to the sync service through the task runner.

The sync service is the app's SyncFacade (desktop/app/sync_wiring.py), used through the calls in `SyncPort`:
`queue_counts(user_id)` (what waits, what the server refused), `last_success()` (server time),
`run_once(cancel, progress, manual=...)` (manual=True for the button/F5, False for the background timer, so the
queue's back-off holds) and `probe()` (is the server reachable now). Progress arrives as an object with an
Indonesian source `label`, `done` and `total` (or a plain text); the label is translated here. A report may carry
a `notice` code (partial pass), an error may carry a `code`; both are shown as translated messages that say what
to do next. Counts are per user: on a shared PC each officer sees only the commands they queued themselves.

One fact decides every connection word on the strip (#13.2, #21.9): `reached` — did the last contact with the
server (login, sync or the periodic probe) get through. The officer's label shows name and role only, so the
strip can never say "luring" and "Terhubung" at once; the probe makes "Terhubung" go away within one refresh of
the network going, and a server that comes back gets what waited sent at once.
"""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from desktop.services.context import QueueCounts, SyncControl
from desktop.ui.i18n import long_stamp, message_of
from desktop.ui.screen import UiContext
from desktop.ui.status.view import StatusView
from desktop.ui.tasks import LatestReads
from desktop.ui.widgets.roles import role_short

REFRESH_MS = 15_000
RECOUNT_MS = 150
AUTO_SYNC_MS = 5 * 60_000  # background sync while online: queued commands leave without anyone pressing F5
# codes from the sync wiring (a partial pass's notice, a failed pass's error code) → what the officer reads
SYNC_MESSAGES: dict[str, str] = {
    "partial_retry": str(QT_TRANSLATE_NOOP(
        "StatusController", "Sinkron sebagian: beberapa pesanan belum terkirim karena jaringan. Tidak ada yang "
        "hilang; dicoba lagi otomatis, atau tekan Sinkronkan sekarang")),
    "partial_login": str(QT_TRANSLATE_NOOP(
        "StatusController", "Sinkron sebagian: pesanan pengguna lain di PC ini menunggu mereka masuk lagi. Tidak "
        "ada yang hilang; minta mereka masuk, lalu sinkronkan")),
    "partial_catalog": str(QT_TRANSLATE_NOOP(
        "StatusController", "Sinkron sebagian: katalog belum cocok dengan server dan diperiksa ulang pada "
        "sinkronisasi berikutnya. Pesanan Anda aman; tekan Sinkronkan sekarang")),
    "partial_sealed": str(QT_TRANSLATE_NOOP(
        "StatusController", "Sinkron sebagian: beberapa perintah tidak dikirim karena isinya terenkripsi dengan "
        "kunci yang tidak ada di sesi ini. Tetap di antrean, tidak hilang; masuk dengan akun Anda, lalu sinkronkan")),
    "partial_parked": str(QT_TRANSLATE_NOOP(
        "StatusController", "Sinkron sebagian: satu atau beberapa pesanan dari server tidak dapat disimpan di PC "
        "ini dan ditahan; pesanan lain tetap diunduh. Sampaikan ke admin OPD")),
    "sync_error": str(QT_TRANSLATE_NOOP(
        "StatusController", "Sinkronisasi terhenti karena masalah di komputer ini (misalnya disk penuh). Tidak "
        "ada yang hilang; kosongkan ruang disk atau buka ulang aplikasi, lalu sinkronkan lagi")),
}


def format_server_time(value: dt.datetime) -> str:
    return long_stamp(value)


class StatusController(QObject):
    sync_finished = Signal(object)  # the report, or the exception
    state_changed = Signal(str)

    def __init__(self, ctx: UiContext, view: StatusView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.state = "idle"  # idle | syncing | offline | error | unavailable
        self.pending = 0  # this officer's commands that wait to go out
        self.refused = 0  # …that the server refused (the officer must resolve them)
        self.held = 0  # …queued behind a refused one
        self.last_success: dt.datetime | None = None
        self.last_error = ""
        self.error_code: str | None = None  # a known failure: its own message instead of last_error
        self.notice: str | None = None  # what the last (partial) pass left for later
        self.reached: bool | None = None  # did the last contact reach the server? None: not tried this session
        self._cancel: threading.Event | None = None
        self._probing = False
        self._progress = ""  # the latest phase of the running sync, as shown
        # the queue counts asked for last win: a recount read during a sync that answers after the recount that
        # follows it would put back "Menunggu dikirim: 1" for a queue the sync just emptied, until the next tick
        self._reads = LatestReads(ctx.tasks)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.tick)
        self._auto = QTimer(self)
        self._auto.setInterval(AUTO_SYNC_MS)
        self._auto.timeout.connect(self.auto_sync)
        # every local write (a saved draft, a queued transition) may change the queue: recount soon after,
        # coalescing a burst of autosaves into one read
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_MS)
        self._recount.timeout.connect(self.refresh)
        add_listener = getattr(ctx.tasks, "add_write_listener", None)
        if add_listener is not None:
            add_listener(self.recount_soon)
        view.sync_button.clicked.connect(self.sync_now)
        if self.ctx.services.sync is None:
            self.state = "unavailable"
        self.retranslate()

    @property
    def sync(self) -> SyncControl | None:
        return self.ctx.services.sync

    def reset(self) -> None:
        """A different officer logged in: forget whether the previous session reached the server."""
        self.reached = None
        self.last_error = ""
        self.error_code = self.notice = None
        if self.state != "syncing" and self.state != "unavailable":
            self.state = "idle"

    def start(self) -> None:
        self._timer.start()
        self._auto.start()
        self.tick()

    def tick(self) -> None:
        """Every REFRESH_MS: recount the queue and check the server is still there."""
        self.refresh()
        self.probe()

    def stop(self) -> None:
        self._timer.stop()
        self._recount.stop()
        self._auto.stop()
        if self._cancel is not None:
            self._cancel.set()

    # --- data -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        user = self.ctx.session.current_user
        sync = self.sync
        if sync is None or user is None:
            self.render()
            return
        self._reads.run("counts", lambda: (sync.queue_counts(user.id), sync.last_success()), self._on_counts,
                        lambda exc: self.render())

    def probe(self) -> None:
        """Is the server reachable now (I/O lane)? Skipped while a sync runs: that sync will tell."""
        sync = self.sync
        if sync is None or self.ctx.session.current_user is None or self.state == "syncing" or self._probing:
            return
        self._probing = True
        self.ctx.tasks.run_io(sync.probe, on_done=self._on_probe, on_error=lambda exc: self._on_probe(False))

    def _on_probe(self, ok: bool) -> None:
        self._probing = False
        if self.state == "syncing" or self.ctx.session.current_user is None:
            return
        came_back = bool(ok) and self.reached is not True
        self.reached = bool(ok)
        if ok and self.state == "offline":
            self._set_state("idle")
        elif not ok and self.state == "idle":
            self.last_error = ""
            self._set_state("offline")
        else:
            self.render()
        if came_back:
            self.sync_now()  # the network is back: what waited goes now (SYNC.md §7: connectivity change)

    def recount_soon(self) -> None:
        if self._timer.isActive():  # only while the strip is live (between start() and stop())
            self._recount.start()

    def _on_counts(self, result: tuple[QueueCounts, dt.datetime | None]) -> None:
        counts, self.last_success = result
        self.pending, self.refused, self.held = counts.waiting, counts.refused, counts.held
        self.render()

    def auto_sync(self) -> None:
        """Periodic sync for an officer logged in online; skipped offline or while a sync runs."""
        user = self.ctx.session.current_user
        if user is not None and self._online(user) and self.state in ("idle", "offline"):
            self._start_sync(manual=False)

    def sync_now(self) -> None:
        """"Sinkronkan sekarang" (button, F5, the first pass after an online login): waiting commands go at once."""
        self._start_sync(manual=True)

    def _start_sync(self, *, manual: bool) -> None:
        sync = self.sync
        if sync is None or self.state == "syncing" or self.ctx.session.current_user is None:
            return
        self._set_state("syncing")
        cancel = threading.Event()
        self._cancel = cancel
        # the I/O lane: network never blocks DB writes or the UI thread
        self.ctx.tasks.run_io(lambda report: sync.run_once(cancel, report, manual=manual), on_done=self._on_synced,
                              on_error=self._on_sync_error, on_progress=self._on_progress)

    def progress_text(self, value: object) -> str:
        label = getattr(value, "label", None)
        if not label:
            return getattr(value, "message", None) or (value if isinstance(value, str) else "")
        text = self.tr(label)
        done, total = getattr(value, "done", 0), getattr(value, "total", None)
        if total:
            return f"{text} {done}/{total}"
        return f"{text} ({done})" if done else text

    def _on_progress(self, value: object) -> None:
        text = self.progress_text(value)
        if text:
            # kept, so a recount that renders the strip mid-sync does not wipe the phase the officer sees
            self._progress = str(text)
            self.view.connection_label.setText(self.tr("Menyinkronkan: %1").replace("%1", self._progress))

    def _on_synced(self, report: object) -> None:
        self.last_error = ""
        self.error_code = None
        notice = getattr(report, "notice", None)
        self.notice = notice if isinstance(notice, str) and notice in SYNC_MESSAGES else None
        self.reached = True
        self._set_state("idle")
        self.sync_finished.emit(report)
        self.refresh()

    def _on_sync_error(self, exc: BaseException) -> None:
        offline = isinstance(exc, OSError)  # ConnectionError and requests' network errors are OSErrors
        self.reached = False if offline else self.reached
        self.last_error = message_of(exc) or str(exc)
        code = getattr(exc, "code", None)
        self.error_code = code if isinstance(code, str) and code in SYNC_MESSAGES else None
        self.notice = None
        self._set_state("offline" if offline else "error")
        self.sync_finished.emit(exc)
        self.refresh()

    def _set_state(self, state: str) -> None:
        self.state = state
        self._progress = ""
        if state == "syncing":
            self.notice = None
        self.state_changed.emit(state)
        self.render()

    # --- texts ----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.view.sync_button.setText(self.tr("Sinkronkan sekarang"))
        self.view.sync_button.setToolTip(self.tr("Kirim pesanan yang menunggu dan ambil perubahan katalog (F5)"))
        self.render()

    def _online(self, user: object) -> bool:
        if self.reached is not None:
            return self.reached
        return bool(getattr(user, "online", False))

    def render(self) -> None:
        v = self.view
        user = self.ctx.session.current_user
        if user is None:
            v.user_label.setText(self.tr("Belum masuk"))
        else:
            v.user_label.setText(f"{user.full_name} ({role_short(user.role)})")
        texts = {
            "idle": self.tr("Terhubung ke server") if self._online(user) else self.tr("Bekerja tanpa koneksi"),
            "syncing": self.tr("Menyinkronkan: %1").replace("%1", self._progress) if self._progress
            else self.tr("Menyinkronkan…"),
            "offline": self.tr("Server tidak terjangkau — data tersimpan di komputer ini, coba lagi nanti"),
            "error": self.tr(SYNC_MESSAGES[self.error_code]) if self.error_code else self.tr(
                "Sinkronisasi gagal: %1 — coba lagi, atau hubungi admin bila berulang").replace("%1", self.last_error),
            "unavailable": self.tr("Sinkronisasi belum tersedia di versi ini"),
        }
        if self.state == "idle" and self.notice:
            texts["idle"] = self.tr(SYNC_MESSAGES[self.notice])
        text = texts.get(self.state, "")
        v.connection_label.setText(text)
        server = self.ctx.services.server
        host = server.host() if server is not None else ""
        v.connection_label.setToolTip(f"{text}\n" + self.tr("Server: %1").replace("%1", host) if host else text)
        v.pending_label.setText(self.tr("Menunggu dikirim: %1").replace("%1", str(self.pending)))
        v.refused_label.setVisible(self.refused > 0)
        v.refused_label.setText(self.tr("Ditolak server: %1").replace("%1", str(self.refused)))
        v.refused_label.setToolTip(self.tr(
            "Perintah yang ditolak server tidak dikirim ulang sendiri: buka pesanannya, baca alasannya, lalu "
            "perbaiki atau batalkan.") + (" " + self.tr("%1 perintah lain menunggu di belakangnya.").replace(
                "%1", str(self.held)) if self.held else ""))
        if self.last_success is None:
            v.last_sync_label.setText(self.tr("Belum pernah sinkron"))
        else:
            v.last_sync_label.setText(self.tr("Sinkron terakhir: %1").replace(
                "%1", format_server_time(self.last_success)))
        v.sync_button.setEnabled(self.sync is not None and self.state != "syncing" and user is not None)
