"""Drive an order through the lifecycle over HTTP, as the right officer for each step."""

from __future__ import annotations

from typing import Any

from sync.protocol.messages import Order
from sync.protocol.orders import content_hash

# state -> the actions (with the role taking them) that lead there from a fresh draft.
PATHS: dict[str, list[tuple[str, str]]] = {
    "DRAFT": [],
    "DIAJUKAN": [("submit", "PP")],
    "DITOLAK": [("submit", "PP"), ("reject", "PPK")],
    "DISETUJUI": [("submit", "PP"), ("approve", "PPK")],
}
PATHS["DIKIRIM_KE_PENYEDIA"] = [*PATHS["DISETUJUI"], ("send_to_seller", "PP")]
PATHS["DIKONFIRMASI_PENYEDIA"] = [*PATHS["DIKIRIM_KE_PENYEDIA"], ("seller_confirm", "PP")]
PATHS["DALAM_PENGIRIMAN"] = [*PATHS["DIKONFIRMASI_PENYEDIA"], ("ship", "PP")]
PATHS["KETIDAKSESUAIAN"] = [*PATHS["DALAM_PENGIRIMAN"], ("report_mismatch", "PPK")]
PATHS["DITERIMA"] = [*PATHS["DALAM_PENGIRIMAN"], ("receive", "PPK")]
PATHS["BAST"] = [*PATHS["DITERIMA"], ("sign_bast", "PPK")]
PATHS["MENUNGGU_BAYAR"] = [*PATHS["BAST"], ("request_payment", "PPTK")]
PATHS["MENUNGGU_BAYAR+AUTH"] = [*PATHS["MENUNGGU_BAYAR"], ("authorize_payment", "PA_KPA")]
PATHS["DIBAYAR"] = [*PATHS["MENUNGGU_BAYAR+AUTH"], ("mark_paid", "BENDAHARA")]
PATHS["SELESAI"] = [*PATHS["DIBAYAR"], ("complete", "BENDAHARA")]
PATHS["DIBATALKAN"] = [("cancel", "PP")]


def body_for(action: str, order: dict[str, Any]) -> dict[str, Any]:
    """A valid request body for `action` on `order` (payload artefacts each action needs)."""
    body: dict[str, Any] = {"base_version": order["version"]}
    if action in ("reject", "cancel", "report_mismatch"):
        body["payload"] = {"reason": "Alasan uji: spesifikasi tidak sesuai"}
    elif action == "approve":
        body["content_hash"] = content_hash(Order.from_dict(order))
    elif action == "mark_paid":
        body["payload"] = {"method": "TRANSFER", "amount": order["total"], "bku_number": "BKU-1"}
    elif action == "receive":
        body["payload"] = {"date": "2026-11-23", "checklist": {"fungsi": True, "jumlah": True, "waktu": True}}
    return body


def drive(api: Any, order: dict[str, Any], state: str) -> dict[str, Any]:
    for action, role in PATHS[state]:
        r = api.act(order["id"], action, role, **body_for(action, order))
        assert r.status_code == 200, f"{action} by {role}: {r.text}"
        order = r.json()
    return order
