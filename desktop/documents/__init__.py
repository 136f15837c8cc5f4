"""Printed documents: Surat Pesanan, BAST, kuitansi, the bendahara's books, evidence packs — PDF bytes, offline.

Inputs are the frozen dataclasses in `model`; builders: `surat_pesanan.build_surat_pesanan`, `bast.build_bast`,
`kuitansi.build_kuitansi`, `books.build_bku/build_tax_book/build_register`, `exports.books_csv/books_xlsx`,
`evidence.build_evidence_pack`. QR signing and offline checking: `verification` (no reportlab, no desktop
imports, so it can move to wherever the server needs it). Nothing is imported here so that importing
`verification` stays light.
"""
