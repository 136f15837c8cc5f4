"""A partly fetched snapshot chunk resumes with Range from the exact byte where it stopped (issue 15).

Every byte that reached the client is kept: a cut inside the first 64 KiB used to restart the chunk from zero,
and a later cut lost the unfinished block.
"""

from __future__ import annotations

import gc
import hashlib
import random

import pytest

from sync.client.catalog_snapshot import download_chunk
from sync.client.transport import Transport, TransportConfig
from tests.sync.conftest import OPD
from tests.sync.faultproxy import DROP_MID_RESPONSE, Fault, FaultProxy
from tests.sync.fileserver import FileServer, truncated
from tests.sync.server_side import rebuild_snapshot


@pytest.fixture
def files():
    srv = FileServer()
    yield srv
    srv.close()


def _transport(url: str, attempts: int = 4) -> Transport:
    return Transport(TransportConfig(url, max_attempts=attempts, timeout=(2, 5)),
                     sleeper=lambda s, cancel: None, rng=random.Random(7))


@pytest.mark.parametrize("cut", [50_000, 120_000])
def test_a_cut_resumes_at_the_exact_byte(files, tmp_path, cut):
    body = random.Random(cut).randbytes(300_000)
    sha = hashlib.sha256(body).hexdigest()
    files.files["/c/0"] = body
    files.script = [truncated(body, cut)]
    dest = tmp_path / "0.ndjson.gz"
    download_chunk(_transport(files.url), "/c/0", dest, sha, len(body))
    assert dest.read_bytes() == body
    assert [h.get("Range") for _, _, h in files.requests] == [None, f"bytes={cut}-"]


def test_a_verified_chunk_on_disk_is_not_fetched_again(files, tmp_path):
    """The prefetch thread renamed it into place, then the app was killed before the chunk was recorded."""
    body = random.Random(9).randbytes(10_000)
    dest = tmp_path / "1.ndjson.gz"
    dest.write_bytes(body)
    download_chunk(_transport(files.url), "/c/1", dest, hashlib.sha256(body).hexdigest(), len(body))
    assert files.requests == [] and dest.read_bytes() == body


def test_a_chunk_cut_in_one_run_resumes_where_it_stopped_in_the_next(live, make_client, tmp_path):
    manifest = rebuild_snapshot(live, rows_per_chunk=5000)
    chunk = manifest["chunks"][0]
    assert chunk["bytes"] > 60_000
    pp = live.account("PP", OPD)
    with FaultProxy("127.0.0.1", live.port) as proxy:
        proxy.add(Fault(DROP_MID_RESPONSE, lambda m, p: m == "GET" and p.endswith(f"/chunks/{chunk['n']}.ndjson.gz"),
                        cut_after=50_000))
        client = make_client("resume", url=proxy.url, seed=3, max_attempts=1)
        client.login(pp)
        assert client.sync(pp["username"]).status == "offline"  # the link died mid-chunk; no retry budget left
        assert gc.get_freeze_count() == 0  # the failed load gave the app's objects back to the collector
        [part] = list((tmp_path / "resume").rglob("*.part"))
        assert part.stat().st_size == 50_000
        report = client.sync(pp["username"])
        assert report.status == "ok" and report.catalog_mode == "snapshot"
        gets = [s.range for s in proxy.seen if s.path.endswith(f"/chunks/{chunk['n']}.ndjson.gz")]
        assert gets == [None, "bytes=50000-"]
