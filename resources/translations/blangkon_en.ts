<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="212"/>
        <source>Tidak ada masalah yang perlu diselesaikan untuk pesanan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="221"/>
        <source>Pesanan dikembalikan sebagai draf dan siap dikirim ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/common.py" line="29"/>
        <source>Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, hubungi admin OPD dan sebutkan waktu kejadiannya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActedFirstDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="158"/>
        <source>Server menolak langkah ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="159"/>
        <source>%1 Bandingkan salinan di PC ini dengan salinan server, lalu pilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="163"/>
        <source>Pakai salinan &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="168"/>
        <source>Kirim ulang &amp;milik saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="170"/>
        <source>Salinan server belum ada di PC ini. Sinkronkan dulu, lalu buka lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/app/gui.py" line="85"/>
        <source>Masuk tanpa koneksi: pekerjaan disimpan di komputer ini dan dikirim saat Anda menyinkronkan.</source>
        <translation>Signed in offline: your work is saved on this PC and sent when you synchronise.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/gui.py" line="88"/>
        <source>Sesi tidak diingat</source>
        <translation>Session not remembered</translation>
    </message>
    <message>
        <location filename="../../desktop/app/gui.py" line="105"/>
        <source>Terjemahan tidak dapat dimuat; tetap memakai Bahasa Indonesia.</source>
        <translation>The translation could not be loaded; staying in Indonesian.</translation>
    </message>
</context>
<context>
    <name>BastDialog</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="125"/>
        <source>Berita Acara Serah Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="126"/>
        <source>BAST untuk %1. Ketik nomor BAST sesuai penomoran OPD, atau kosongkan agar nomor diambil dari blok nomor perangkat ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="129"/>
        <source>mis. 027/BAST/DINKOP/XI/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="134"/>
        <source>&amp;Nomor BAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="135"/>
        <source>&amp;Tanggal BAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="136"/>
        <source>Tanda tangani BAST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BendaharaDeskScreen</name>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="48"/>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="80"/>
        <source>Belum ada pesanan yang menunggu pembayaran. Pesanan muncul di sini setelah BAST ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="109"/>
        <source>%1: PPh %2, diterima penyedia %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="111"/>
        <source>Perbandingan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="119"/>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="122"/>
        <source>Menunggu persetujuan bayar PA/KPA sebelum dapat dibayar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="124"/>
        <source>Dibayar %1, BKU %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="171"/>
        <source>Tersimpan di PC ini; akan dikirim saat sinkronisasi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BendaharaDeskView</name>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="111"/>
        <source>Meja Bendahara Pengeluaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="112"/>
        <source>Rincian pajak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="113"/>
        <source>Nilai kuitansi (bruto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="113"/>
        <source>DPP (harga jual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="114"/>
        <source>DPP nilai lain (11/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="114"/>
        <source>PPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="115"/>
        <source>PPh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="115"/>
        <source>Dibayarkan ke penyedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="115"/>
        <source>Meterai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="118"/>
        <source>Andaikan penyedia &amp;tidak punya NPWP/NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="119"/>
        <source>Andaikan penyedia punya Suket &amp;PP 55</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="120"/>
        <source>Penjelasan: rumus, aturan dan dasar hukum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="121"/>
        <source>&amp;Ajukan pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="122"/>
        <source>&amp;Catat pembayaran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="123"/>
        <source>Cetak &amp;kuitansi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="124"/>
        <source>Cetak &amp;BKU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="125"/>
        <source>Cetak Buku Pembantu &amp;Pajak…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogController</name>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="31"/>
        <source>Katering makanan</source>
        <translation>Food catering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="32"/>
        <source>Alat tulis dan perlengkapan kantor</source>
        <translation>Stationery and office supplies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="33"/>
        <source>Sabun, masker dan hand sanitizer</source>
        <translation>Soap, masks and hand sanitiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="34"/>
        <source>Furnitur</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="35"/>
        <source>Konveksi dan seragam</source>
        <translation>Garments and uniforms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="36"/>
        <source>Beras dan bahan pangan</source>
        <translation>Rice and staple food</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="37"/>
        <source>Pasir dan material bangunan</source>
        <translation>Sand and building materials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="38"/>
        <source>Jasa (kebersihan, servis, sewa)</source>
        <translation>Services (cleaning, repair, rental)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="39"/>
        <source>Perorangan (UMKM)</source>
        <translation>Individual (micro/small business)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="40"/>
        <source>Badan usaha</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="98"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="139"/>
        <source>Harga &quot;%1&quot; tidak terbaca. Tulis angka saja, misalnya 150000 atau Rp150.000.</source>
        <translation>Price &quot;%1&quot; cannot be read. Type digits only, for example 150000 or Rp150.000.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="174"/>
        <source>Tidak ada produk yang cocok. Periksa ejaan, kurangi kata kunci, atau tekan Atur ulang filter.</source>
        <translation>No matching products. Check the spelling, use fewer words, or press Reset filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="182"/>
        <source>Menampilkan %1 dari %2%3 produk. Persempit pencarian untuk melihat sisanya.</source>
        <translation>Showing %1 of %2%3 products. Narrow the search to see the rest.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="184"/>
        <source>%1 produk ditemukan.</source>
        <translation>%1 products found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="223"/>
        <source>Pilih produk di tabel untuk melihat rinciannya.</source>
        <translation>Select a product in the table to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="224"/>
        <source>&amp;Jumlah</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="225"/>
        <source>&amp;Tambah ke pesanan</source>
        <translation>&amp;Add to order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="226"/>
        <source>★ Penyedia UMKM ini belum pernah terjual — pesanan Anda membantu pemerataan.</source>
        <translation>★ This small-business seller has never made a sale — your order helps spread the spending fairly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="227"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="227"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="227"/>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="228"/>
        <source>TKDN</source>
        <translation>Local content (TKDN)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="228"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="228"/>
        <source>Bentuk usaha</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="229"/>
        <source>Kab/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="229"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="230"/>
        <source>Pajak</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="230"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="237"/>
        <source>%1 per %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="238"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="238"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="244"/>
        <source>PKP: %1 · NPWP: %2 · Suket PP 55: %3</source>
        <translation>VAT-registered: %1 · Tax ID: %2 · PP 55 certificate: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="276"/>
        <source>Produk ditambahkan ke draf pesanan. Lengkapi pesanan lalu ajukan ke PPK.</source>
        <translation>Product added to the draft order. Complete the order, then submit it to the PPK.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/controller.py" line="281"/>
        <source>Katalog tidak dapat dibaca (%1). Coba lagi; bila berulang, sinkronkan ulang katalog.</source>
        <translation>The catalogue could not be read (%1). Try again; if it keeps happening, synchronise the catalogue again.</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="36"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="51"/>
        <source>Cari produk, penyedia, kab/kota… (Ctrl+F)</source>
        <translation>Search products, sellers, regencies… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="52"/>
        <source>&amp;Kategori</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="53"/>
        <source>Kab/&amp;Kota</source>
        <translation>Re&amp;gency/City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="54"/>
        <source>&amp;Marketplace</source>
        <translation>&amp;Marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="55"/>
        <source>&amp;Bentuk usaha</source>
        <translation>&amp;Legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="56"/>
        <source>&amp;Harga (Rp)</source>
        <translation>&amp;Price (Rp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="57"/>
        <source>minimal</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="58"/>
        <source>maksimal</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="59"/>
        <source>Produk UMKM belum pernah terjual</source>
        <translation>Small-business products never sold yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="60"/>
        <source>Tampilkan hanya produk dari penyedia yang belum pernah mendapat pesanan</source>
        <translation>Show only products from sellers who have never received an order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/__init__.py" line="61"/>
        <source>Atur ulang filter</source>
        <translation>Reset filters</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="110"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="110"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="110"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="110"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="110"/>
        <source>Kab/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="111"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="111"/>
        <source>Penjualan</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="137"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="157"/>
        <source>Penyedia UMKM ini belum pernah mendapat pesanan. Pertimbangkan produknya.</source>
        <translation>This small-business seller has never received an order. Consider their products.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="173"/>
        <source>★ Belum terjual</source>
        <translation>★ Never sold</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="127"/>
        <source>✗ Wajib diperbaiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="127"/>
        <source>! Perhatikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="128"/>
        <source>✓ Sesuai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="54"/>
        <source>Nanti saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="64"/>
        <source>Perlu perhatian: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="54"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="73"/>
        <source>Pratinjau: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="74"/>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="75"/>
        <source>&amp;Simpan sebagai PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="77"/>
        <source>Dokumen ini sudah pernah dicetak: salinan ini ditandai SALINAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="79"/>
        <source>Pesanan belum sampai tahap resmi: dokumen ditandai DRAF dan tidak untuk ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="81"/>
        <source>Dokumen resmi. Cetak atau simpan; salinan berikutnya akan ditandai SALINAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="83"/>
        <source>%1 halaman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="90"/>
        <source>Cetak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="98"/>
        <source>Printer tidak dapat dibuka. Periksa printer atau simpan sebagai PDF dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="112"/>
        <source>Dikirim ke printer. Salinan berikutnya akan ditandai SALINAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="116"/>
        <source>Simpan sebagai PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="117"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="125"/>
        <source>Berkas tidak dapat disimpan (%1). Pilih folder lain yang dapat ditulisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialog.py" line="129"/>
        <source>Tersimpan di %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="38"/>
        <source>Pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="38"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="38"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="38"/>
        <source>Diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="39"/>
        <source>Umur (hari kerja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="39"/>
        <source>Batas persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="49"/>
        <source>Draf %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="57"/>
        <source>%1 dari %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="60"/>
        <source>Lewat batas (%1) — pesanan dibatalkan otomatis oleh server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="62"/>
        <source>%1 (sisa %2 hari kerja)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="54"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="54"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="54"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="54"/>
        <source>Harga satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="55"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="55"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="65"/>
        <source>Produk tidak tersedia lagi — hapus atau ganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="67"/>
        <source>Harga kini %1 — periksa sebelum diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="95"/>
        <source>Jumlah harus bilangan bulat, misalnya 10. Ketik ulang jumlahnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="98"/>
        <source>Jumlah harus lebih dari 0. Untuk membuang baris, tekan Hapus baris.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginController</name>
    <message>
        <location filename="../../desktop/ui/login/controller.py" line="96"/>
        <source>Kata sandi: %1</source>
        <translation>Password: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/controller.py" line="103"/>
        <source>Klik dua kali sebuah akun untuk mengisinya. Kata sandi semua akun demo: %1</source>
        <translation>Double-click an account to fill it in. Password of every demo account: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/controller.py" line="107"/>
        <source>Akun demo akan muncul setelah server demo lokal pertama kali dijalankan. Tekan Masuk dengan nama pengguna demo, misalnya pp.demo, atau tunggu sebentar.</source>
        <translation>Demo accounts appear after the local demo server has run once. Press Sign in with a demo user name, or wait a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/controller.py" line="128"/>
        <source>Isi nama pengguna dan kata sandi, lalu tekan Masuk.</source>
        <translation>Enter your user name and password, then press Sign in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/controller.py" line="133"/>
        <source>Alamat server harus diawali http:// atau https://. Perbaiki alamatnya, atau pilih server demo lokal.</source>
        <translation>The server address must start with http:// or https://. Correct it, or choose the local demo server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/controller.py" line="138"/>
        <source>Menghubungkan ke server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/controller.py" line="139"/>
        <source>Menyiapkan server demo lokal (pertama kali bisa memakan waktu)…</source>
        <translation>Preparing the local demo server (the first time can take a while)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/controller.py" line="171"/>
        <source>Tidak dapat masuk (%1). Periksa alamat server dan jaringan, lalu coba lagi.</source>
        <translation>Could not sign in (%1). Check the server address and the network, then try again.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="118"/>
        <source>Masuk — Blangkon Desktop</source>
        <translation>Sign in — Blangkon Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="119"/>
        <source>Blangkon Desktop</source>
        <translation>Blangkon Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="120"/>
        <source>Belanja langsung UMKM Jawa Tengah. Masuk dengan akun pengadaan Anda; setelah pernah masuk, Anda dapat bekerja tanpa koneksi.</source>
        <translation>Direct purchasing from Central Java small businesses. Sign in with your procurement account; once you have signed in here, you can work without a connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="122"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="123"/>
        <source>Gunakan server demo lokal</source>
        <translation>Use the local demo server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="124"/>
        <source>Server provinsi:</source>
        <translation>Provincial server:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="125"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="126"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="127"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="128"/>
        <source>Akun demo</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="129"/>
        <source>Klik dua kali sebuah akun untuk mengisi nama pengguna dan kata sandinya.</source>
        <translation>Double-click an account to fill in its user name and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96"/>
        <source>Layar ini tidak tersedia untuk peran Anda. Pilih menu di sebelah kiri.</source>
        <translation>This screen is not available for your role. Choose an item on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201"/>
        <source>&amp;Sinkronkan sekarang</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="202"/>
        <source>&amp;Ganti pengguna…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207"/>
        <source>&amp;Tentang Blangkon Desktop</source>
        <translation>&amp;About Blangkon Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="221"/>
        <source>Blangkon Desktop</source>
        <translation>Blangkon Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232"/>
        <source>Terjadi kesalahan tak terduga (%1). Coba lagi; bila berulang, kirim berkas log ke admin TI.</source>
        <translation>An unexpected error occurred (%1). Try again; if it keeps happening, send the log file to IT support.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>Tidak dapat melanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>Sinkronisasi selesai.</source>
        <translation>Synchronisation finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>Tentang Blangkon Desktop</source>
        <translation>About Blangkon Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>Blangkon Desktop — belanja langsung UMKM Jawa Tengah.
Bekerja tanpa koneksi; data dikirim ke server provinsi saat Anda menyinkronkan.</source>
        <translation>Blangkon Desktop — direct purchasing from Central Java small businesses.
Works offline; data is sent to the provincial server when you synchronise.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/navigation.py" line="52"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigation.py" line="53"/>
        <source>Pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigation.py" line="54"/>
        <source>Ubah pesanan</source>
        <translation>Edit order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigation.py" line="55"/>
        <source>Persetujuan</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigation.py" line="56"/>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigation.py" line="58"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigation.py" line="59"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>OrderEditorScreen</name>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="87"/>
        <source>Ubah pesanan</source>
        <translation>Edit order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="110"/>
        <source>Pilih pesanan dari daftar Pesanan, atau tambahkan produk dari Katalog untuk membuat pesanan baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="132"/>
        <source>— pilih —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="146"/>
        <source>Tersimpan di PC ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="153"/>
        <source>Status: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="156"/>
        <source>belum dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="170"/>
        <source>Pesanan ini sudah diajukan dan tidak dapat diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="207"/>
        <source>%1 butir wajib diperbaiki sebelum diajukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="208"/>
        <source>Semua syarat wajib terpenuhi. Pesanan siap diajukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="247"/>
        <source>Pilih baris yang akan dihapus dulu (klik atau tombol panah), lalu tekan Hapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="297"/>
        <source>Ajukan ke PPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="298"/>
        <source>Ajukan pesanan %1 senilai %2 ke PPK? Setelah diajukan pesanan tidak dapat diubah kecuali ditolak PPK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="309"/>
        <source>Pesanan diajukan ke PPK. Akan dikirim ke server saat ada koneksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="323"/>
        <source>Riwayat urungkan dikosongkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEditorView</name>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="172"/>
        <source>Data pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="173"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="174"/>
        <source>&amp;Jalur belanja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="175"/>
        <source>Kode &amp;RUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="176"/>
        <source>&amp;Sub-kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="177"/>
        <source>&amp;Kode rekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="178"/>
        <source>&amp;Alamat pengiriman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="179"/>
        <source>&amp;Tanggal kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="180"/>
        <source>&amp;Ongkos kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="181"/>
        <source>Cata&amp;tan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="182"/>
        <source>mis. 51234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="183"/>
        <source>mis. Rp25.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="184"/>
        <source>Tambah &amp;produk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="185"/>
        <source>&amp;Hapus baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="186"/>
        <source>&amp;Urungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="187"/>
        <source>U&amp;lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="188"/>
        <source>Nilai pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="189"/>
        <source>Subtotal barang/jasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="189"/>
        <source>Ongkos kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="190"/>
        <source>Total (termasuk pajak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="190"/>
        <source>Perkiraan PPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="191"/>
        <source>Perkiraan PPh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="191"/>
        <source>Perkiraan diterima penyedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="194"/>
        <source>Pemeriksaan sebelum diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="195"/>
        <source>Periksa &amp;ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="196"/>
        <source>A&amp;jukan ke PPK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderHistoryScreen</name>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="78"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="81"/>
        <source>Riwayat dan jejak audit pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="82"/>
        <source>&amp;Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="84"/>
        <source>Cetak %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="96"/>
        <source>Belum ada pesanan di PC ini. Buat pesanan dari Katalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="116"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="45"/>
        <source>Nomor SP / draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="45"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="45"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="45"/>
        <source>Status pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="46"/>
        <source>Sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="46"/>
        <source>Diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="55"/>
        <source>Draf %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../desktop/ui/orders/screen.py" line="47"/>
        <source>Pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/screen.py" line="73"/>
        <source>%1 pesanan perlu perhatian: pilih lalu tekan &quot;Selesaikan masalah…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/screen.py" line="158"/>
        <source>Batalkan pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/screen.py" line="159"/>
        <source>Alasan pembatalan (wajib, tercatat di riwayat):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/screen.py" line="168"/>
        <source>Tersimpan di PC ini; akan dikirim saat sinkronisasi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="73"/>
        <source>Pesanan saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="74"/>
        <source>Status sinkronisasi tiap pesanan: &quot;Tersimpan di PC ini saja&quot;, &quot;Menunggu dikirim&quot;, &quot;Terkirim&quot; atau &quot;Perlu perhatian&quot;. Enter membuka pesanan terpilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="76"/>
        <source>&amp;Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="77"/>
        <source>&amp;Selesaikan masalah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="78"/>
        <source>&amp;Cetak SP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="79"/>
        <source>&amp;Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="80"/>
        <source>&amp;Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="81"/>
        <source>Status dari lokapasar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="82"/>
        <source>Sudah &amp;dikirim ke penyedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="83"/>
        <source>Dikon&amp;firmasi penyedia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="84"/>
        <source>Dalam &amp;pengiriman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="85"/>
        <source>Batalk&amp;an pesanan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="28"/>
        <source>Catat pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="31"/>
        <source>Bayar %1: nilai kuitansi %2, dipungut bendahara %3, ditransfer ke penyedia %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="42"/>
        <source>mis. 0457</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="44"/>
        <source>&amp;Cara bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="45"/>
        <source>&amp;Tanggal bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="46"/>
        <source>Nomor &amp;BKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="50"/>
        <source>Simpan pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="53"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PpkInboxScreen</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="49"/>
        <source>Persetujuan</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="87"/>
        <source>%1 pesanan melewati batas 3 hari kerja. Segera putuskan; server membatalkannya otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="119"/>
        <source>%1 — %2. Kode RUP %3, sub-kegiatan %4, rekening %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="123"/>
        <source>Anda pembuat pesanan ini, jadi PPK lain yang harus menyetujuinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="126"/>
        <source>Tidak ada pesanan yang menunggu persetujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="140"/>
        <source>Setujui pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="141"/>
        <source>Setujui %1 senilai %2? SP diberi nomor dari blok nomor perangkat ini dan dianggap ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="145"/>
        <source>Pesanan disetujui; SP siap dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="155"/>
        <source>Pesanan ditolak dan dikembalikan ke Pejabat Pengadaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="167"/>
        <source>Hasil pemeriksaan tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="178"/>
        <source>BAST ditandatangani; siap dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="185"/>
        <source>Persetujuan bayar (PA/KPA) tercatat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PpkInboxView</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="101"/>
        <source>Meja Pejabat Pembuat Komitmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="102"/>
        <source>Menunggu persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="103"/>
        <source>Pengiriman, penerimaan dan BAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="104"/>
        <source>Persetujuan bayar (PA/KPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="105"/>
        <source>&amp;Setujui dan terbitkan SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="106"/>
        <source>&amp;Tolak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="107"/>
        <source>&amp;Pratinjau SP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="108"/>
        <source>Periksa &amp;penerimaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="109"/>
        <source>Tanda tangani &amp;BAST…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="110"/>
        <source>Cetak &amp;SP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="111"/>
        <source>Cetak B&amp;AST…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="112"/>
        <source>Setu&amp;ju dibayar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceChangedDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="101"/>
        <source>Harga di katalog berubah sejak pesanan ini disusun. Periksa selisihnya: &quot;Terima harga baru&quot; mengirim ulang pesanan dengan harga sekarang; &quot;Ubah pesanan&quot; membukanya kembali sebagai draf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="110"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="110"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="110"/>
        <source>Harga dikutip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="110"/>
        <source>Harga sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="111"/>
        <source>Selisih total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="113"/>
        <source>&amp;Terima harga baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="115"/>
        <source>&amp;Ubah pesanan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPickerDialog</name>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="44"/>
        <source>&amp;Tambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="45"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="71"/>
        <source>Tambah produk ke pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="72"/>
        <source>&amp;Cari produk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="73"/>
        <source>&amp;Jumlah</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="74"/>
        <source>Ketik nama produk atau penyedia, mis. kertas A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="75"/>
        <source>Panah atas/bawah memilih produk, Enter menambahkan, Esc menutup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="91"/>
        <source>%1 — %2 per %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="97"/>
        <source>%1 produk ditemukan. Enter menambahkan produk terpilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="100"/>
        <source>Tidak ada produk yang cocok. Coba kata lain atau sinkronkan katalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductUnavailableDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="121"/>
        <source>Produk berikut tidak dijual lagi. Untuk tiap baris pilih &quot;Hapus baris&quot; atau produk pengganti dari penyedia yang sama, lalu tekan Terapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="123"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="123"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="123"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="128"/>
        <source>Hapus baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="130"/>
        <source>Ganti: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="136"/>
        <source>&amp;Terapkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="82"/>
        <source>Pemeriksaan barang diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="83"/>
        <source>Periksa barang %1. Bila ada yang kurang atau tidak sesuai, pesanan dicatat sebagai KETIDAKSESUAIAN dan dapat diperiksa ulang setelah dilengkapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="90"/>
        <source>Fungsi sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="91"/>
        <source>Jumlah sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="92"/>
        <source>Waktu pengiriman sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="95"/>
        <source>&amp;Tanggal pemeriksaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="96"/>
        <source>Pemeriksaan tepat guna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="107"/>
        <source>Diterima: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="109"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="110"/>
        <source>Simpan hasil pemeriksaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="59"/>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="66"/>
        <source>Tolak pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="60"/>
        <source>Tolak %1 (%2)? Tulis apa yang harus diperbaiki Pejabat Pengadaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="64"/>
        <source>mis. Kode rekening salah, gunakan 5.1.02.01.01.0025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="65"/>
        <source>&amp;Alasan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../desktop/ui/screen.py" line="55"/>
        <source>Layar</source>
        <translation>Screen</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../desktop/ui/settings_screen/controller.py" line="94"/>
        <source>Pengaturan disimpan. Kop surat dan penandatangan dipakai pada dokumen berikutnya.</source>
        <translation>Settings saved. The letterhead and signatories are used on the next documents.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/controller.py" line="101"/>
        <source>Pengaturan tidak dapat disimpan (%1). Coba lagi.</source>
        <translation>Settings could not be saved (%1). Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/controller.py" line="128"/>
        <source>Pilih logo kop surat</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/controller.py" line="129"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/controller.py" line="136"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/controller.py" line="142"/>
        <source>Pilih folder data</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/controller.py" line="150"/>
        <source>Folder data diubah. Tutup lalu buka kembali aplikasi agar berlaku; data lama tetap ada di folder sebelumnya (salin bila perlu).</source>
        <translation>Data folder changed. Close and reopen the application for it to apply; the old data stays in the previous folder (copy it if needed).</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="27"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="34"/>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="35"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="36"/>
        <source>Alamat &amp;server</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="38"/>
        <source>Gunakan server demo lokal</source>
        <translation>Use the local demo server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="39"/>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="40"/>
        <source>Ubah…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="41"/>
        <source>Perubahan folder data berlaku setelah aplikasi dibuka ulang.</source>
        <translation>A new data folder applies after the application is reopened.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="42"/>
        <source>Kop surat dokumen</source>
        <translation>Document letterhead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="43"/>
        <source>&amp;Pemerintah daerah</source>
        <translation>&amp;Regional government</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="44"/>
        <source>Nama &amp;OPD</source>
        <translation>&amp;Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="45"/>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="46"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="47"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="48"/>
        <source>Penandatangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="49"/>
        <source>Nama lengkap dan gelar</source>
        <translation>Full name and titles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="50"/>
        <source>NIP (18 angka)</source>
        <translation>NIP (18 digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="51"/>
        <source>Pengguna/Kuasa Pengguna Anggaran (PA/KPA)</source>
        <translation>Budget User / Authorised Budget User (PA/KPA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="52"/>
        <source>Pejabat Pembuat Komitmen (PPK)</source>
        <translation>Commitment Officer (PPK)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="53"/>
        <source>Pejabat Pelaksana Teknis Kegiatan (PPTK)</source>
        <translation>Technical Activity Officer (PPTK)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="54"/>
        <source>Bendahara Pengeluaran</source>
        <translation>Expenditure Treasurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/__init__.py" line="58"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>StaleApprovalDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="144"/>
        <source>Persetujuan yang Anda berikan saat offline ditolak server karena pesanan atau harganya berubah sesudahnya. Nomor SP dari persetujuan itu dibatalkan (tidak dipakai ulang). Kembalikan pesanan ke antrean lalu periksa ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="149"/>
        <source>&amp;Kembalikan ke antrean PPK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="92"/>
        <source>Menyinkronkan: %1</source>
        <translation>Synchronising: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="114"/>
        <source>Sinkronkan sekarang</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="115"/>
        <source>Kirim pesanan yang menunggu dan ambil perubahan katalog (F5)</source>
        <translation>Send waiting orders and fetch catalogue changes (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="122"/>
        <source>Belum masuk</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="124"/>
        <source>daring</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="124"/>
        <source>luring</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="127"/>
        <source>Terhubung ke server</source>
        <translation>Connected to the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="127"/>
        <source>Bekerja tanpa koneksi</source>
        <translation>Working offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="128"/>
        <source>Menyinkronkan…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="129"/>
        <source>Server tidak terjangkau — data tersimpan di komputer ini, coba lagi nanti</source>
        <translation>Server unreachable — data is kept on this PC, try again later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="130"/>
        <source>Sinkronisasi gagal: %1 — coba lagi, atau hubungi admin bila berulang</source>
        <translation>Synchronisation failed: %1 — try again, or contact the administrator if it keeps happening</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="132"/>
        <source>Sinkronisasi belum tersedia di versi ini</source>
        <translation>Synchronisation is not available in this version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="135"/>
        <source>Menunggu dikirim: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="137"/>
        <source>Belum pernah sinkron</source>
        <translation>Never synchronised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/controller.py" line="139"/>
        <source>Sinkron terakhir: %1</source>
        <translation>Last synchronised: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="68"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="68"/>
        <source>Siapa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="68"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="68"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="69"/>
        <source>Status lama → baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="69"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="79"/>
        <source>%1 · server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="80"/>
        <source>%1 · PC ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="95"/>
        <source>Waktu resmi dari server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="96"/>
        <source>Waktu perangkat: langkah ini tercatat di PC ini dan akan dikonfirmasi server saat sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../../desktop/ui/navigation.py" line="89"/>
        <source>Layar belum tersedia: %1.
Fitur ini belum terpasang pada versi aplikasi ini. Gunakan menu lain, atau perbarui aplikasi lalu buka kembali.</source>
        <translation>Screen not available yet: %1.
This feature is not installed in this version. Use another menu item, or update the application and open it again.</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="45"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="175"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="176"/>
        <source>Nomor SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="177"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="178"/>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="183"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="183"/>
        <source>Di PC ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="183"/>
        <source>Di server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
