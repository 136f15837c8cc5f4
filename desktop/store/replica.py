"""The catalog replica: bulk snapshot load and delta apply on raw sqlite3 (SYNC.md §3).

SQLAlchemy is the store's tool for units of work; here it would cost 5–10× on a million rows, so the bulk path
talks to the same database file through sqlite3 with its own connection:
- snapshot: chunks stream into index-free `staging_*` tables shaped like the live ones (rowid = id) in short
  transactions, decoded on a second thread (replica_load); a re-applied chunk replaces its own rows, and each
  chunk's count/checksum commits with its last rows. After the check against the manifest, ONE transaction
  renames staging into place, builds the indexes and FTS once, and saves the cursor and totals. Readers see
  the old catalog or the new one, never half.
- deltas: each page in one transaction through the store's `catalog_write` upserts (version-guarded, FTS kept
  in step); price/stock-only rows skip the FTS work; kept totals and the cursor commit with the page.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar, cast

from desktop.store import catalog_write, replica_fts
from desktop.store import replica_sql as q
from desktop.store.errors import DiskFullError, is_disk_full
from desktop.store.replica_load import ROW_BYTES, Batch, RowDecoder, line_blocks, read_ahead
from desktop.store.sealing import PLAINTEXT, Sealer, seal_provider
from sync.client.ports import ApplyResult, ChunkRecord
from sync.protocol.catalog import row_checksum

F = TypeVar("F", bound=Callable[..., Any])


def _disk_full_is_typed(method: F) -> F:
    """SQLITE_FULL (disk full, or a test's max_page_count) → DiskFullError, whose message tells the officer what
    happened; the transaction rolled back, so the outbox and the live catalog are as they were."""

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except sqlite3.OperationalError as exc:
            if is_disk_full(exc):
                raise DiskFullError(str(exc)) from exc
            raise

    return cast(F, wrapper)


# Rows per staged batch (one read block, one decode, one transaction). 2,500 rather than 10,000: what a batch
# frees at once (its decoded structs, then its row tuples) is freed in one C loop with the GIL held, and a
# 10k batch's took the window's heartbeat to 88-101 ms own stalls in a 1M sync; 2,500: 52-57 ms, and the sync
# itself 33 → 26 s (interleaved runs, load ~4.4). The extra commits cost little (WAL, no fsync per commit).
BATCH_ROWS = 2_500
CURSOR_KEY = "catalog_cursor"
EPOCH_KEY = "catalog_epoch"
SNAPSHOT_KEY = "catalog_snapshot_loading"
TOTALS_TABLE = "staging_chunk_totals"  # per applied chunk: active rows, checksum, products without provider
# Live (count, checksum) kept incrementally with each page, so an empty delta needs no 1M-row scan.
COUNT_KEY = "catalog_count"
CHECKSUM_KEY = "catalog_checksum"
# Product fields the FTS columns are derived from (kabkota comes from the provider, hence provider_id).
SEARCH_INPUTS = ("name", "provider_name", "category", "provider_id")


class Replica:
    def __init__(self, db_path: Path | str, *, batch_rows: int = BATCH_ROWS, sealer: Sealer = PLAINTEXT) -> None:
        self.path = db_path
        self.conn = q.connect(db_path)
        self.sealer = sealer  # sellers' NIK/NPWP/bank account are sealed before they touch the file
        self.state = q.StateTable(self.conn)
        self.batch_rows = batch_rows
        self.live_cols = {k: q.columns(self.conn, k) for k in q.KINDS}
        self._decoder: RowDecoder | None = None
        self._staged: tuple[int, int] | None = None  # totals checked just before the swap (saves a scan)

    def close(self) -> None:
        self.conn.close()

    # -- transactions -------------------------------------------------------------------------------------
    def _begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    # -- cursor and chunk bookkeeping ---------------------------------------------------------------------
    def cursor(self) -> str | None:
        return self.state.get(CURSOR_KEY)

    def chunks(self, snapshot_id: str) -> dict[int, ChunkRecord]:
        rows = self.conn.execute(
            "SELECT snapshot_id, n, sha256, bytes, bytes_done, downloaded, applied FROM snapshot_chunk "
            "WHERE snapshot_id = ?",
            (snapshot_id,),
        )
        return {
            r[1]: ChunkRecord(str(r[0]), int(r[1]), str(r[2]), int(r[3]), int(r[4]), bool(r[5]), bool(r[6]))
            for r in rows
        }

    @_disk_full_is_typed
    def begin_snapshot(self, snapshot_id: str) -> None:
        if self.state.get(SNAPSHOT_KEY) == snapshot_id and self._staging_ready():
            return  # resuming the same snapshot: keep staging and chunk rows
        self._begin()
        try:
            self._drop_staging()
            self.conn.execute("DELETE FROM snapshot_chunk")
            for kind in q.KINDS:
                # The live table's own definition (rowid = id, constraints) without its indexes: rows arrive
                # in id order, so each insert is an append, and the swap renames the table instead of copying.
                self.conn.execute(q.staging_ddl(self.conn, kind))
            self.conn.execute(f"CREATE TABLE {TOTALS_TABLE} (n INTEGER PRIMARY KEY, count INTEGER NOT NULL, "
                              "checksum INTEGER NOT NULL, orphans INTEGER NOT NULL)")
            self.state.set(SNAPSHOT_KEY, snapshot_id)
            self._commit()
        except BaseException:
            self._rollback()
            raise
        self._decoder = None

    def _staging_ready(self) -> bool:
        """Staging of the current layout (an older version staged without a primary key: start again)."""
        return all(q.table_exists(self.conn, t) for t in (*(f"staging_{k}" for k in q.KINDS), TOTALS_TABLE))

    @_disk_full_is_typed
    def record_chunk(
        self, snapshot_id: str, n: int, sha256: str, size: int, bytes_done: int, downloaded: bool
    ) -> None:
        self.conn.execute(
            "INSERT INTO snapshot_chunk(snapshot_id, n, sha256, bytes, bytes_done, downloaded) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(snapshot_id, n) DO UPDATE SET sha256 = excluded.sha256, "
            "bytes = excluded.bytes, bytes_done = excluded.bytes_done, downloaded = excluded.downloaded",
            (snapshot_id, n, sha256, size, bytes_done, int(downloaded)),
        )

    def reset_cursor(self) -> None:
        self.conn.execute("DELETE FROM sync_state WHERE key IN (?, ?)", (CURSOR_KEY, EPOCH_KEY))

    @_disk_full_is_typed
    def discard_snapshot(self) -> None:
        self._begin()
        try:
            self._drop_staging()
            self.conn.execute("DELETE FROM snapshot_chunk")
            self.conn.execute("DELETE FROM sync_state WHERE key = ?", (SNAPSHOT_KEY,))
            self._commit()
        except BaseException:
            self._rollback()
            raise

    def _drop_staging(self) -> None:
        for kind in q.KINDS:
            self.conn.execute(f"DROP TABLE IF EXISTS staging_{kind}")
        self.conn.execute(f"DROP TABLE IF EXISTS {TOTALS_TABLE}")

    # -- snapshot load ------------------------------------------------------------------------------------
    def _row_decoder(self) -> RowDecoder:
        if self._decoder is None:
            self._decoder = RowDecoder(self.conn, self.sealer)
            self._decoder.remember_providers(self.conn, "staging_provider")  # resumed: earlier chunks' providers
        return self._decoder

    @_disk_full_is_typed
    def load_chunk(self, snapshot_id: str, n: int, path: Path, on_rows: Callable[[int], None]) -> int:
        """Stream one gzip NDJSON chunk into staging, reading the next block while this one is decoded and
        written (replica_load.read_ahead).

        Each batch commits on its own and is decoded before its transaction begins (the write lock is held
        briefly, so the officer's saves never wait long); the chunk's totals and its `applied` mark commit with
        the last batch. Rows replace same-id rows, so re-applying a chunk after a crash, whole or in part, is
        exact.
        """
        decoder = self._row_decoder()
        inserts = {k: f"INSERT OR REPLACE INTO staging_{k} VALUES ({','.join('?' * len(decoder.columns[k]))})"
                   for k in q.KINDS}
        totals = [0, 0, 0, 0]  # lines, count, checksum, orphans

        def write(batch: Batch | None, last: bool) -> None:
            self._begin()
            try:
                if batch is not None:
                    for kind, rows in batch.rows.items():
                        if rows:
                            self.conn.executemany(inserts[kind], rows)
                    for i, part in enumerate((batch.lines, batch.count, batch.checksum, batch.orphans)):
                        totals[i] += part
                if last:
                    self.conn.execute(f"INSERT OR REPLACE INTO {TOTALS_TABLE} VALUES (?, ?, ?, ?)",
                                      (n, totals[1], totals[2] % 2**32, totals[3]))
                    self.conn.execute("UPDATE snapshot_chunk SET applied = 1, rows = ? WHERE snapshot_id = ? "
                                      "AND n = ?", (totals[0], snapshot_id, n))
                self._commit()
            except BaseException:
                self._rollback()
                raise
            if batch is not None:
                on_rows(batch.lines)

        blocks = line_blocks(path, self.batch_rows * ROW_BYTES)
        pending: Batch | None = None
        with ThreadPoolExecutor(1, thread_name_prefix="chunk-read") as pool:
            for block in read_ahead(blocks, pool):
                batch = decoder.decode(block)
                if pending is not None:
                    write(pending, last=False)
                pending = batch
            write(pending, last=True)
        return totals[0]

    def _totals(self, prefix: str) -> tuple[int, int]:
        count = checksum = 0
        for kind in q.KINDS:
            n, part = self.conn.execute(
                f"SELECT count(*), total(bk_crc(?, id, version)) FROM {prefix}{kind} WHERE status = 'active'",
                (kind,),
            ).fetchone()
            count += n
            checksum += int(part)
        return count, checksum % 2**32

    def staged_totals(self) -> tuple[int, int]:
        """Summed per chunk while decoding (every staged row was counted once, by the chunk that wrote it)."""
        count, checksum = self.conn.execute(
            f"SELECT coalesce(sum(count), 0), coalesce(sum(checksum), 0) FROM {TOTALS_TABLE}").fetchone()
        self._staged = (int(count), int(checksum) % 2**32)
        return self._staged

    def totals(self) -> tuple[int, int]:
        count, checksum = self.state.get(COUNT_KEY), self.state.get(CHECKSUM_KEY)
        if count is None or checksum is None:
            return self.recount()
        return int(count), int(checksum)

    def recount(self) -> tuple[int, int]:
        """Full scan of the live tables; also repairs the incrementally kept totals."""
        self._begin()
        try:
            count, checksum = self._totals("")
            self._save_totals(count, checksum)
            self._commit()
        except BaseException:
            self._rollback()
            raise
        return count, checksum

    def _save_totals(self, count: int, checksum: int) -> None:
        self.state.set(COUNT_KEY, str(count))
        self.state.set(CHECKSUM_KEY, str(checksum % 2**32))

    @_disk_full_is_typed
    def swap(self, cursor: str, epoch: int | str | None) -> None:
        """Staging becomes live in ONE transaction: readers see the old catalog or the new one, never half.

        The staging tables are renamed into place (no copy); the secondary indexes are built once, each by
        one sort, while a second thread builds the FTS index of the staged rows in a scratch file
        (replica_fts; 1M rows: ~3 s of CPU off the swap's own thread), copied in before the commit; without it
        (orphans to fill, an older schema, a failure) FTS is rebuilt in place with a large in-memory term
        buffer. Planner statistics are refreshed by sampling."""
        orphans = self.conn.execute(f"SELECT 1 FROM {TOTALS_TABLE} WHERE orphans > 0 LIMIT 1").fetchone()
        aside = None if orphans else replica_fts.start(self.conn, self.path)
        try:
            # DEFERRED, so the attached scratch file is not write-locked; the first statement writes, which takes
            # the store's write lock at once (waiting on busy_timeout like BEGIN IMMEDIATE).
            self.conn.execute("BEGIN")
            try:
                self.conn.execute("DELETE FROM snapshot_chunk")
                triggers = q.fts_triggers(self.conn)
                indexes = q.secondary_indexes(self.conn)
                if orphans:
                    self._fill_orphans()
                for kind in reversed(q.KINDS):  # dropping a table drops its indexes and triggers too
                    self.conn.execute(f"DROP TABLE {kind}")
                for kind in q.KINDS:
                    self.conn.execute(f"ALTER TABLE staging_{kind} RENAME TO {kind}")
                for _, sql in indexes:
                    self.conn.execute(sql)
                if q.table_exists(self.conn, q.FTS_TABLE) and not (aside is not None and aside.copy_into()):
                    q.rebuild_fts(self.conn)
                q.analyze(self.conn)
                for _, sql in triggers:
                    self.conn.execute(sql)
                self._save_totals(*(self._staged or self.staged_totals()))
                self._staged = None
                self._drop_staging()
                self.conn.execute("DELETE FROM sync_state WHERE key = ?", (SNAPSHOT_KEY,))
                self.state.set(CURSOR_KEY, cursor)
                if epoch is not None:
                    self.state.set(EPOCH_KEY, str(epoch))
                self._commit()
            except BaseException:
                self._rollback()
                raise
        finally:
            if aside is not None:
                aside.close()
                # FTS5 keeps an index's structure per connection and notices other connections' commits only;
                # this one wrote the shadow tables behind its back, so later deltas start from a fresh one.
                self._reconnect()
        self._decoder = None

    def _reconnect(self) -> None:
        self.conn.close()
        self.conn = q.connect(self.path)
        self.state = q.StateTable(self.conn)

    def _fill_orphans(self) -> None:
        """Products staged before their provider (never in a server snapshot, where providers come first)."""
        for col in q.FROM_PROVIDER:
            if col in self.live_cols["product"]:
                self.conn.execute(
                    f"UPDATE staging_product SET {col} = coalesce((SELECT p.{col} FROM staging_provider p "
                    f"WHERE p.id = staging_product.provider_id), '') WHERE {col} = ''")

    # -- deltas -------------------------------------------------------------------------------------------
    @_disk_full_is_typed
    def apply_changes(self, rows: Iterable[Mapping[str, Any]], cursor: str) -> ApplyResult:
        """One page in one transaction: batched version-guarded upserts (the store's catalog_write, which
        keeps FTS in step), kept totals adjusted from the versions they replace, and the cursor."""
        by_kind: dict[str, dict[int, Mapping[str, Any]]] = {k: {} for k in q.KINDS}
        for row in rows:  # within a page the highest version of an id wins
            seen = by_kind[row.get("t", "product")]
            if row["id"] not in seen or seen[row["id"]]["version"] < row["version"]:
                seen[int(row["id"])] = row
        self._begin()
        try:
            kept_count, kept_sum = self.state.get(COUNT_KEY), self.state.get(CHECKSUM_KEY)
            count, checksum = (
                (int(kept_count), int(kept_sum)) if kept_count is not None and kept_sum is not None
                else self._totals("")
            )
            fresh: dict[str, list[Mapping[str, Any]]] = {}
            for kind, page in by_kind.items():
                old = self._versions(kind, list(page))
                fresh[kind] = [r for i, r in page.items() if i not in old or old[i][0] < r["version"]]
                for r in fresh[kind]:
                    if r["id"] in old and old[r["id"]][1] == "active":
                        count, checksum = count - 1, checksum - row_checksum(kind, r["id"], old[r["id"]][0])
                    if r["status"] == "active":
                        count, checksum = count + 1, checksum + row_checksum(kind, r["id"], r["version"])
            catalog_write.upsert_providers(self.conn, [seal_provider(self.sealer, r) for r in fresh["provider"]])
            loud, quiet = self._split_by_search_terms(fresh["product"])
            catalog_write.upsert_products(self.conn, loud)  # FTS delete + upsert + FTS insert
            self._update_quietly(quiet)
            self._save_totals(count, checksum)
            self.state.set(CURSOR_KEY, cursor)
            self._commit()
        except BaseException:
            self._rollback()
            raise
        applied = len(fresh["provider"]) + len(fresh["product"])
        return ApplyResult(cursor, applied, tuple(int(r["id"]) for r in fresh["product"]))

    def _split_by_search_terms(
        self, rows: list[Mapping[str, Any]]
    ) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
        """Most daily changes are price/stock only: rows whose indexed text is unchanged skip the FTS work
        (SYNC.md §10: 25.7k rows/s price-only vs 4.0k rows/s with FTS updates)."""
        if not rows:
            return [], []
        ids = [int(r["id"]) for r in rows]
        old: dict[int, tuple[Any, ...]] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            old.update((r[0], r[1:]) for r in self.conn.execute(
                f"SELECT id, {','.join(SEARCH_INPUTS)} FROM product WHERE id IN ({','.join('?' * len(part))})",
                part))
        loud: list[Mapping[str, Any]] = []
        quiet: list[Mapping[str, Any]] = []
        for r in rows:
            same = old.get(int(r["id"])) == tuple(r.get(c) for c in SEARCH_INPUTS)
            (quiet if same else loud).append(r)
        return loud, quiet

    def _update_quietly(self, rows: list[Mapping[str, Any]]) -> None:
        if not rows:
            return
        cols = [c for c in self.live_cols["product"] if c in rows[0] and c not in ("id", *SEARCH_INPUTS)]
        self.conn.executemany(
            f"UPDATE product SET {', '.join(f'{c} = :{c}' for c in cols)} WHERE id = :id AND version < :version",
            [{c: r.get(c) for c in (*cols, "id")} for r in rows],
        )

    def _versions(self, kind: str, ids: list[int]) -> dict[int, tuple[int, str]]:
        found: dict[int, tuple[int, str]] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            found.update((r[0], (r[1], r[2])) for r in self.conn.execute(
                f"SELECT id, version, status FROM {kind} WHERE id IN ({','.join('?' * len(part))})", part))
        return found
