"""Word lists for plausible Central Javanese demo data (names, shops, products with price ranges in rupiah)."""

from __future__ import annotations

FIRST = ["Sri", "Budi", "Agus", "Siti", "Dwi", "Eko", "Tri", "Wahyu", "Joko", "Endang", "Slamet", "Rina", "Yuli",
         "Bambang", "Sugeng", "Retno", "Puji", "Heru", "Lestari", "Bayu", "Ratna", "Teguh", "Wulan", "Hadi",
         "Nur", "Anik", "Dedi", "Fitri", "Galih", "Indah", "Kusuma", "Mulyono", "Purwanto", "Sutrisno"]
LAST = ["Santoso", "Wahyuni", "Rahayu", "Setiawan", "Susanto", "Lestari", "Prasetyo", "Hidayat", "Kurniawan",
        "Wibowo", "Handayani", "Purnomo", "Saputra", "Utami", "Nugroho", "Suryani", "Haryanto", "Widodo",
        "Pratiwi", "Gunawan", "Sulistyo", "Ningsih", "Firmansyah", "Anggraini"]
SHOP_WORDS = ["Berkah", "Jaya", "Makmur", "Sentosa", "Rejeki", "Abadi", "Mandiri", "Lancar", "Sejahtera", "Barokah",
              "Sumber", "Mulia", "Karya", "Tani", "Agung", "Sae", "Maju", "Mukti", "Raharja", "Gemilang"]
STREETS = ["Pemuda", "Pahlawan", "Diponegoro", "Sudirman", "Gatot Subroto", "Ahmad Yani", "Veteran", "Merdeka",
           "Kartini", "Slamet Riyadi", "Pandanaran", "Imam Bonjol", "Gajah Mada", "Dr. Cipto", "Menoreh"]
BANKS = ["Bank Jateng", "BRI", "BNI", "Bank Mandiri", "BSI", "BCA", "BPR BKK"]

# category -> list of (item, unit, min price, max price); brands/variants multiply the names.
PRODUCTS: dict[str, list[tuple[str, str, int, int]]] = {
    "KATERING": [("Nasi kotak ayam bakar", "kotak", 25000, 45000), ("Snack box 3 item", "kotak", 10000, 20000),
                 ("Nasi tumpeng mini", "paket", 150000, 450000), ("Prasmanan rapat", "porsi", 35000, 75000),
                 ("Nasi liwet komplit", "kotak", 20000, 40000), ("Tengkleng kambing", "porsi", 30000, 55000),
                 ("Lumpia Semarang", "kotak", 30000, 60000), ("Soto Kudus", "porsi", 15000, 30000)],
    "ATK": [("Kertas HVS A4 70gsm", "rim", 42000, 65000), ("Pulpen gel hitam", "lusin", 24000, 60000),
            ("Map snelhecter", "pak", 25000, 45000), ("Stapler besar", "buah", 35000, 120000),
            ("Tinta printer", "botol", 60000, 150000), ("Amplop coklat folio", "pak", 30000, 55000),
            ("Spidol whiteboard", "lusin", 60000, 110000), ("Ordner", "buah", 22000, 40000),
            ("Buku agenda", "buah", 15000, 45000), ("Lakban bening", "roll", 8000, 18000)],
    "KEBERSIHAN": [("Sabun cuci tangan", "liter", 18000, 45000), ("Masker medis 3 ply", "box", 15000, 40000),
                   ("Hand sanitizer 500 ml", "botol", 20000, 55000), ("Cairan pel lantai", "jerigen", 35000, 90000),
                   ("Tisu gulung", "pak", 25000, 60000), ("Sapu ijuk", "buah", 15000, 35000)],
    "FURNITUR": [("Meja kerja kayu jati", "unit", 1500000, 4500000), ("Kursi kantor", "unit", 450000, 1800000),
                 ("Lemari arsip", "unit", 1200000, 3500000), ("Rak buku", "unit", 600000, 2200000),
                 ("Meja rapat", "unit", 2500000, 8000000), ("Kursi lipat", "unit", 150000, 350000)],
    "KONVEKSI": [("Seragam batik", "potong", 120000, 350000), ("Kaos kegiatan", "potong", 45000, 90000),
                 ("Rompi lapangan", "potong", 90000, 220000), ("Topi bordir", "buah", 30000, 70000),
                 ("Jas almamater", "potong", 200000, 450000)],
    "BERAS": [("Beras medium", "kg", 11000, 14000), ("Beras premium", "kg", 13500, 17000),
              ("Gula pasir", "kg", 15000, 19000), ("Minyak goreng", "liter", 15000, 22000),
              ("Telur ayam", "kg", 25000, 32000)],
    "PASIR": [("Pasir Muntilan", "m3", 250000, 400000), ("Batu split", "m3", 280000, 450000),
              ("Semen 50 kg", "sak", 60000, 80000), ("Batako", "buah", 2500, 5000), ("Paving block", "m2", 55000, 90000)],
    "JASA": [("Jasa kebersihan gedung", "bulan", 2500000, 9000000), ("Servis AC", "unit", 75000, 250000),
             ("Sewa tenda", "hari", 500000, 2500000), ("Jasa fotokopi dan jilid", "paket", 50000, 500000),
             ("Sewa sound system", "hari", 750000, 3000000), ("Servis komputer", "unit", 100000, 400000)],
}
VARIANTS = ["", " premium", " ekonomis", " grade A", " isi 10", " ukuran besar", " lokal", " super"]
KIND = {"KATERING": "catering", "JASA": "services"}

PROVINCE_OPDS = [("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan"), ("DINKES", "Dinas Kesehatan"),
                 ("BPKAD", "Badan Pengelola Keuangan dan Aset Daerah"), ("DPUBMCK", "Dinas PU Bina Marga dan Cipta Karya"),
                 ("DISTANBUN", "Dinas Pertanian dan Perkebunan"), ("DINKOPUKM", "Dinas Koperasi dan UKM"),
                 ("BIROUMUM", "Biro Umum Setda"), ("BIROAPBJ", "Biro Administrasi Pengadaan Barang/Jasa")]
REGENCY_OPDS = [("DISDIK", "Dinas Pendidikan"), ("BPKAD", "Badan Pengelola Keuangan dan Aset Daerah")]
