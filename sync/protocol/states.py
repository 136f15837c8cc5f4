"""Order states, roles and wire action verbs (DOMAIN.md §2–§3). Values are the wire spelling."""

from __future__ import annotations

from enum import StrEnum


class OrderState(StrEnum):
    DRAFT = "DRAFT"
    DIAJUKAN = "DIAJUKAN"
    DITOLAK = "DITOLAK"
    DISETUJUI = "DISETUJUI"
    DIKIRIM_KE_PENYEDIA = "DIKIRIM_KE_PENYEDIA"
    DIKONFIRMASI_PENYEDIA = "DIKONFIRMASI_PENYEDIA"
    DALAM_PENGIRIMAN = "DALAM_PENGIRIMAN"
    DITERIMA = "DITERIMA"
    KETIDAKSESUAIAN = "KETIDAKSESUAIAN"
    BAST = "BAST"
    MENUNGGU_BAYAR = "MENUNGGU_BAYAR"
    DIBAYAR = "DIBAYAR"
    SELESAI = "SELESAI"
    DIBATALKAN = "DIBATALKAN"


class Role(StrEnum):
    PP = "PP"
    PPK = "PPK"
    PPTK = "PPTK"
    BENDAHARA = "BENDAHARA"
    PA_KPA = "PA_KPA"
    ADMIN_OPD = "ADMIN_OPD"
    ADMIN_PROVINSI = "ADMIN_PROVINSI"


class Action(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    REJECT = "reject"
    SEND_TO_SELLER = "send_to_seller"
    SELLER_CONFIRM = "seller_confirm"
    SHIP = "ship"
    RECEIVE = "receive"
    REPORT_MISMATCH = "report_mismatch"
    SIGN_BAST = "sign_bast"
    REQUEST_PAYMENT = "request_payment"
    AUTHORIZE_PAYMENT = "authorize_payment"
    MARK_PAID = "mark_paid"
    COMPLETE = "complete"
    CANCEL = "cancel"


# Full Indonesian labels: "PPK" is ambiguous in the field (DOMAIN.md §2), so UIs show these.
ROLE_LABELS: dict[Role, str] = {
    Role.PP: "Pejabat Pengadaan",
    Role.PPK: "Pejabat Pembuat Komitmen",
    Role.PPTK: "Pejabat Pelaksana Teknis Kegiatan",
    Role.BENDAHARA: "Bendahara Pengeluaran",
    Role.PA_KPA: "Pengguna/Kuasa Pengguna Anggaran",
    Role.ADMIN_OPD: "Admin OPD",
    Role.ADMIN_PROVINSI: "Admin Provinsi",
}

STATE_LABELS: dict[OrderState, str] = {
    OrderState.DRAFT: "Draf",
    OrderState.DIAJUKAN: "Menunggu persetujuan PPK",
    OrderState.DITOLAK: "Ditolak",
    OrderState.DISETUJUI: "Disetujui (SP ditandatangani)",
    OrderState.DIKIRIM_KE_PENYEDIA: "Dikirim ke penyedia",
    OrderState.DIKONFIRMASI_PENYEDIA: "Dikonfirmasi penyedia",
    OrderState.DALAM_PENGIRIMAN: "Dalam pengiriman",
    OrderState.DITERIMA: "Diterima",
    OrderState.KETIDAKSESUAIAN: "Ketidaksesuaian",
    OrderState.BAST: "BAST ditandatangani",
    OrderState.MENUNGGU_BAYAR: "Menunggu pembayaran",
    OrderState.DIBAYAR: "Dibayar",
    OrderState.SELESAI: "Selesai",
    OrderState.DIBATALKAN: "Dibatalkan",
}
