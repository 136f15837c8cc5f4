"""The nginx site in front of `blangkon-server serve --workers N` (docs/DEPLOY.md; `blangkon-server nginx-site`).

One owner for the proxy's configuration: the deployment guide prints it with this module and the test behind a
real nginx (tests/server/test_behind_nginx.py) runs the very same text.

- Every request goes to the uvicorn workers (one listening socket; the kernel spreads connections over them).
- Snapshot chunks: the app checks the token and the manifest, then answers `X-Accel-Redirect` (serve
  --accel-redirect ACCEL_PREFIX) and nginx sends the file with sendfile and Range. Its ETag is the chunk's
  sha256, taken from the internal URI, so a client resuming with `If-Range: "<sha256>"` gets 206 from nginx
  exactly as from the app (nginx's own ETag is mtime-size, which would turn every resume into a full 200).
- X-Forwarded-For is set to the peer address, never appended to: a client cannot put addresses in front of
  it (the server believes it only from `--trusted-proxy`, i.e. from this nginx).
"""

from __future__ import annotations

from pathlib import Path

ACCEL_PREFIX = "/_blangkon_snapshots/"


def site(*, upstream: str, snapshot_dir: Path, listen: str = "443 ssl", server_name: str = "_",
         tls_certificate: str | None = None, tls_key: str | None = None) -> str:
    """An nginx `upstream` + `server` block. `upstream`: host:port of `serve`; `snapshot_dir`: <data-dir>/snapshots."""
    tls = ""
    if tls_certificate and tls_key:
        tls = (f"    ssl_certificate {tls_certificate};\n    ssl_certificate_key {tls_key};\n"
               "    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_session_cache shared:blangkon:10m;\n")
    snapshots = str(snapshot_dir).rstrip("/")
    return f"""upstream blangkon_app {{
    server {upstream};
    keepalive 32;
}}

server {{
    listen {listen};
    server_name {server_name};
{tls}    server_tokens off;
    client_max_body_size 2m;  # the app refuses bodies over 1 MB itself (413 problem+json)

    location / {{
        proxy_pass http://blangkon_app;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $remote_addr;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_read_timeout 300s;
    }}

    location ~ "^{ACCEL_PREFIX}(?<chunk_sha>[0-9a-f]{{64}})/(?<chunk_file>e[0-9]+-s[0-9]+/[0-9]+\\.ndjson\\.gz)$" {{
        internal;
        alias {snapshots}/$chunk_file;
        types {{ }}
        default_type application/gzip;
        etag off;
        add_header ETag "\\"$chunk_sha\\"" always;
        add_header Cache-Control "public, max-age=31536000, immutable" always;
    }}
}}
"""
