"""Printed documents: Surat Pesanan, BAST, kuitansi, the bendahara's books, evidence packs — PDF bytes, offline.

Inputs are the frozen dataclasses in `model` (the services map orders and settings onto them). Builders:
`surat_pesanan.build_surat_pesanan`, `bast.build_bast`, `kuitansi.build_kuitansi`,
`books.build_bku / build_tax_book / build_register`, `exports.books_csv / books_xlsx`,
`evidence.build_evidence_pack` (+ `check_evidence_pack`). `status.document_status(doc_type, order_state)` says
whether a document prints as official or with the DRAF watermark; `taxbridge.summary_for/summary_from_breakdown`
turn the domain TaxBreakdown into printed tax lines. Output is deterministic: the same input gives the same
bytes, so a stored sha256 of an approved SP stays checkable.

QR signing and offline checking live in `verification`: the Ed25519 half over the scheme in
`desktop.domain.document_qr`, which the server calls too (tests/documents/qr_vectors.json pins the format).
Nothing is imported here so that importing `verification` stays light.
"""
