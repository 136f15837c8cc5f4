"""Evidence pack for auditors (Inspektorat, BPK): one ZIP per order with SP, BAST, kuitansi, the attached
invoice/receipt photos, the order's timeline (PDF and JSON) and manifest.json listing every file's sha256.

The ZIP is deterministic (fixed timestamps, sorted entries) so the same order packs to the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

from reportlab.platypus import Flowable

from desktop.documents import layout, parts, templates
from desktop.documents.bast import build_bast
from desktop.documents.errors import DocumentError
from desktop.documents.kuitansi import build_kuitansi
from desktop.documents.model import DocumentOptions, EvidenceInput
from desktop.documents.surat_pesanan import build_surat_pesanan
from desktop.documents.verification import DocumentSigner

MANIFEST = "manifest.json"


class EvidenceError(DocumentError):
    """An evidence pack that cannot be built (missing attachment)."""


def build_timeline_pdf(inp: EvidenceInput, options: DocumentOptions) -> bytes:
    t = templates.load("evidence")
    st = parts.styles(options.serif)
    width = layout.content_width(options)
    order = inp.order
    rows: list[list[object]] = [
        [str(i), parts.para(e.at, st["cell_small"]), parts.para(e.actor, st["cell_small"]),
         parts.para(e.role_label or e.role, st["cell_small"]), parts.para(e.action_label or e.action, st["cell_small"]),
         parts.para(t.text("state_change", from_state=e.from_label or e.from_state, to_state=e.to_label or e.to_state)
                    if e.to_state else "", st["cell_small"]), parts.para(e.note, st["cell_small"])]
        for i, e in enumerate(inp.timeline, start=1)
    ]
    header = [t.text(k) for k in ("col_no", "col_at", "col_actor", "col_role", "col_action", "col_state", "col_note")]
    story: list[Flowable] = [
        parts.para(t.text("timeline_title"), st["title"]),
        parts.para(t.text("timeline_subtitle", sp_number=order.sp_number, order_id=order.order_id), st["subtitle"]),
        parts.data_table(header, rows, parts.scale_widths([5, 20, 17, 11, 15, 17, 20], width), serif=options.serif,
                         head_style="head_small"),
    ]
    return layout.build_pdf(story, options=options, kop=order.kop, title=t.text("timeline_label"),
                            number=order.sp_number)


def _safe_name(index: int, path: Path) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", path.stem)[:60] or "lampiran"
    return f"{index:02d}_{stem}{path.suffix.lower()}"


def build_evidence_pack(inp: EvidenceInput, options: DocumentOptions | None = None,
                        signer: DocumentSigner | None = None) -> bytes:
    opts = options or DocumentOptions(status="official")
    t = templates.load("evidence")
    files: dict[str, bytes] = {t.text("file_sp"): build_surat_pesanan(inp.order, opts, signer)}
    if inp.bast is not None:
        files[t.text("file_bast")] = build_bast(inp.bast, opts, signer)
    if inp.payment is not None:
        files[t.text("file_kuitansi")] = build_kuitansi(inp.payment, opts, signer)
    files[t.text("file_timeline_pdf")] = build_timeline_pdf(inp, opts)
    files[t.text("file_timeline_json")] = json.dumps(
        [e.__dict__ for e in inp.timeline], ensure_ascii=False, indent=2).encode("utf-8")
    labels: dict[str, str] = {}
    for index, attachment in enumerate(inp.attachments, start=1):
        path = Path(attachment.path)
        try:
            data = path.read_bytes()
        except OSError:
            raise EvidenceError("attachment_missing", t.text("attachment_missing", path=path)) from None
        name = f"{t.text('attachment_dir')}/{_safe_name(index, path)}"
        files[name] = data
        labels[name] = attachment.label
    manifest = {
        "scheme": "sha256",
        "order_id": inp.order.order_id,
        "sp_number": inp.order.sp_number,
        "note": t.text("readme", sp_number=inp.order.sp_number),
        "files": [{"path": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
                   "label": labels.get(name, "")} for name, data in sorted(files.items())],
    }
    files[MANIFEST] = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    stamp = inp.order.sp_date
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(stamp.year, stamp.month, stamp.day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name])
    return buffer.getvalue()


def check_evidence_pack(data: bytes) -> list[str]:
    """Paths whose content no longer matches manifest.json (plus files missing from, or added to, it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        listed = {entry["path"]: entry["sha256"] for entry in manifest["files"]}
        present = set(archive.namelist()) - {MANIFEST}
        problems = sorted(present ^ set(listed))
        for name in sorted(present & set(listed)):
            if hashlib.sha256(archive.read(name)).hexdigest() != listed[name]:
                problems.append(name)
    return problems


