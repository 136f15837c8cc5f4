from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import reference
from desktop.domain.errors import ResourceError


def test_kabkota() -> None:
    rows = reference.load_kabkota()
    assert len(rows) == 35
    assert sum(r.jenis == "Kota" for r in rows) == 6
    semarang = next(r for r in rows if r.kode == "33.74")
    assert semarang.nama_lengkap == "Kota Semarang"


def test_kode_rekening_tree() -> None:
    rows = {r.kode: r for r in reference.load_kode_rekening()}
    atk = rows["5.1.02.01.01.0024"]
    assert atk.level == 6 and atk.parent == "5.1.02.01.01" and "Alat Tulis Kantor" in atk.nama
    assert "5.1.02.01.01.0052" in rows and rows["5"].parent is None


def test_sub_kegiatan() -> None:
    rows = {r.kode: r for r in reference.load_sub_kegiatan()}
    logistik = rows["2.18.01.2.06.0004"]
    assert logistik.nama == "Penyediaan Bahan Logistik Kantor" and logistik.level_label == "kabupaten/kota"
    assert rows["4.01.01.1.06.0003"].level_label == "provinsi"


def _clear() -> None:
    for fn in (reference.load_kabkota, reference.load_kode_rekening, reference.load_sub_kegiatan):
        fn.cache_clear()


@pytest.mark.parametrize(
    ("filename", "body", "phrase"),
    [
        ("kode_rekening_belanja.csv", "kode,nama\n5,Belanja\n5.1.02,Barang\n", "induk 5.1"),
        ("kode_rekening_belanja.csv", "kode,nama\n5,Belanja\n5.x,Operasi\n", "baris 3"),
        ("kode_rekening_belanja.csv", "code,name\n5,Belanja\n", "kepala kolom"),
        ("sub_kegiatan.csv", "kode,nama,kegiatan\n2.18.01.9.06.0004,Logistik,Adm\n", "baris 2"),
        ("kabkota_jateng.csv", "kode,jenis,nama\n34.01,Kabupaten,Sleman\n", "33.xx"),
        ("kabkota_jateng.csv", "kode,jenis,nama\n33.01,,Cilacap\n", "kosong"),
    ],
)
def test_bad_reference_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, filename: str, body: str, phrase: str
) -> None:
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / filename).write_text(body, encoding="utf-8")
    monkeypatch.setenv("BLANGKON_RESOURCES", str(tmp_path))
    _clear()
    loader = {
        "kode_rekening_belanja.csv": reference.load_kode_rekening,
        "sub_kegiatan.csv": reference.load_sub_kegiatan,
        "kabkota_jateng.csv": reference.load_kabkota,
    }[filename]
    try:
        with pytest.raises(ResourceError) as err:
            loader()
        assert phrase in err.value.message
    finally:
        monkeypatch.delenv("BLANGKON_RESOURCES")
        _clear()


def test_missing_reference_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BLANGKON_RESOURCES", str(tmp_path))
    _clear()
    try:
        with pytest.raises(ResourceError) as err:
            reference.load_kabkota()
        assert err.value.code == "resource_missing"
    finally:
        monkeypatch.delenv("BLANGKON_RESOURCES")
        _clear()
