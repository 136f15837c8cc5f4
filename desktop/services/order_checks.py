"""The pre-submission check panel: every rule in one place before an order leaves (issue 6).

Each rule yields one CheckItem (blocking / warning / ok) whose text says what to do next. The same function
gates `OrderService.submit`, so the panel and the refusal can never disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain.errors import DomainError
from desktop.domain.money import format_rupiah
from desktop.domain.rules import OrderSummary, check_order_routing, find_split_orders, meterai_due
from desktop.services.order_view import CheckItem, Severity
from desktop.services.price_service import price_check_items
from desktop.store.db import UnitOfWork
from desktop.store.records import Order
from sync.protocol.states import OrderState, Role

B, W, OK = Severity.BLOCKING, Severity.WARNING, Severity.OK
_LIVE_STATES = [s.value for s in OrderState if s not in (OrderState.DIBATALKAN, OrderState.DITOLAK)]


def _total(order: Order) -> int:
    return sum(ln.qty * ln.unit_price_quoted for ln in order.lines) + order.shipping


def _order_day(order: Order, today: dt.date) -> dt.date:
    stamp = (order.flags or {}).get("submitted_on") or order.created_at or ""
    try:
        return dt.date.fromisoformat(str(stamp)[:10])
    except ValueError:
        return today


def run_prechecks(svc: Any, uow: UnitOfWork, order: Order) -> list[CheckItem]:
    today = svc.today()
    total = _total(order)
    items: list[CheckItem] = []
    add = items.append

    # 1. lines
    if not order.lines:
        add(CheckItem("lines", B, "Belum ada barang/jasa", "Tambahkan minimal satu produk dari katalog."))
    else:
        add(CheckItem("lines", OK, f"{len(order.lines)} baris barang/jasa", f"Total {format_rupiah(total)}."))

    # 2. cap and routing (Rp50 juta for the three marketplaces)
    if not order.marketplace:
        add(CheckItem("routing", B, "Jalur belanja belum dipilih", "Pilih lokapasar atau e-katalog lokal."))
    else:
        try:
            routing = check_order_routing(total, order.marketplace, today, svc.thresholds)
        except DomainError as exc:
            add(CheckItem("routing", B, "Jalur belanja tidak dapat diperiksa", exc.message))
        else:
            if routing.allowed:
                add(CheckItem("routing", OK, "Batas nilai lokapasar", routing.message))
            else:
                add(CheckItem("routing", B, f"Melebihi batas {format_rupiah(routing.cap)} untuk lokapasar",
                              routing.message + f" Dasar: {routing.legal_basis}."))

    # 3. split orders (pemecahan paket)
    if order.provider_id is not None and order.sub_kegiatan:
        others = [
            OrderSummary(o.id, o.provider_id, o.sub_kegiatan, _order_day(o, today), _total(o))
            for o in uow.orders.list(states=_LIVE_STATES, opd_id=order.opd_id)
            if o.id != order.id and o.provider_id is not None
        ]
        candidate = OrderSummary(order.id, order.provider_id, order.sub_kegiatan, today, total)
        warnings = find_split_orders(candidate, others, svc.thresholds)
        if warnings:
            w = warnings[0]
            add(CheckItem("split_order", W, "Kemungkinan pemecahan paket", w.message
                          + " Gabungkan pesanan atau tulis alasannya di catatan."))
        else:
            add(CheckItem("split_order", OK, "Tidak ada indikasi pemecahan paket",
                          "Tidak ada pesanan lain ke penyedia dan sub-kegiatan ini yang bersama-sama melewati batas."))

    # 4. creator ≠ approver
    uid = svc.uid()
    ppks = [u for u in uow.users.list(opd_id=order.opd_id, role=Role.PPK.value) if u.id != order.created_by]
    if ppks:
        add(CheckItem("sod", OK, "Pembuat berbeda dengan penyetuju",
                      f"Pesanan akan disetujui PPK: {', '.join(u.full_name for u in ppks[:3])}."))
    else:
        who = "Anda" if order.created_by == uid else "pembuat pesanan"
        add(CheckItem("sod", W, "Belum ada PPK lain yang dapat menyetujui",
                      f"{who.capitalize()} tidak boleh menyetujui pesanan sendiri. Pastikan PPK OPD sudah pernah "
                      "masuk di aplikasi ini atau sinkronkan daftar pengguna."))

    # 5. seller identity and tax status
    provider = svc.provider_info(uow, order.provider_id)
    if provider is None:
        add(CheckItem("seller", B, "Penyedia belum dipilih", "Tambahkan produk; penyedianya ikut terpilih."))
    else:
        if provider.status == "delisted":
            add(CheckItem("seller", B, "Penyedia tidak aktif lagi",
                          f"{provider.name} sudah keluar dari katalog. Pilih produk dari penyedia lain."))
        if provider.npwp or provider.nik:
            ident = f"NPWP {provider.npwp}" if provider.npwp else f"NIK {provider.nik}"
            add(CheckItem("seller_npwp", OK, "Identitas pajak penyedia ada", f"{provider.name}: {ident}."))
        else:
            add(CheckItem("seller_npwp", W, "Penyedia tanpa NPWP/NIK",
                          "Tarif PPh menjadi 100% lebih tinggi. Minta penyedia melengkapi NPWP/NIK sebelum bayar."))
        pkp = ("PKP: harga sudah termasuk PPN; faktur pajak wajib dilampirkan saat penagihan." if provider.pkp
               else "Bukan PKP: tidak ada PPN pada pesanan ini.")
        add(CheckItem("seller_pkp", OK, "Status PKP penyedia", pkp))

    # 6. meterai on the kuitansi
    try:
        meterai = meterai_due(total, today, thresholds=svc.thresholds)
    except DomainError as exc:
        add(CheckItem("meterai", W, "Meterai tidak dapat diperiksa", exc.message))
    else:
        add(CheckItem("meterai", W if meterai.due else OK,
                      "Kuitansi wajib bermeterai" if meterai.due else "Tanpa meterai", meterai.reason))

    # 7. budget codes and delivery
    for field, title, hint in (
        ("kode_rup", "Kode RUP belum diisi", "Isi Kode RUP dari SiRUP untuk paket ini."),
        ("sub_kegiatan", "Sub-kegiatan belum dipilih", "Pilih sub-kegiatan yang membiayai belanja ini."),
        ("kode_rekening", "Kode rekening belum dipilih", "Pilih kode rekening belanja (mis. 5.1.02.01.01.0024)."),
        ("delivery_address", "Alamat pengiriman kosong", "Isi alamat kantor tujuan pengiriman."),
    ):
        if not str(getattr(order, field) or "").strip():
            add(CheckItem(field, B, title, hint))
    if order.kode_rup and order.sub_kegiatan and order.kode_rekening:
        add(CheckItem("budget", OK, "Kode anggaran lengkap",
                      f"RUP {order.kode_rup}; sub-kegiatan {order.sub_kegiatan}; rekening {order.kode_rekening}."))
    if order.delivery_date:
        if dt.date.fromisoformat(order.delivery_date) < today:
            add(CheckItem("delivery_date", B, "Tanggal kirim sudah lewat", "Pilih tanggal kirim hari ini atau nanti."))
    else:
        add(CheckItem("delivery_date", W, "Tanggal kirim belum diisi",
                      "Isi batas waktu pengiriman agar tercetak di Surat Pesanan."))

    # 8. lines the catalog sync flagged (price changed / delisted)
    for ln in order.lines:
        if ln.flag == "price_changed" and ln.current_price is not None:
            add(CheckItem("stale_line", B, f"Harga {ln.name} berubah",
                          f"Dikutip {format_rupiah(ln.unit_price_quoted)}, kini {format_rupiah(ln.current_price)}. "
                          "Terima harga baru atau hapus baris ini."))
        elif ln.flag:
            add(CheckItem("stale_line", B, f"{ln.name} tidak tersedia lagi",
                          "Produk ini sudah tidak dijual. Hapus baris ini atau ganti dengan produk lain."))
    # 9. price reasonableness against comparable products (a warning, never blocking)
    items += price_check_items(getattr(svc, "prices", None), order, today)
    order_of = {B: 0, W: 1, OK: 2}
    return sorted(items, key=lambda c: order_of[c.severity])  # what to fix first, then what to look at
