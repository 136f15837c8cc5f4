"""`blangkon documents …`: render sample documents (so an OPD admin can check kop surat and signatories) and
verify a scanned QR offline.

  blangkon documents sample --out DIR [--paper A4|F4]   (the other paper size goes to DIR/F4 or DIR/A4)
  blangkon documents verify QR_TEXT --trusted BASE64URL_SERVER_KEY [...]
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from desktop.documents import demo, exports
from desktop.documents.bast import build_bast
from desktop.documents.books import build_bku, build_register, build_tax_book
from desktop.documents.closing_set import build_closing_set
from desktop.documents.demo_reconciliation import reconciliation_doc
from desktop.documents.evidence import build_evidence_pack
from desktop.documents.kuitansi import build_kuitansi
from desktop.documents.model import Attachment, DocumentOptions, EvidenceInput
from desktop.documents.reconciliation import build_reconciliation
from desktop.documents.surat_pesanan import build_surat_pesanan
from desktop.documents.verification import DocumentSigner, b64u, unb64u, verify_qr
from desktop.domain.dates import format_tanggal
from desktop.domain.money import format_rupiah


def _demo_photo(path: Path) -> Path:
    """A stand-in "invoice photo" for the sample evidence pack (a real pack carries the officer's photos)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 320), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, 470, 310), outline="black", width=3)
    draw.text((30, 30), "INVOICE (contoh)\nCV Sumber Makmur Abadi\nTotal Rp11.100.000", fill="black")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def _kuitansi_example(letter: str, options: DocumentOptions, signer: DocumentSigner) -> bytes:
    return build_kuitansi(demo.payment_for(demo.example(letter)), options, signer)


def sample(out: Path, paper: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    signer, server_key = demo.demo_signer()
    official = DocumentOptions(paper=paper, status="official")  # type: ignore[arg-type]
    order, long_order = demo.example("A"), demo.long_order()
    month = demo.book_month()
    jobs: dict[str, Callable[[], bytes]] = {
        "surat_pesanan": lambda: build_surat_pesanan(order, official, signer),
        "surat_pesanan_40_baris": lambda: build_surat_pesanan(long_order, official, signer),
        "surat_pesanan_1_baris": lambda: build_surat_pesanan(demo.example("B"), official, signer),
        "surat_pesanan_draf": lambda: build_surat_pesanan(order, replace(official, status="draft")),
        "bast": lambda: build_bast(demo.bast_for(order), official, signer),
        "bast_40_baris": lambda: build_bast(demo.bast_for(long_order), official, signer),
        "kuitansi_salinan": lambda: build_kuitansi(demo.payment_for(order), replace(official, reprint=True), signer),
        "buku_kas_umum": lambda: build_bku(month, official, signer),
        "buku_pembantu_pajak": lambda: build_tax_book(month, official, signer),
        "register_pembayaran": lambda: build_register(month, official, signer),
        "rekonsiliasi_bank": lambda: build_reconciliation(reconciliation_doc(), official),
        "berkas_tutup_buku_2026": lambda: build_closing_set(demo.closing_set(), official, signer),
    }
    for letter in demo.EXAMPLES:
        jobs[f"kuitansi_contoh_{letter}"] = partial(_kuitansi_example, letter, official, signer)
    # The same documents in the other paper size, in a folder of that name, to check on the office printer.
    other = replace(official, paper="F4" if paper == "A4" else "A4")
    other_jobs: dict[str, Callable[[], bytes]] = {
        "surat_pesanan": lambda: build_surat_pesanan(order, other, signer),
        "surat_pesanan_40_baris": lambda: build_surat_pesanan(long_order, other, signer),
        "kuitansi_contoh_A": lambda: build_kuitansi(demo.payment_for(order), other, signer),
    }
    written: list[Path] = []
    for folder, size, batch in ((out, paper, jobs), (out / other.paper, other.paper, other_jobs)):
        folder.mkdir(exist_ok=True)
        for name, job in batch.items():
            path = folder / f"{name}_{size}.pdf"
            path.write_bytes(job())
            written.append(path)
    for name, data in exports.books_csv(month).items():
        (out / name).write_bytes(data)
        written.append(out / name)
    (out / "buku_bendahara_2026_11.xlsx").write_bytes(exports.books_xlsx(month))
    written.append(out / "buku_bendahara_2026_11.xlsx")
    photo = _demo_photo(out / "contoh_invoice.png")
    pack = build_evidence_pack(EvidenceInput(order, demo.bast_for(order), demo.payment_for(order),
                                             (Attachment(str(photo), "Foto invoice"),), demo.timeline(order)),
                               official, signer)
    (out / "paket_bukti_pesanan.zip").write_bytes(pack)
    written.append(out / "paket_bukti_pesanan.zip")
    (out / "kunci_server_demo.txt").write_text(b64u(server_key) + "\n", encoding="utf-8")
    written.append(out / "kunci_server_demo.txt")
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="blangkon documents", description="Dokumen cetak: contoh dan verifikasi QR.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_sample = sub.add_parser("sample", help="cetak semua jenis dokumen dari pesanan contoh ke folder")
    p_sample.add_argument("--out", required=True, type=Path, help="folder tujuan")
    p_sample.add_argument("--paper", choices=("A4", "F4"), default="A4", help="ukuran kertas (bawaan A4)")
    p_verify = sub.add_parser("verify", help="periksa isi kode QR dokumen tanpa koneksi")
    p_verify.add_argument("qr_text", help="teks hasil pindai kode QR (BLK1.…)")
    p_verify.add_argument("--trusted", action="append", default=[],
                          help="kunci publik server provinsi (base64url); boleh lebih dari satu")
    args = parser.parse_args(argv)
    if args.command == "sample":
        try:
            files = sample(args.out, args.paper)
        except OSError as exc:  # unwritable, missing drive, a name too long for the file system…
            print(f"Tidak bisa menulis ke {args.out}: {exc.strerror or exc}. Pilih folder lain dengan --out.",
                  file=sys.stderr)
            return 1
        print(f"{len(files)} berkas contoh ditulis ke {args.out}")
        return 0
    result = verify_qr(args.qr_text, [unb64u(k) for k in args.trusted])
    print(result.message)
    if result.payload is not None:
        p = result.payload
        print(f"{p.doc_type} {p.number} · pesanan {p.order_id} · {format_rupiah(p.amount)} · {format_tanggal(p.date)}")
    if result.device_id:
        print(f"perangkat {result.device_id} · OPD {result.opd_id}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
