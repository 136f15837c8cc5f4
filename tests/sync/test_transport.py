"""Transport and chunk download against a real loopback HTTP server; sleeps are recorded, never slept."""

from __future__ import annotations

import hashlib
import random

import pytest
import requests

from sync.client.catalog_snapshot import SnapshotMismatch, download_chunk
from sync.client.transport import Backoff, Transport, TransportConfig, TransportError, parse_retry_after
from tests.sync.fileserver import FileServer, corrupt, status, truncated


@pytest.fixture
def server():
    srv = FileServer()
    yield srv
    srv.close()


def transport(url, sleeps, attempts=4):
    return Transport(TransportConfig(url, max_attempts=attempts, timeout=(2, 5)),
                     sleeper=lambda s, cancel: sleeps.append(s), rng=random.Random(7))


def test_full_jitter_is_bounded_and_honours_retry_after():
    backoff = Backoff(1.0, 300.0, random.Random(1))
    for n in range(20):
        d = backoff.delay(n)
        assert 0.0 <= d <= min(300.0, 2.0 ** n)
    assert backoff.delay(0, retry_after=7) >= 7
    assert backoff.delay(0, retry_after=10_000) == 300.0  # a hostile Retry-After cannot park us forever
    assert parse_retry_after("12", 0) == 12.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", 1445412470) == pytest.approx(10.0)
    assert parse_retry_after("soon", 0) is None


def test_retries_the_sync_md_set_then_returns(server):
    server.files["/x"] = b"hello"
    server.script = [status(503), status(429, {"Retry-After": "3"}),
                     status(409, body=b'{"code":"request_in_flight"}')]
    sleeps: list[float] = []
    t = transport(server.url, sleeps)
    response = t.request("GET", "/x")
    assert response.status_code == 200 and response.content == b"hello"
    assert len(sleeps) == 3 and sleeps[1] >= 3.0
    assert t.clock_offset is not None and abs(t.clock_offset) < 5


@pytest.mark.parametrize("code,body", [(400, b"{}"), (404, b"{}"), (412, b"{}"), (422, b"{}"),
                                       (409, b'{"code":"version_conflict"}')])
def test_business_errors_are_not_retried(server, code, body):
    server.script = [status(code, body=body)]
    sleeps: list[float] = []
    assert transport(server.url, sleeps).request("GET", "/x").status_code == code
    assert sleeps == []


def test_gives_up_after_the_budget(server):
    server.script = [status(502)] * 3
    sleeps: list[float] = []
    with pytest.raises(TransportError) as info:
        transport(server.url, sleeps, attempts=3).request("GET", "/x")
    assert info.value.status == 502 and len(sleeps) == 2


def test_connection_refused_is_retried_then_raises():
    sock_url = "http://127.0.0.1:9"  # discard port: nothing listens
    sleeps: list[float] = []
    with pytest.raises(TransportError):
        transport(sock_url, sleeps, attempts=2).request("GET", "/x")
    assert len(sleeps) == 1


def test_tls_verification_is_on_by_default():
    t = Transport(TransportConfig("https://example.invalid"))
    assert t.session.verify is True
    t = Transport(TransportConfig("https://example.invalid", verify="/etc/blangkon/ca.pem"))
    assert t.session.verify == "/etc/blangkon/ca.pem"


def test_chunk_resumes_with_range_after_a_cut(server, tmp_path):
    body = random.Random(3).randbytes(300_000)
    sha = hashlib.sha256(body).hexdigest()
    server.files["/c/0"] = body
    server.script = [truncated(body, 120_000)]
    sleeps: list[float] = []
    checkpoints: list[int] = []
    dest = tmp_path / "0.ndjson.gz"
    download_chunk(transport(server.url, sleeps), "/c/0", dest, sha, len(body), on_checkpoint=checkpoints.append)
    assert dest.read_bytes() == body
    ranged = [h for m, p, h in server.requests if "Range" in h]
    assert ranged and ranged[-1]["Range"].startswith("bytes=") and ranged[-1]["If-Range"] == f'"{sha}"'
    assert int(ranged[-1]["Range"][6:].rstrip("-")) > 0  # resumed, not restarted


def test_chunk_part_file_from_a_killed_run_is_resumed(server, tmp_path):
    body = random.Random(4).randbytes(100_000)
    sha = hashlib.sha256(body).hexdigest()
    server.files["/c/1"] = body
    dest = tmp_path / "1.ndjson.gz"
    (tmp_path / "1.ndjson.gz.part").write_bytes(body[:40_000])
    download_chunk(transport(server.url, []), "/c/1", dest, sha, len(body))
    assert dest.read_bytes() == body
    assert server.requests[-1][2]["Range"] == "bytes=40000-"


def test_changed_file_behind_if_range_restarts_from_zero(server, tmp_path):
    body = random.Random(5).randbytes(50_000)
    server.files["/c/2"] = body
    (tmp_path / "2.ndjson.gz.part").write_bytes(b"x" * 20_000)  # bytes of some other file
    sha = hashlib.sha256(body).hexdigest()
    download_chunk(transport(server.url, []), "/c/2", tmp_path / "2.ndjson.gz", sha, len(body))
    assert (tmp_path / "2.ndjson.gz").read_bytes() == body  # a bad prefix is caught by sha256 and refetched


def test_corrupt_chunk_is_refetched_then_gives_up(server, tmp_path):
    body = random.Random(6).randbytes(10_000)
    sha = hashlib.sha256(body).hexdigest()
    server.files["/c/3"] = body
    server.script = [corrupt(body)]
    download_chunk(transport(server.url, []), "/c/3", tmp_path / "3.gz", sha, len(body))
    assert (tmp_path / "3.gz").read_bytes() == body
    server.script = [corrupt(body), corrupt(body)]
    with pytest.raises(SnapshotMismatch):
        download_chunk(transport(server.url, []), "/c/3", tmp_path / "3b.gz", sha, len(body))
    assert not (tmp_path / "3b.gz").exists()


def test_stall_is_detected_by_the_read_timeout(tmp_path):
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def accept_and_hang():
        conn, _ = listener.accept()
        stop.wait(10)
        conn.close()

    threading.Thread(target=accept_and_hang, daemon=True).start()
    t = Transport(TransportConfig(f"http://127.0.0.1:{listener.getsockname()[1]}", timeout=(1, 0.3),
                                  max_attempts=1))
    with pytest.raises(TransportError) as info:
        t.request("GET", "/x")
    assert "Timeout" in str(info.value)
    stop.set()
    listener.close()
    assert isinstance(requests.ReadTimeout("x"), requests.Timeout)
