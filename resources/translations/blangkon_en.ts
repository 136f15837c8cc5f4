<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/dashboard/exports.py" line="51"/>
        <source>Ekspor tabel ke CSV</source>
        <translation>Export table to CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/exports.py" line="56"/>
        <source>Tabel disimpan: %1</source>
        <translation>Table saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/exports.py" line="65"/>
        <source>Ekspor semua tabel ke XLSX</source>
        <translation>Export all tables to XLSX</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/exports.py" line="69"/>
        <source>Data per %1</source>
        <translation>Data as of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/exports.py" line="71"/>
        <source>Buku kerja disimpan: %1</source>
        <translation>Workbook saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/exports.py" line="77"/>
        <source>Ekspor halaman ke PDF</source>
        <translation>Export page to PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/exports.py" line="82"/>
        <source>PDF disimpan: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_recovery.py" line="21"/>
        <source>%1

Tidak ada cadangan yang utuh. Berkas lama akan disisihkan (tidak dihapus) dan aplikasi mulai dengan basis data kosong; hubungi admin TI bila ada pekerjaan yang belum terkirim.</source>
        <translation>%1

There is no intact backup. The old file will be set aside (not deleted) and the application starts with an empty database; contact IT if there was work not yet sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_recovery.py" line="24"/>
        <source>%1

Cadangan terbaru (%2) berisi %3 draf dan %4 perintah yang belum terkirim. Pulihkan dari cadangan itu? Berkas lama disisihkan, tidak dihapus; perintah yang sudah pernah terkirim tidak akan tergandakan.</source>
        <translation>%1

The latest backup (%2) holds %3 drafts and %4 commands not yet sent. Restore from that backup? The old file is set aside, not deleted; commands already sent will not be doubled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_recovery.py" line="35"/>
        <source>Basis data lokal rusak</source>
        <translation>The local database is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_recovery.py" line="37"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_recovery.py" line="37"/>
        <source>Mulai dengan basis data kosong</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_recovery.py" line="39"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_recovery.py" line="45"/>
        <source>Basis data lokal</source>
        <translation>Local database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_recovery.py" line="51"/>
        <source>Log audit berubah</source>
        <translation>Audit log changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_recovery.py" line="52"/>
        <source>Log audit di komputer ini telah diubah di luar aplikasi (mulai entri %1). Pekerjaan tetap bisa dilanjutkan, tetapi laporkan ke admin TI dan jalankan `blangkon --self-test`.</source>
        <translation>The audit log on this PC was changed outside the application (from entry %1). You can keep working, but report it to IT and run `blangkon --self-test`.</translation>
    </message>
</context>
<context>
    <name>ActedFirstDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="172"/>
        <source>Server menolak langkah ini.</source>
        <translation>The server refused this step.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="178"/>
        <source>Pakai salinan &amp;server</source>
        <translation>Use the &amp;server copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="183"/>
        <source>Kirim ulang &amp;milik saya</source>
        <translation>Send &amp;mine again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="185"/>
        <source>Salinan server belum ada di PC ini. Sinkronkan dulu, lalu buka lagi.</source>
        <translation>The server copy is not on this PC yet. Synchronise first, then open this again.</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <location filename="../../desktop/ui/dashboard/alerts_dialog.py" line="35"/>
        <source>Perlu tindakan Anda</source>
        <translation>Needs your action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/alerts_dialog.py" line="38"/>
        <source>%1 pesanan perlu ditindaklanjuti (%2 mendesak). Pilih salah satu lalu tekan Buka.</source>
        <translation>%1 orders need follow-up (%2 urgent). Select one, then press Open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/alerts_dialog.py" line="51"/>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/alerts_dialog.py" line="52"/>
        <source>&amp;Nanti saja</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/alerts_dialog.py" line="84"/>
        <source>Peringatan tidak dapat dimuat; buka menu Persetujuan atau Pembayaran untuk memeriksa pesanan Anda.</source>
        <translation>Reminders could not be loaded; open Approvals or Payments to check your orders.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/app/gui.py" line="103"/>
        <source>Masuk tanpa koneksi: pekerjaan disimpan di komputer ini dan dikirim saat Anda menyinkronkan.</source>
        <translation>Signed in offline: your work is saved on this PC and sent when you synchronise.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/gui.py" line="106"/>
        <source>Sesi tidak diingat</source>
        <translation>Session not remembered</translation>
    </message>
    <message>
        <location filename="../../desktop/app/gui.py" line="108"/>
        <source>Sebagian data terkunci</source>
        <translation>Some data is locked</translation>
    </message>
    <message>
        <location filename="../../desktop/app/gui.py" line="166"/>
        <source>Pekerjaan petugas lain belum terkirim</source>
        <translation>Other officers&apos; work not sent yet</translation>
    </message>
    <message>
        <location filename="../../desktop/app/gui.py" line="186"/>
        <source>Terjemahan tidak dapat dimuat; tetap memakai Bahasa Indonesia.</source>
        <translation>The translation could not be loaded; staying in Indonesian.</translation>
    </message>
</context>
<context>
    <name>BankReconciliation</name>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="19"/>
        <source>Selisih dengan bank: Rp%1</source>
        <translation>Difference from the bank: Rp%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="38"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="39"/>
        <source>Uraian bank</source>
        <translation>Bank narrative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="40"/>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="41"/>
        <source>Debet (Rp)</source>
        <translation>Debit (Rp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="42"/>
        <source>Kredit (Rp)</source>
        <translation>Credit (Rp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="70"/>
        <source>Pilihan</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="71"/>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="106"/>
        <source>Tanggal catat</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="72"/>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="110"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="73"/>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="108"/>
        <source>Penerima</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="74"/>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="107"/>
        <source>SP / uraian</source>
        <translation>SP / description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="75"/>
        <location filename="../../desktop/ui/bank_reconciliation/model.py" line="109"/>
        <source>No. BKU / NTPN</source>
        <translation>BKU no. / NTPN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="12"/>
        <source>Terkonfirmasi</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="13"/>
        <source>Usulan cocok</source>
        <translation>Proposed match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="14"/>
        <source>Biaya bank?</source>
        <translation>Bank fee?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="15"/>
        <source>Retur / dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="16"/>
        <source>Kemungkinan ganda</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="17"/>
        <source>Beberapa calon — pilih</source>
        <translation>Several candidates — choose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="18"/>
        <source>Sebagian</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="19"/>
        <source>Tidak dikenal</source>
        <translation>Unexplained</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="27"/>
        <source>jumlah sama</source>
        <translation>same amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="28"/>
        <source>jumlah berbeda</source>
        <translation>different amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="29"/>
        <source>rekening penerima</source>
        <translation>beneficiary account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="30"/>
        <source>nama penerima</source>
        <translation>beneficiary name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="31"/>
        <source>nomor SP/BKU/NTPN</source>
        <translation>SP/BKU/NTPN number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="34"/>
        <source>1 baris = 1 pembayaran</source>
        <translation>1 line = 1 payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="35"/>
        <source>transfer massal: 1 baris = %1 pembayaran</source>
        <translation>bulk transfer: 1 line = %1 payments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="36"/>
        <source>dibayar dalam %1 baris</source>
        <translation>paid in %1 lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="37"/>
        <source>sebagian dari pembayaran</source>
        <translation>part of a payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="40"/>
        <source>Pembayaran</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="41"/>
        <source>Setoran pajak</source>
        <translation>Tax deposit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="42"/>
        <source>Penerimaan</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="45"/>
        <source>dicocokkan</source>
        <translation>matched</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="46"/>
        <source>biaya bank</source>
        <translation>bank fee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="47"/>
        <source>retur</source>
        <translation>returned transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="48"/>
        <source>dijelaskan dengan catatan</source>
        <translation>explained in a note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="52"/>
        <source>bank %1 hari %2</source>
        <translation>bank %1 day(s) %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="53"/>
        <source>sesudah</source>
        <translation>later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="54"/>
        <source>sebelum</source>
        <translation>earlier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/words.py" line="55"/>
        <source>tanggal sama</source>
        <translation>same date</translation>
    </message>
</context>
<context>
    <name>BankReconciliationScreen</name>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="73"/>
        <source>Rekonsiliasi bank</source>
        <translation>Bank reconciliation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="100"/>
        <source>Semua rekening</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="115"/>
        <source>belum diketahui</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="116"/>
        <source>Saldo akhir BKU: &lt;b&gt;%1&lt;/b&gt; · saldo akhir rekening koran: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>BKU closing balance: &lt;b&gt;%1&lt;/b&gt; · statement closing balance: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="118"/>
        <source>Terkonfirmasi %1 · cocok menunggu konfirmasi %2 · pembayaran belum tampil di bank %3 · tidak dikenal %4 · perlu diperiksa %5</source>
        <translation>Confirmed %1 · matches awaiting confirmation %2 · payments not yet on the statement %3 · unexplained %4 · to check %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="126"/>
        <source>Belum ada mutasi bulan ini. Impor rekening koran (MT940 atau CSV) dari internet banking.</source>
        <translation>No statement lines this month yet. Import a bank statement (MT940 or CSV) from internet banking.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="144"/>
        <source>Pilih baris rekening koran di atas.</source>
        <translation>Select a statement line above.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="146"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="147"/>
        <source> keluar</source>
        <translation> out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="147"/>
        <source> masuk</source>
        <translation> in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="154"/>
        <source>Terkonfirmasi: %1.</source>
        <translation>Confirmed: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="156"/>
        <source>Catatan: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="161"/>
        <source>Tidak ada pembayaran tercatat yang cocok. Bila ini biaya bank atau retur, tandai; bila lain, jelaskan dengan catatan.</source>
        <translation>No recorded payment matches. If this is a bank fee or a returned transfer, mark it; otherwise explain it in a note.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="171"/>
        <source>Mengapa cocok: %1</source>
        <translation>Why it matches: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="185"/>
        <source>Pilih rekening koran</source>
        <translation>Choose a bank statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="186"/>
        <source>Rekening koran (*.sta *.mt940 *.txt *.csv);;Semua berkas (*)</source>
        <translation>Bank statements (*.sta *.mt940 *.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="223"/>
        <source>%1: %2 baris dibaca, %3 baris baru, %4 sudah ada (tidak ditambah).</source>
        <translation>%1: %2 lines read, %3 new, %4 already there (not added).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="227"/>
        <source>%1 baris baru mirip baris yang sudah ada (tanggal dan jumlah sama): bila berkas ini rekening koran yang sama dalam format lain, tekan &quot;Batalkan impor tadi&quot;.</source>
        <translation>%1 new lines look like lines already there (same date and amount): if this file is the same statement in another format, press &quot;Undo that import&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="252"/>
        <source>Impor %1 dibatalkan: %2 baris dihapus.</source>
        <translation>Import of %1 undone: %2 lines removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="265"/>
        <source>Jumlah berbeda</source>
        <translation>Amounts differ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="266"/>
        <source>Jumlah di bank dan di catatan berselisih %1. Jelaskan mengapa (mis. potongan biaya oleh bank penerima).</source>
        <translation>The bank and the records differ by %1. Explain why (e.g. a fee taken by the receiving bank).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="278"/>
        <source>Jelaskan baris bank</source>
        <translation>Explain the bank line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="279"/>
        <source>Baris ini tidak ada di catatan Bendahara. Tulis penjelasannya (mis. bunga jasa giro).</source>
        <translation>This line is not in the Bendahara&apos;s records. Write what it is (e.g. current-account interest).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="315"/>
        <source>Ekspor rekonsiliasi bank</source>
        <translation>Export bank reconciliation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/screen.py" line="326"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>BankReconciliationView</name>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="113"/>
        <source>Rekonsiliasi bank</source>
        <translation>Bank reconciliation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="114"/>
        <source>Bul&amp;an</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="115"/>
        <source>Rekenin&amp;g</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="121"/>
        <source>&amp;Impor rekening koran…</source>
        <translation>&amp;Import statement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="122"/>
        <source>Berkas MT940 atau CSV dari internet banking. Mengimpor berkas yang sama dua kali tidak menambah apa pun.</source>
        <translation>An MT940 or CSV file from internet banking. Importing the same file twice adds nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="124"/>
        <source>Batalkan impor &amp;tadi</source>
        <translation>&amp;Undo that import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="125"/>
        <source>Menghapus baris baru dari berkas yang baru diimpor (mis. rekening koran yang sama dalam format lain).</source>
        <translation>Removes the new lines of the file just imported (e.g. the same statement in another format).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="127"/>
        <source>Konfirmasi semua &amp;usulan</source>
        <translation>Confirm all propo&amp;sals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="128"/>
        <source>&amp;Cetak rekonsiliasi…</source>
        <translation>&amp;Print reconciliation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="129"/>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="130"/>
        <source>Mutasi rekening koran bulan ini</source>
        <translation>This month&apos;s statement lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="131"/>
        <source>Calon pasangan dari catatan Bendahara</source>
        <translation>Candidates from the Bendahara&apos;s records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="132"/>
        <source>&amp;Konfirmasi pasangan</source>
        <translation>&amp;Confirm match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="133"/>
        <source>Menautkan baris bank ke pembayaran yang sudah dicatat. Tidak membuat pembayaran baru.</source>
        <translation>Links the bank line to the payment already recorded. Never creates a new payment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="135"/>
        <source>Bia&amp;ya bank</source>
        <translation>&amp;Bank fee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="138"/>
        <source>Batalkan k&amp;onfirmasi</source>
        <translation>&amp;Undo confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="136"/>
        <source>&amp;Retur</source>
        <translation>&amp;Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="137"/>
        <source>&amp;Lainnya (catatan)…</source>
        <translation>&amp;Other (note)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/view.py" line="139"/>
        <source>Pembayaran tercatat yang belum tampil di rekening koran</source>
        <translation>Recorded payments not yet on the statement</translation>
    </message>
</context>
<context>
    <name>BastDialog</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="166"/>
        <source>Berita Acara Serah Terima</source>
        <translation>Handover Report (BAST)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="167"/>
        <source>BAST untuk %1. Ketik nomor BAST sesuai penomoran OPD, atau kosongkan agar nomor diambil dari blok nomor perangkat ini.</source>
        <translation>BAST for %1. Type the BAST number in the agency numbering, or leave it empty to take a number from this device&apos;s number block.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="170"/>
        <source>mis. 027/BAST/DINKOP/XI/2026</source>
        <translation>e.g. 027/BAST/DINKOP/XI/2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="175"/>
        <source>&amp;Nomor BAST</source>
        <translation>BAST &amp;number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="176"/>
        <source>&amp;Tanggal BAST</source>
        <translation>BAST &amp;date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="177"/>
        <source>Tanda tangani BAST</source>
        <translation>Sign the BAST</translation>
    </message>
</context>
<context>
    <name>BendaharaDeskScreen</name>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="55"/>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="90"/>
        <source>Pilih pesanan di tabel untuk melihat rumus, aturan dan dasar hukum tiap pajak.</source>
        <translation>Select an order in the table to see each tax&apos;s formula, rule and legal basis.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="92"/>
        <source>Belum ada pesanan yang menunggu pembayaran. Pesanan muncul di sini setelah BAST ditandatangani.</source>
        <translation>No orders are waiting for payment. Orders appear here after the BAST is signed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="125"/>
        <source>%1: PPh %2, diterima penyedia %3</source>
        <translation>%1: income tax %2, seller receives %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="127"/>
        <source>Perbandingan: </source>
        <translation>Comparison: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="137"/>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="140"/>
        <source>Menunggu persetujuan bayar PA/KPA sebelum dapat dibayar.</source>
        <translation>Waiting for the PA/KPA payment approval before it can be paid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="145"/>
        <source>Dibayar %1, BKU %2.</source>
        <translation>Paid %1, cash book no. %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="148"/>
        <source>Terkonfirmasi bank (rekening koran).</source>
        <translation>Confirmed by the bank statement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="150"/>
        <source>Cetak kuitansi, lalu tekan &quot;Tandai selesai&quot; untuk menutup pesanan.</source>
        <translation>Print the receipt (kuitansi), then press &quot;Mark complete&quot; to close the order.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="195"/>
        <source>Tandai %1 selesai?</source>
        <translation>Mark %1 as completed?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="196"/>
        <source>Pesanan yang selesai ditutup dan tidak dapat diubah lagi. Pastikan kuitansi sudah dicetak dan berkasnya lengkap.</source>
        <translation>A completed order is closed and can no longer be changed. Make sure the receipt is printed and the file is complete.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="198"/>
        <source>Tandai selesai</source>
        <translation>Mark as completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="205"/>
        <source>Pesanan %1 selesai. Tersimpan di PC ini; akan dikirim saat sinkronisasi.</source>
        <translation>Order %1 is complete. Saved on this PC; it will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="224"/>
        <source>Tersimpan di PC ini; akan dikirim saat sinkronisasi.</source>
        <translation>Saved on this PC; it will be sent when you synchronise.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/screen.py" line="131"/>
        <source>Aturan %1</source>
        <translation>Rule %1</translation>
    </message>
</context>
<context>
    <name>BendaharaDeskView</name>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="98"/>
        <source>Rincian pajak</source>
        <translation>Tax breakdown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="99"/>
        <source>Nilai kuitansi (bruto)</source>
        <translation>Receipt amount (gross)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="99"/>
        <source>DPP (harga jual)</source>
        <translation>Tax base (selling price)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="100"/>
        <source>DPP nilai lain (11/12)</source>
        <translation>Other-value tax base (11/12)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="100"/>
        <source>PPN</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="101"/>
        <source>PPh</source>
        <translation>Income tax</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="101"/>
        <source>Dibayarkan ke penyedia</source>
        <translation>Paid to the seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="101"/>
        <source>Meterai</source>
        <translation>Duty stamp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="104"/>
        <source>Andaikan penyedia tidak punya NPWP/N&amp;IK</source>
        <translation>Suppose the seller has &amp;no tax ID/NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="105"/>
        <source>Andaikan penyedia punya S&amp;uket PP 55</source>
        <translation>Suppose the seller has a &amp;PP 55 certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="113"/>
        <source>C&amp;etak BKU…</source>
        <translation>Print cash &amp;book…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="106"/>
        <source>Penjelasan: rumus, aturan dan dasar hukum</source>
        <translation>Explanation: formula, rule and legal basis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="107"/>
        <source>&amp;Ajukan pembayaran</source>
        <translation>Re&amp;quest payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="108"/>
        <source>&amp;Catat pembayaran…</source>
        <translation>Recor&amp;d payment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="109"/>
        <source>Tandai &amp;selesai</source>
        <translation>Mark &amp;complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="110"/>
        <source>Tutup pesanan yang sudah dibayar setelah kuitansi dicetak dan berkasnya lengkap (status Selesai).</source>
        <translation>Close a paid order once the receipt is printed and its file is complete (status Complete).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="112"/>
        <source>Cetak &amp;kuitansi…</source>
        <translation>Print &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/view.py" line="114"/>
        <source>Cetak Buku Pembantu &amp;Pajak…</source>
        <translation>Print &amp;tax subsidiary book…</translation>
    </message>
</context>
<context>
    <name>CatalogController</name>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="39"/>
        <source>Katering makanan</source>
        <translation>Food catering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="40"/>
        <source>Alat tulis dan perlengkapan kantor</source>
        <translation>Stationery and office supplies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="41"/>
        <source>Sabun, masker dan hand sanitizer</source>
        <translation>Soap, masks and hand sanitiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="42"/>
        <source>Furnitur</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="43"/>
        <source>Konveksi dan seragam</source>
        <translation>Garments and uniforms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="44"/>
        <source>Beras dan bahan pangan</source>
        <translation>Rice and staple food</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="45"/>
        <source>Pasir dan material bangunan</source>
        <translation>Sand and building materials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="46"/>
        <source>Jasa (kebersihan, servis, sewa)</source>
        <translation>Services (cleaning, repair, rental)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="47"/>
        <source>Perorangan (UMKM)</source>
        <translation>Individual (micro/small business)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="48"/>
        <source>Badan usaha</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="108"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="149"/>
        <source>Harga &quot;%1&quot; tidak terbaca. Tulis angka saja, misalnya 150000 atau Rp150.000.</source>
        <translation>Price &quot;%1&quot; cannot be read. Type digits only, for example 150000 or Rp150.000.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="185"/>
        <source>Tidak ada produk yang cocok. Periksa ejaan, kurangi kata kunci, atau tekan Atur ulang filter.</source>
        <translation>No matching products. Check the spelling, use fewer words, or press Reset filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="198"/>
        <source>Menampilkan %1 dari %2%3 produk. Persempit pencarian untuk melihat sisanya.</source>
        <translation>Showing %1 of %2%3 products. Narrow the search to see the rest.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="200"/>
        <source>%1 produk ditemukan.</source>
        <translation>%1 products found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="241"/>
        <source>Pilih produk di tabel untuk melihat rinciannya.</source>
        <translation>Select a product in the table to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="242"/>
        <source>&amp;Jumlah</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="243"/>
        <source>Tambah ke &amp;pesanan</source>
        <translation>&amp;Add to order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="244"/>
        <source>★ Penyedia UMKM ini belum pernah terjual — pesanan Anda membantu pemerataan.</source>
        <translation>★ This small-business seller has never made a sale — your order helps spread the spending fairly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="245"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="245"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="245"/>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="246"/>
        <source>TKDN</source>
        <translation>Local content (TKDN)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="246"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="246"/>
        <source>Bentuk usaha</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="247"/>
        <source>Kab/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="247"/>
        <source>Lokapasar</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="248"/>
        <source>Pajak</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="248"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="255"/>
        <source>%1 per %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="256"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="256"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="262"/>
        <source>PKP: %1 · NPWP: %2 · Suket PP 55: %3</source>
        <translation>VAT-registered: %1 · Tax ID: %2 · PP 55 certificate: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="294"/>
        <source>Produk ditambahkan ke draf pesanan. Lengkapi pesanan lalu ajukan ke PPK.</source>
        <translation>Product added to the draft order. Complete the order, then submit it to the PPK.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="299"/>
        <source>Katalog tidak dapat dibaca (%1). Coba lagi; bila berulang, sinkronkan ulang katalog.</source>
        <translation>The catalogue could not be read (%1). Try again; if it keeps happening, synchronise the catalogue again.</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="337"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="352"/>
        <source>Cari produk, penyedia, kab/kota… (Ctrl+F)</source>
        <translation>Search products, sellers, regencies… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="353"/>
        <source>&amp;Kategori</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="355"/>
        <source>&amp;Lokapasar</source>
        <translation>&amp;Marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="354"/>
        <source>Kab/K&amp;ota</source>
        <translation>Re&amp;gency/City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="356"/>
        <source>Bentuk &amp;usaha</source>
        <translation>Legal f&amp;orm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="357"/>
        <source>Harga (&amp;Rp)</source>
        <translation>&amp;Price (Rp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="358"/>
        <source>minimal</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="359"/>
        <source>maksimal</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="360"/>
        <source>Produk UMKM belum pernah terjual</source>
        <translation>Small-business products never sold yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="361"/>
        <source>Tampilkan hanya produk dari penyedia yang belum pernah mendapat pesanan</source>
        <translation>Show only products from sellers who have never received an order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/screen.py" line="362"/>
        <source>Atur ulang filter</source>
        <translation>Reset filters</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="114"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="114"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="114"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="114"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="114"/>
        <source>Kab/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="115"/>
        <source>Penjualan</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="115"/>
        <source>Lokapasar</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="141"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="164"/>
        <source>Penyedia UMKM ini belum pernah mendapat pesanan. Pertimbangkan produknya.</source>
        <translation>This small-business seller has never received an order. Consider their products.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="180"/>
        <source>★ Belum terjual</source>
        <translation>★ Never sold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="157"/>
        <source>Dinaikkan: penyedia baru. Di antara produk yang sama cocoknya, penyedia UMKM yang belum pernah terjual didahulukan (atur di Pengaturan).</source>
        <translation>Lifted: new seller. Among equally good matches, MSME sellers without a sale yet come first (change this in Settings).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalog/model.py" line="182"/>
        <source>↑ dinaikkan: penyedia baru</source>
        <translation>↑ lifted: new seller</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="129"/>
        <source>✗ Wajib diperbaiki</source>
        <translation>✗ Must be fixed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="129"/>
        <source>! Perhatikan</source>
        <translation>! Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="130"/>
        <source>✓ Sesuai</source>
        <translation>✓ OK</translation>
    </message>
</context>
<context>
    <name>ClosingModel</name>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="20"/>
        <source>Disetujui, belum dibayar</source>
        <translation>Approved, not paid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="21"/>
        <source>Diterima, belum BAST</source>
        <translation>Received, no BAST yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="22"/>
        <source>Pajak belum disetor</source>
        <translation>Tax not yet deposited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="25"/>
        <source>Dibawa ke tahun berikutnya</source>
        <translation>Carried over to next year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="26"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="59"/>
        <source>Nanti saja</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="69"/>
        <source>Perlu perhatian: %1</source>
        <translation>Needs attention: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="210"/>
        <source>%1 (BATAL)</source>
        <translation>%1 (VOID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="211"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="213"/>
        <source>Nomor SP</source>
        <translation>SP number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="215"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="221"/>
        <source>Data</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="222"/>
        <source>Di PC ini</source>
        <translation>On this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="223"/>
        <source>Di server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="255"/>
        <source>Tidak ada masalah yang perlu diselesaikan untuk pesanan ini.</source>
        <translation>There is nothing to resolve for this order.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="265"/>
        <source>Pesanan dikembalikan sebagai draf dan siap dikirim ulang.</source>
        <translation>The order is back as a draft and ready to be sent again.</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="26"/>
        <source>petugas lain</source>
        <translation>another officer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="29"/>
        <source>waktu tidak diketahui</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="33"/>
        <source>%1 sudah menyetujui pesanan ini pada %2 dengan SP nomor %3.</source>
        <translation>%1 already approved this order on %2 with purchase order (SP) number %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="38"/>
        <source>Pesanan ini diubah di PC lain; salinan server tersimpan pada %1 dengan total %2.</source>
        <translation>This order was changed on another PC; the server copy was saved on %1 with a total of %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="42"/>
        <source>Sistem membatalkan pesanan ini otomatis pada %1 karena PPK tidak menyetujui atau menolaknya sampai batas waktu %2.</source>
        <translation>The system cancelled this order automatically on %1 because the PPK did not approve or reject it by the deadline, %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="48"/>
        <source>%1 membatalkan pesanan ini pada %2 dengan alasan: “%3”.</source>
        <translation>%1 cancelled this order on %2 for this reason: “%3”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="51"/>
        <source>%1 menolak pesanan ini pada %2 dengan alasan: “%3”.</source>
        <translation>%1 rejected this order on %2 for this reason: “%3”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="53"/>
        <source>tanpa alasan</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="61"/>
        <source>Langkah Anda (%1) tidak diterima server; tidak ada yang dikirim ulang tanpa keputusan Anda.</source>
        <translation>Your step (%1) was not accepted by the server; nothing is sent again without your decision.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="70"/>
        <source>Nomor %1 yang sudah dicetak di PC ini BATAL dan tidak berlaku. Bila dokumen itu sudah dikirim ke penyedia, tarik kembali dan beri tahu penyedia bahwa pesanan tersebut tidak berlaku; cetakan ulang bertanda BATAL.</source>
        <translation>Number %1 printed on this PC is VOID and no longer valid. If that document was already sent to the seller, withdraw it and tell the seller the order is not valid; reprints are marked BATAL (void).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="83"/>
        <source>barang dan harga di PC ini diganti dengan salinan server (total %1)</source>
        <translation>the items and prices on this PC are replaced by the server copy (total %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="87"/>
        <source>%1 yang belum diterima server tidak dikirim</source>
        <translation>the %1 the server has not received is not sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="92"/>
        <source>Bila memakai salinan server: %1.</source>
        <translation>If you use the server copy: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="99"/>
        <source>Total pesanan dengan harga baru: %1 (sebelumnya %2).</source>
        <translation>Order total at the new prices: %1 (was %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/words.py" line="104"/>
        <source>Ditolak server pada %1.</source>
        <translation>Refused by the server on %1.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="67"/>
        <source>ribu</source>
        <translation>thousand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="112"/>
        <source>Peringkat kab/kota: nilai transaksi (Rp %1)</source>
        <translation>Regency/city ranking: transaction value (Rp %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="113"/>
        <source>Ke UMKM</source>
        <translation>To small businesses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="114"/>
        <location filename="../../desktop/ui/dashboard/charts.py" line="147"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="165"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="181"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="187"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="193"/>
        <source>Nilai transaksi</source>
        <translation>Transaction value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="139"/>
        <source>Klik batang untuk melihat transaksi di baliknya.</source>
        <translation>Click a bar to see the transactions behind it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="145"/>
        <source>Nilai transaksi per bulan (Rp %1)</source>
        <translation>Transaction value per month (Rp %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="209"/>
        <source>Lainnya</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="219"/>
        <source>Pangsa nilai per kategori</source>
        <translation>Share of value by category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="228"/>
        <source>Pangsa nilai per marketplace</source>
        <translation>Share of value by marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="66"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="55"/>
        <source>triliun</source>
        <translation>trillion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="66"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="55"/>
        <source>miliar</source>
        <translation>billion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/charts.py" line="67"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="56"/>
        <source>juta</source>
        <translation>million</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="98"/>
        <source>Gratis Ongkir</source>
        <translation>Gratis Ongkir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="99"/>
        <source>MBiz</source>
        <translation>MBiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="100"/>
        <source>Tisera</source>
        <translation>Tisera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="101"/>
        <source>E-katalog lokal</source>
        <translation>Local e-catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="104"/>
        <source>Perorangan</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="105"/>
        <source>Badan usaha</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="108"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="109"/>
        <source>Menunggu persetujuan PPK</source>
        <translation>Awaiting PPK approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="110"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="111"/>
        <source>Disetujui (SP)</source>
        <translation>Approved (purchase order)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="112"/>
        <source>Dikirim ke penyedia</source>
        <translation>Sent to seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="113"/>
        <source>Dikonfirmasi penyedia</source>
        <translation>Confirmed by seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="114"/>
        <source>Dalam pengiriman</source>
        <translation>In delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="115"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="116"/>
        <source>Ketidaksesuaian</source>
        <translation>Mismatch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="117"/>
        <source>BAST</source>
        <translation>Handed over (BAST)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="118"/>
        <source>Menunggu bayar</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="119"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="120"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="121"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="141"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="141"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="162"/>
        <source>Peringkat kab/kota</source>
        <translation>Regency/city ranking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="163"/>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="164"/>
        <source>Kab/kota pembeli</source>
        <translation>Buying regency/city</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="166"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="174"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="182"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="188"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="194"/>
        <source>Jumlah transaksi</source>
        <translation>Number of transactions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="167"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="175"/>
        <source>Nilai ke UMKM</source>
        <translation>Value to small businesses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="168"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="176"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="183"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="189"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="195"/>
        <source>Pangsa UMKM</source>
        <translation>Small-business share</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="169"/>
        <source>Nilai PDN</source>
        <translation>Domestic product value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="171"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="172"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="173"/>
        <source>Nilai barang</source>
        <translation>Goods value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="177"/>
        <source>Pangsa PDN</source>
        <translation>Domestic product share</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="179"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="180"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="215"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="230"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="185"/>
        <source>Per bulan</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="186"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="191"/>
        <source>Per OPD</source>
        <translation>By agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="192"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="226"/>
        <source>OPD</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="197"/>
        <source>Status pesanan</source>
        <translation>Order status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="198"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="231"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="199"/>
        <source>Jumlah pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="200"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="232"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="202"/>
        <source>Belum pernah terjual</source>
        <translation>Never sold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="203"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="219"/>
        <source>Kab/kota penyedia</source>
        <translation>Seller&apos;s regency/city</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="204"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="221"/>
        <source>Penyedia aktif</source>
        <translation>Active sellers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="205"/>
        <source>Penyedia belum pernah terjual</source>
        <translation>Sellers never sold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="206"/>
        <source>Porsi belum terjual</source>
        <translation>Share never sold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="207"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="222"/>
        <source>Produk aktif</source>
        <translation>Active products</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="208"/>
        <source>Produk belum pernah terjual</source>
        <translation>Products never sold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="210"/>
        <source>Daftar penyedia belum terjual</source>
        <translation>Sellers never sold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="211"/>
        <source>Kab/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="212"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="228"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="213"/>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="214"/>
        <location filename="../../desktop/ui/dashboard/tables.py" line="220"/>
        <source>Bentuk usaha</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="216"/>
        <source>Jumlah produk</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="218"/>
        <source>Penyedia per bentuk usaha</source>
        <translation>Sellers by legal form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="224"/>
        <source>Transaksi</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="225"/>
        <source>Tanggal SP</source>
        <translation>Purchase order date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="233"/>
        <source>UMKM</source>
        <translation>Small business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="309"/>
        <source>Menunggu PPK melewati %3 hari kerja: %1 pesanan (%2)</source>
        <translation>Waiting for the PPK longer than %3 working days: %1 orders (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="310"/>
        <source>batas hari ini: %1 (%2)</source>
        <translation>deadline today: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="311"/>
        <source>Belum dibayar lebih dari %3 hari kerja setelah BAST: %1 (%2)</source>
        <translation>Unpaid more than %3 working days after the BAST: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="312"/>
        <source>dibayar terlambat: %1 (%2)</source>
        <translation>paid late: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/tables.py" line="321"/>
        <source>(Kalender libur server belum lengkap: umur dihitung tanpa hari libur; minta admin menambahkan berkas kalender.)</source>
        <translation>(The server holiday calendar is incomplete: ages are counted without holidays; ask the administrator to add the calendar file.)</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="222"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="230"/>
        <source>Dasbor Blangkon Jateng — seluruh provinsi</source>
        <translation>Blangkon Jateng dashboard — whole province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="231"/>
        <source>Dasbor OPD %1</source>
        <translation>Agency dashboard %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="233"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="234"/>
        <source>&amp;Kab/kota:</source>
        <translation>&amp;Regency/city:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="237"/>
        <source>Semua waktu</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="237"/>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="237"/>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="238"/>
        <source>12 bulan terakhir</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="238"/>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="244"/>
        <source>Semua kab/kota</source>
        <translation>All regencies/cities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="245"/>
        <source>Pemerintah Provinsi Jawa Tengah</source>
        <translation>Central Java Provincial Government</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="251"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="252"/>
        <source>Ekspor tabel (&amp;CSV)</source>
        <translation>Export table (&amp;CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="253"/>
        <source>Ekspor semua tabel (&amp;XLSX)</source>
        <translation>Export all tables (&amp;XLSX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="254"/>
        <source>Ekspor halaman (P&amp;DF)</source>
        <translation>Export page (P&amp;DF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="255"/>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="257"/>
        <source>Penyedia yang belum pernah terjual (urut kab/kota) — sasaran pelatihan dan pendampingan. Di katalog, filter &quot;belum pernah terjual&quot; menampilkan produk mereka.</source>
        <translation>Sellers who have never sold (by regency/city) — targets for training and mentoring. In the catalogue, the &quot;never sold&quot; filter shows their products.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="263"/>
        <source>Nilai transaksi</source>
        <translation>Transaction value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="263"/>
        <source>Jumlah transaksi</source>
        <translation>Number of transactions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="264"/>
        <source>Pangsa UMKM</source>
        <translation>Small-business share</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="264"/>
        <source>Pangsa produk dalam negeri (PDN)</source>
        <translation>Domestic product share (PDN)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="300"/>
        <source>Layanan statistik belum terpasang pada aplikasi ini. Perbarui aplikasi, lalu buka dasbor lagi.</source>
        <translation>The statistics service is not installed in this application. Update the application, then open the dashboard again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="303"/>
        <source>Memuat angka terbaru…</source>
        <translation>Loading the latest figures…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="323"/>
        <source>UMKM: %1</source>
        <translation>Small businesses: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="325"/>
        <source>pesanan disetujui (SP), tidak batal</source>
        <translation>approved orders (SP), not cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="329"/>
        <source>TKDN tertimbang: %1</source>
        <translation>Weighted local content (TKDN): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="340"/>
        <source>Data per %1 (waktu server)</source>
        <translation>Data as of %1 (server time)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="341"/>
        <source>LURING — menampilkan angka terakhir yang tersinkron</source>
        <translation>OFFLINE — showing the last synchronised figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="344"/>
        <source>Sebagian angka belum pernah tersinkron untuk filter ini dan server tidak terjangkau. Sambungkan ke jaringan lalu tekan Muat ulang.</source>
        <translation>Some figures were never synchronised for this filter and the server is unreachable. Connect to the network, then press Reload.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="356"/>
        <source>Target nasional ≥ %1%: tercapai</source>
        <translation>National target ≥ %1%: met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="357"/>
        <source>Target nasional ≥ %1%: belum tercapai</source>
        <translation>National target ≥ %1%: not met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="359"/>
        <source>Pangsa UMKM: nilai transaksi ke penyedia non-PKP atau ber-Suket PP 55. Target: paling sedikit %1% belanja barang/jasa untuk produk usaha mikro, kecil dan koperasi (PP 7/2021 Pasal 97; Perpres 12/2021 Pasal 65).</source>
        <translation>Small-business share: transaction value to sellers not registered for VAT or holding a PP 55 certificate. Target: at least %1% of goods/services spending on products of micro and small enterprises and cooperatives (PP 7/2021 art. 97; Perpres 12/2021 art. 65).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="384"/>
        <source>Memuat transaksi %1…</source>
        <translation>Loading transactions %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/screen.py" line="389"/>
        <source>Rincian transaksi hanya tersedia saat terhubung ke server: %1</source>
        <translation>Transaction details are only available when connected to the server: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="103"/>
        <source>hh/bb/tttt</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="104"/>
        <source>Pilih dari kalender (Alt+↓)</source>
        <translation>Pick from the calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="105"/>
        <source>Pilih tanggal dari kalender</source>
        <translation>Pick a date from the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/date_field.py" line="128"/>
        <source>Tanggal &quot;%1&quot; tidak dikenali. Ketik hh/bb/tttt, misalnya %2, atau pilih dari kalender.</source>
        <translation>Date &quot;%1&quot; is not recognised. Type dd/mm/yyyy, for example %2, or pick it from the calendar.</translation>
    </message>
</context>
<context>
    <name>DelegationsScreen</name>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="40"/>
        <source>Plh (pejabat berhalangan)</source>
        <translation>Plh (official away)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="41"/>
        <source>Plt (jabatan lowong)</source>
        <translation>Plt (vacant post)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="43"/>
        <source>Jabatan yang dijalankan</source>
        <translation>Position acted in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="43"/>
        <source>Pegawai</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="44"/>
        <source>Menggantikan</source>
        <translation>Replacing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="44"/>
        <source>Mulai</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="45"/>
        <source>Selesai</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="45"/>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="46"/>
        <source>Keadaan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="144"/>
        <source>Plt/Plh</source>
        <translation>Acting officials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="147"/>
        <source>Pelimpahan Plt/Plh</source>
        <translation>Acting officials (Plt/Plh)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="149"/>
        <source>Pejabat yang ditunjuk dengan surat perintah dapat menjalankan peran PPK, PA/KPA atau Bendahara dalam rentang tanggalnya, atas namanya sendiri (dokumen mencetak &quot;Plh.&quot;/&quot;Plt.&quot; di depan jabatan). Mencatat dan mencabut memerlukan koneksi ke server; daftar ini ikut tersinkron ke setiap PC OPD.</source>
        <translation>An officer named in a letter may act as PPK, PA/KPA or Bendahara within its dates, in their own name (documents print &quot;Plh.&quot;/&quot;Plt.&quot; before the title). Recording and revoking need the server; this list is synced to every PC of the agency.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="153"/>
        <source>&amp;Muat ulang dari server</source>
        <translation>&amp;Reload from the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="154"/>
        <source>&amp;Cabut pelimpahan terpilih</source>
        <translation>Re&amp;voke the selected delegation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="155"/>
        <source>Catat surat perintah Plt/Plh</source>
        <translation>Record a Plt/Plh letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="156"/>
        <source>&amp;Peran yang dijalankan</source>
        <translation>&amp;Role acted in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="156"/>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="157"/>
        <source>Pegawai yang &amp;ditunjuk</source>
        <translation>&amp;Delegate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="157"/>
        <source>&amp;NIP pegawai</source>
        <translation>Delegate&apos;s &amp;NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="158"/>
        <source>Pejabat yang &amp;digantikan</source>
        <translation>Official &amp;replaced</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="158"/>
        <source>&amp;Mulai</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="159"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="159"/>
        <source>Nomor s&amp;urat</source>
        <translation>Letter n&amp;umber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="160"/>
        <source>&amp;Tanggal surat</source>
        <translation>Letter &amp;date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="163"/>
        <source>mis. 19850312 201001 2 004</source>
        <translation>e.g. 19850312 201001 2 004</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="164"/>
        <source>nama pengguna</source>
        <translation>username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="165"/>
        <source>nama pengguna; kosong bila jabatan lowong</source>
        <translation>username; empty if the post is vacant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="166"/>
        <source>mis. 800.1.3/0457/2026</source>
        <translation>e.g. 800.1.3/0457/2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="167"/>
        <source>C&amp;atat pelimpahan</source>
        <translation>Rec&amp;ord delegation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="218"/>
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="220"/>
        <source>berakhir</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="222"/>
        <source>belum mulai</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="224"/>
        <source>berlaku</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="226"/>
        <source>jabatan lowong</source>
        <translation>vacant post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="257"/>
        <source>Mengirim ke server…</source>
        <translation>Sending to the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="261"/>
        <source>Dicatat: %1 %2, %3 s.d. %4.</source>
        <translation>Recorded: %1 %2, %3 to %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/delegations/screen.py" line="274"/>
        <source>Dicabut: %1 %2.</source>
        <translation>Revoked: %1 %2.</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="61"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="80"/>
        <source>Pratinjau: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="81"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="82"/>
        <source>&amp;Simpan sebagai PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="87"/>
        <source>Dokumen ini sudah pernah dicetak: salinan ini ditandai SALINAN.</source>
        <translation>This document was printed before: this copy is marked COPY.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="89"/>
        <source>Pesanan belum sampai tahap resmi: dokumen ditandai DRAF dan tidak untuk ditandatangani.</source>
        <translation>The order has not reached the official stage: the document is marked DRAFT and is not for signing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="91"/>
        <source>Dokumen resmi. Cetak atau simpan; salinan berikutnya akan ditandai SALINAN.</source>
        <translation>Official document. Print or save it; later copies will be marked COPY.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="95"/>
        <source>Kode QR belum ditandatangani perangkat ini: %1</source>
        <translation>This PC has not signed the QR code yet: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="100"/>
        <source>%1 halaman.</source>
        <translation>%1 pages.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="107"/>
        <source>Tidak ada printer terpasang di PC ini. Simpan sebagai PDF, lalu cetak dari PC yang punya printer.</source>
        <translation>No printer is installed on this PC. Save as PDF, then print from a PC that has a printer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="116"/>
        <source>Cetak %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="123"/>
        <source>&quot;%1&quot; membuat berkas, bukan kertas. Dokumen disimpan langsung sebagai PDF asli (teks dan kode QR tetap tajam).</source>
        <translation>&quot;%1&quot; makes a file, not paper. The document is saved directly as a real PDF (text and QR code stay sharp).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="133"/>
        <source>Printer tidak dapat dibuka. Periksa printer atau simpan sebagai PDF dulu.</source>
        <translation>The printer could not be opened. Check the printer, or save as PDF first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="147"/>
        <source>Dikirim ke printer. Salinan berikutnya akan ditandai SALINAN.</source>
        <translation>Sent to the printer. Later copies will be marked COPY.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="152"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="153"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="161"/>
        <source>Berkas tidak dapat disimpan (%1). Pilih folder lain yang dapat ditulisi.</source>
        <translation>The file could not be saved (%1). Choose another folder you can write to.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents_preview/dialogs.py" line="165"/>
        <source>Tersimpan di %1.</source>
        <translation>Saved in %1.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../desktop/ui/dashboard/drill.py" line="31"/>
        <source>Transaksi: %1</source>
        <translation>Transactions: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/drill.py" line="36"/>
        <source>%1 transaksi; ditampilkan %2 terbaru. Ekspor untuk diolah lebih lanjut.</source>
        <translation>%1 transactions; showing the latest %2. Export them for further analysis.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/drill.py" line="46"/>
        <source>Ekspor (&amp;CSV)</source>
        <translation>Export (&amp;CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard/drill.py" line="58"/>
        <source>Ekspor transaksi ke CSV</source>
        <translation>Export transactions to CSV</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/first_run/dialogs.py" line="42"/>
        <source>Penyiapan awal</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/dialogs.py" line="43"/>
        <source>Kop surat dan penandatangan dokumen</source>
        <translation>Document letterhead and signatories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/dialogs.py" line="45"/>
        <source>PC ini belum punya kop surat dan penandatangan. Surat Pesanan, BAST, kuitansi dan buku kas memakai nama OPD, nama lengkap dan NIP pejabat dari sini; tanpa nama dan NIP, dokumen hanya dapat dicetak bertanda DRAF. Isi sekarang, atau nanti di Pengaturan.</source>
        <translation>This PC has no letterhead and signatories yet. Purchase orders (SP), BAST, receipts and the cash book take the agency&apos;s name and the officers&apos; full names and NIPs from here; without a name and NIP a document can only be printed marked DRAFT. Fill them in now, or later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/dialogs.py" line="49"/>
        <source>&amp;Simpan dan lanjutkan</source>
        <translation>&amp;Save and continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run/dialogs.py" line="50"/>
        <source>&amp;Nanti saja</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>FittedColumns</name>
    <message>
        <location filename="../../desktop/ui/widgets/table_columns.py" line="160"/>
        <source>Lebar kolom otomatis</source>
        <translation>Automatic column widths</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="45"/>
        <source>Impor rekening koran</source>
        <translation>Import bank statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="53"/>
        <source>nomor rekening Bendahara, mis. 3001234567</source>
        <translation>the Bendahara&apos;s account number, e.g. 3001234567</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="55"/>
        <source>Otomatis (MT940, atau CSV yang kolomnya dikenali)</source>
        <translation>Automatic (MT940, or a CSV whose columns are known)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="58"/>
        <source>Atur &amp;kolom CSV…</source>
        <translation>Set CSV &amp;columns…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="61"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="62"/>
        <source>&amp;Rekening</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="63"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="65"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="65"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="69"/>
        <source>Baris yang sudah pernah diimpor dikenali dan tidak ditambah lagi.</source>
        <translation>Lines imported before are recognised and not added again.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="24"/>
        <source>Pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="24"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="24"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="24"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="25"/>
        <source>Umur (hari kerja)</source>
        <translation>Age (working days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="25"/>
        <source>Batas persetujuan</source>
        <translation>Approval deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="31"/>
        <source>Draf %1</source>
        <translation>Draft %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="39"/>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="42"/>
        <source>Lewat batas (%1) — setujui atau tolak sekarang</source>
        <translation>Past the limit (%1) — approve or reject now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/model.py" line="44"/>
        <source>%1 (sisa %2 hari kerja)</source>
        <translation>%1 (%2 working days left)</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="56"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="56"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="56"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="56"/>
        <source>Harga satuan</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="57"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="57"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="71"/>
        <source>Produk tidak tersedia lagi — hapus atau ganti</source>
        <translation>Product no longer available — remove or replace it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="69"/>
        <source>Harga kini %1 — periksa sebelum diajukan</source>
        <translation>Price is now %1 — check before submitting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="97"/>
        <source>Jumlah harus bilangan bulat, misalnya 10. Ketik ulang jumlahnya.</source>
        <translation>The quantity must be a whole number, for example 10. Type it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/model.py" line="100"/>
        <source>Jumlah harus lebih dari 0. Untuk membuang baris, tekan Hapus baris.</source>
        <translation>The quantity must be more than 0. To drop the line, press Remove line.</translation>
    </message>
</context>
<context>
    <name>LoginController</name>
    <message>
        <location filename="../../desktop/ui/login/screen.py" line="145"/>
        <source>Kata sandi: %1</source>
        <translation>Password: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/screen.py" line="152"/>
        <source>Klik dua kali sebuah akun untuk mengisinya. Kata sandi semua akun demo: %1</source>
        <translation>Double-click an account to fill it in. Password of every demo account: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/screen.py" line="177"/>
        <source>Isi nama pengguna dan kata sandi, lalu tekan Masuk.</source>
        <translation>Enter your user name and password, then press Sign in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/screen.py" line="182"/>
        <source>Alamat server harus diawali http:// atau https://. Perbaiki alamatnya, atau pilih server demo lokal.</source>
        <translation>The server address must start with http:// or https://. Correct it, or choose the local demo server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/screen.py" line="187"/>
        <source>Menghubungkan ke server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/screen.py" line="121"/>
        <location filename="../../desktop/ui/login/screen.py" line="188"/>
        <source>Menyiapkan server demo lokal (pertama kali bisa memakan waktu)…</source>
        <translation>Preparing the local demo server (the first time can take a while)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/screen.py" line="128"/>
        <source>Server demo lokal siap. Klik dua kali akun demo di sebelah kanan, lalu tekan Masuk.</source>
        <translation>The local demo server is ready. Double-click a demo account on the right, then press Sign in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/screen.py" line="133"/>
        <source>Server demo lokal tidak dapat dijalankan (%1). Isi alamat server provinsi, atau tutup lalu buka kembali aplikasi.</source>
        <translation>The local demo server could not be started (%1). Enter the provincial server address, or close and reopen the application.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/screen.py" line="156"/>
        <source>Akun demo akan muncul setelah server demo lokal pertama kali dijalankan. Tekan Masuk dengan nama pengguna demo, misalnya pp.33.00-disdikbud, atau tunggu sebentar.</source>
        <translation>The demo accounts appear once the local demo server has run for the first time. Press Log in with a demo user name, for example pp.33.00-disdikbud, or wait a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/screen.py" line="222"/>
        <source>Tidak dapat masuk (%1). Periksa alamat server dan jaringan, lalu coba lagi.</source>
        <translation>Could not sign in (%1). Check the server address and the network, then try again.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="142"/>
        <source>Masuk — Blangkon Desktop</source>
        <translation>Sign in — Blangkon Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="143"/>
        <source>Blangkon Desktop</source>
        <translation>Blangkon Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="144"/>
        <source>Belanja langsung UMKM Jawa Tengah. Masuk dengan akun pengadaan Anda; setelah pernah masuk, Anda dapat bekerja tanpa koneksi.</source>
        <translation>Direct purchasing from Central Java small businesses. Sign in with your procurement account; once you have signed in here, you can work without a connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="146"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="147"/>
        <source>Gunakan server demo lokal</source>
        <translation>Use the local demo server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="148"/>
        <source>Server provinsi:</source>
        <translation>Provincial server:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="149"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="150"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="151"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="153"/>
        <source>Brankas kata sandi sistem tidak tersedia di komputer ini: sesi tidak dapat diingat, jadi Anda perlu masuk lagi setiap membuka aplikasi. Minta admin TI memasang atau membuka kunci brankas.</source>
        <translation>The system password vault is not available on this PC: sessions cannot be remembered, so you need to sign in again each time you open the application. Ask IT support to install or unlock the vault.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="155"/>
        <source>Akun demo</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/view.py" line="156"/>
        <source>Klik dua kali sebuah akun untuk mengisi nama pengguna dan kata sandinya.</source>
        <translation>Double-click an account to fill in its user name and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>Layar ini tidak tersedia untuk peran Anda. Pilih menu di sebelah kiri.</source>
        <translation>This screen is not available for your role. Choose an item on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>&amp;Sinkronkan sekarang</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>&amp;Ganti pengguna…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>&amp;Flashdisk (tanpa sinyal)</source>
        <translation>USB &amp;stick (no signal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>&amp;Ekspor ke USB…</source>
        <translation>&amp;Export to USB…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <source>&amp;Unggah berkas USB…</source>
        <translation>&amp;Upload USB file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275"/>
        <source>&amp;Impor tanda terima dari USB…</source>
        <translation>&amp;Import receipt from USB…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276"/>
        <source>Pasang &amp;katalog dari USB…</source>
        <translation>Install &amp;catalog from USB…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279"/>
        <source>Ba&amp;hasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280"/>
        <source>Bantua&amp;n</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>&amp;Tentang Blangkon Desktop</source>
        <translation>&amp;About Blangkon Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="295"/>
        <source>Blangkon Desktop</source>
        <translation>Blangkon Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="306"/>
        <source>Terjadi kesalahan tak terduga (%1). Coba lagi; bila berulang, kirim berkas log ke admin TI.</source>
        <translation>An unexpected error occurred (%1). Try again; if it keeps happening, send the log file to IT support.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="308"/>
        <source>Tidak dapat melanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="322"/>
        <source>Sinkronisasi selesai.</source>
        <translation>Synchronisation finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>Tentang Blangkon Desktop</source>
        <translation>About Blangkon Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>Blangkon Desktop — belanja langsung UMKM Jawa Tengah.
Bekerja tanpa koneksi; data dikirim ke server provinsi saat Anda menyinkronkan.</source>
        <translation>Blangkon Desktop — direct purchasing from Central Java small businesses.
Works offline; data is sent to the provincial server when you synchronise.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="98"/>
        <source>Atur kolom CSV</source>
        <translation>Set CSV columns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="99"/>
        <source>Tanggal *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="99"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="99"/>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="100"/>
        <source>Debet (uang keluar)</source>
        <translation>Debit (money out)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="100"/>
        <source>Kredit (uang masuk)</source>
        <translation>Credit (money in)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="101"/>
        <source>Jumlah (satu kolom)</source>
        <translation>Amount (one column)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="101"/>
        <source>Penanda D/K</source>
        <translation>D/C marker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="102"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="102"/>
        <source>Rekening lawan</source>
        <translation>Counterparty account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="103"/>
        <source>Nama lawan</source>
        <translation>Counterparty name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="104"/>
        <source>Ekspor bank saya</source>
        <translation>My bank&apos;s export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="107"/>
        <source>&amp;Nama pemetaan</source>
        <translation>Mapping &amp;name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="110"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="126"/>
        <source>Format &amp;tanggal</source>
        <translation>&amp;Date format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="127"/>
        <source>Format &amp;angka</source>
        <translation>&amp;Number format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="130"/>
        <source>&amp;Simpan pemetaan</source>
        <translation>&amp;Save mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="130"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="144"/>
        <source>Pilih kolom tanggal, dan kolom jumlah atau kolom debet dan kredit.</source>
        <translation>Choose the date column, and the amount column or the debit and credit columns.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/domain/messages.py" line="39"/>
        <source>Terjadi kesalahan ({code}). Coba lagi; bila berulang, hubungi admin OPD dan sebutkan kodenya.</source>
        <translation>Something went wrong ({code}). Try again; if it keeps happening, contact the agency admin and quote the code.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="7"/>
        <source>Sen</source>
        <translation>The cents</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="8"/>
        <source>{what} harus bilangan bulat (bukan {type}) agar dapat ditulis dengan huruf.</source>
        <translation>{what} must be a whole number (not {type}) to be written in words.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="10"/>
        <source>{what} {value} negatif; terbilang hanya untuk jumlah nol atau lebih.</source>
        <translation>{what} {value} is negative; amounts in words are only for zero or more.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="12"/>
        <source>{what} {value} terlalu besar untuk ditulis dengan huruf (batas {limit}).</source>
        <translation>{what} {value} is too large to be written in words (limit {limit}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="15"/>
        <source>Nilai {value} bukan tanggal. Pilih tanggal dari kalender (format TTTT-BB-HH).</source>
        <translation>{value} is not a date. Pick a date from the calendar (format YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="17"/>
        <source>Tanggal &apos;{text}&apos; tidak sah. Tulis dengan format TTTT-BB-HH, misalnya 2026-11-23.</source>
        <translation>The date &apos;{text}&apos; is not valid. Write it as YYYY-MM-DD, for example 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="19"/>
        <source>Bulan {value} tidak dikenal. Isi angka bulan 1 sampai 12.</source>
        <translation>Month {value} is unknown. Type a month number from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="20"/>
        <source>Tempat penandatanganan kosong. Isi nama kota, misalnya Semarang.</source>
        <translation>The place of signing is empty. Type the town, for example Semarang.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="22"/>
        <source>Tahun {value} tidak sah. Isi tahun empat angka, misalnya 2026.</source>
        <translation>Year {value} is not valid. Type a four-digit year, for example 2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="24"/>
        <source>Berkas data {path} tidak ditemukan. Pasang ulang aplikasi atau minta admin memulihkan folder resources.</source>
        <translation>The data file {path} was not found. Reinstall the app or ask the admin to restore the resources folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="27"/>
        <source>Berkas data {path} rusak (baris {line}: {problem}). Minta admin memperbaiki isinya.</source>
        <translation>The data file {path} is damaged (line {line}: {problem}). Ask the admin to repair it.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="30"/>
        <source>{where}: kolom &apos;{field}&apos; wajib berupa tanggal TTTT-BB-HH.</source>
        <translation>{where}: the field &apos;{field}&apos; must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="31"/>
        <source>{where}: tanggal &apos;{value}&apos; pada kolom &apos;{field}&apos; tidak sah (format TTTT-BB-HH).</source>
        <translation>{where}: the date &apos;{value}&apos; in the field &apos;{field}&apos; is not valid (format YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="33"/>
        <source>{where}: effective_to {end} lebih awal dari effective_from {start}.</source>
        <translation>{where}: effective_to {end} is earlier than effective_from {start}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="35"/>
        <source>{where}: kolom &apos;legal_basis&apos; wajib diisi dasar hukumnya.</source>
        <translation>{where}: the field &apos;legal_basis&apos; must give the legal basis.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="36"/>
        <source>{where}: kolom &apos;uncertain&apos; harus true atau false.</source>
        <translation>{where}: the field &apos;uncertain&apos; must be true or false.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="37"/>
        <source>{where}: kolom &apos;notes&apos; harus teks.</source>
        <translation>{where}: the field &apos;notes&apos; must be text.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="38"/>
        <source>{where}: masa berlaku mulai {first} dan {second} tumpang tindih. Isi effective_to pada aturan lama sehari sebelum aturan baru berlaku.</source>
        <translation>{where}: the periods starting {first} and {second} overlap. Set effective_to on the old rule to the day before the new rule takes effect.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="41"/>
        <source>Tanggal {value} tidak sah untuk menentukan aturan {what}.</source>
        <translation>The date {value} is not valid for choosing the {what} rule.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="42"/>
        <source>Belum ada aturan {what} yang berlaku pada {day}. Minta admin menambahkan aturan dengan tanggal berlaku yang sesuai di folder resources.</source>
        <translation>There is no {what} rule in force on {day}. Ask the admin to add a rule with a matching effective date in the resources folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="46"/>
        <source>Jendela peringatan tidak boleh negatif; isi 0 atau lebih.</source>
        <translation>The warning window cannot be negative; enter 0 or more.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="47"/>
        <source>Batas hari kerja pembayaran harus bilangan bulat ≥ 0.</source>
        <translation>The payment limit in working days must be a whole number ≥ 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="52"/>
        <source>Lokapasar &apos;{value}&apos; tidak dikenal. Pilih salah satu: {names}.</source>
        <translation>The marketplace &apos;{value}&apos; is unknown. Choose one of: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="53"/>
        <source>{what} harus bilangan bulat rupiah (bukan {type}).</source>
        <translation>{what} must be whole rupiah (not {type}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="54"/>
        <source>{what} tidak boleh negatif ({value}). Periksa isian jumlahnya.</source>
        <translation>{what} cannot be negative ({value}). Check the amount entered.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="55"/>
        <source>{what} terlalu besar ({value}). Periksa jumlah digitnya.</source>
        <translation>{what} is too large ({value}). Check the number of digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="56"/>
        <source>{what} {value} bukan tanggal. Pilih tanggal dari kalender.</source>
        <translation>{what} {value} is not a date. Pick a date from the calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="57"/>
        <source>Rentang hari pemecahan paket harus minimal 1 hari. Perbaiki berkas aturan.</source>
        <translation>The split-order window must be at least 1 day. Correct the rules file.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="59"/>
        <source>Pesanan melalui e-katalog lokal; batas lokapasar tidak berlaku.</source>
        <translation>The order goes through the local e-catalogue; the marketplace limit does not apply.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="61"/>
        <source>Total {total} tidak melebihi batas {cap}.</source>
        <translation>The total {total} does not exceed the limit of {cap}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="62"/>
        <source>Total pesanan</source>
        <translation>The order total</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="63"/>
        <source>Total pesanan lain</source>
        <translation>The other order&apos;s total</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="64"/>
        <source>Jumlah pada dokumen</source>
        <translation>The amount on the document</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="65"/>
        <source>Tanggal pesanan</source>
        <translation>The order date</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="66"/>
        <source>Tanggal dokumen</source>
        <translation>The document date</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="67"/>
        <source>Tanggal pengajuan</source>
        <translation>The submission date</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="68"/>
        <source>Tanggal BAST</source>
        <translation>The BAST date</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="69"/>
        <source>Tanggal hari ini</source>
        <translation>Today&apos;s date</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="74"/>
        <source>Pesanan {number} ke {seller} ({total})</source>
        <translation>Order {number} to {seller} ({total})</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="75"/>
        <source>Pesanan {number} ({total})</source>
        <translation>Order {number} ({total})</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="76"/>
        <source>(belum bernomor) {order_id}</source>
        <translation>(not numbered yet) {order_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="77"/>
        <source>{order} melewati batas persetujuan {deadline}. Setujui atau tolak sekarang; pesanan dapat dibatalkan otomatis.</source>
        <translation>{order} is past its approval deadline of {deadline}. Approve or reject it now; the order may be cancelled automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="80"/>
        <source>{order} menunggu persetujuan Anda: hari ini hari terakhir (batas {deadline}). Periksa dan setujui atau tolak sebelum batas.</source>
        <translation>{order} awaits your approval: today is the last day (deadline {deadline}). Check it, then approve or reject it before the deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="83"/>
        <source>{order} menunggu persetujuan Anda: sisa {days} hari kerja (batas {deadline}). Periksa dan setujui atau tolak sebelum batas.</source>
        <translation>{order} awaits your approval: {days} working days left (deadline {deadline}). Check it, then approve or reject it before the deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="86"/>
        <source>{order} belum dibayar {days} hari kerja sejak BAST {since} (batas {limit} hari kerja). Proses pembayaran atau catat kendalanya.</source>
        <translation>{order} has been unpaid for {days} working days since the BAST of {since} (limit {limit} working days). Process the payment or record what is holding it up.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/general.py" line="89"/>
        <source>{order} belum dibayar {days} hari kerja sejak barang diterima {since} (batas {limit} hari kerja). Proses pembayaran atau catat kendalanya.</source>
        <translation>{order} has been unpaid for {days} working days since the goods were received on {since} (limit {limit} working days). Process the payment or record what is holding it up.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="6"/>
        <source>Jumlah uang</source>
        <translation>The amount</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="7"/>
        <source>Angka</source>
        <translation>The number</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="8"/>
        <source>{what} harus bilangan bulat rupiah (bukan {type}). Bulatkan ke rupiah terdekat.</source>
        <translation>{what} must be a whole number of rupiah (not {type}). Round it to the nearest rupiah.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="10"/>
        <source>Nilai {value} bukan angka desimal yang sah.</source>
        <translation>{value} is not a valid decimal number.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="11"/>
        <source>Persentase {value} bukan angka desimal yang sah.</source>
        <translation>The percentage {value} is not a valid decimal number.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="12"/>
        <source>Jumlah uang harus berupa teks angka, misalnya Rp1.250.000.</source>
        <translation>The amount must be typed as digits, for example Rp1.250.000.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="13"/>
        <source>Jumlah uang kosong. Isi angka rupiah, misalnya Rp1.250.000.</source>
        <translation>The amount is empty. Type an amount in rupiah, for example Rp1.250.000.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="14"/>
        <source>Jumlah uang tidak boleh negatif. Isi angka rupiah tanpa tanda minus.</source>
        <translation>The amount cannot be negative. Type the rupiah amount without a minus sign.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="16"/>
        <source>Nilai sen &apos;,{sen}&apos; tidak dapat dicatat; aplikasi memakai rupiah utuh. Bulatkan ke rupiah terdekat, misalnya 1.000 atau 1.001.</source>
        <translation>Cents (&apos;,{sen}&apos;) cannot be recorded; the app keeps whole rupiah. Round to the nearest rupiah, for example 1.000 or 1.001.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="19"/>
        <source>&apos;{text}&apos; bukan jumlah rupiah. Pakai angka saja dengan titik pemisah ribuan, misalnya Rp1.250.000.</source>
        <translation>&apos;{text}&apos; is not a rupiah amount. Use digits only, with dots between thousands, for example Rp1.250.000.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="22"/>
        <source>&apos;{text}&apos; memakai koma sebagai pemisah ribuan. Dalam rupiah pemisah ribuan adalah titik, misalnya 1.250.000.</source>
        <translation>&apos;{text}&apos; uses commas between thousands. Rupiah amounts use dots between thousands, for example 1.250.000.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="25"/>
        <source>Titik pemisah ribuan pada &apos;{text}&apos; tidak pada tempatnya. Tulis tiap kelompok tiga angka, misalnya 1.234.567, atau tanpa titik sama sekali.</source>
        <translation>The thousands dots in &apos;{text}&apos; are misplaced. Write groups of three digits, for example 1.234.567, or no dots at all.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/money.py" line="28"/>
        <source>Jumlah {text} terlalu besar (batas {limit}). Periksa jumlah digitnya.</source>
        <translation>The amount {text} is too large (limit {limit}). Check the number of digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="6"/>
        <source>{source} baris data {line}</source>
        <translation>{source} data row {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="7"/>
        <source>{source} baris {line}</source>
        <translation>{source} line {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="9"/>
        <source>{source}: kepala kolom harus &apos;tanggal,jenis,nama&apos;.</source>
        <translation>{source}: the header must be &apos;tanggal,jenis,nama&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="10"/>
        <source>{where}: tanggal &apos;{value}&apos; tidak sah (format TTTT-BB-HH).</source>
        <translation>{where}: the date &apos;{value}&apos; is not valid (format YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="11"/>
        <source>{where}: tanggal {day} bukan tahun {year}.</source>
        <translation>{where}: the date {day} is not in {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="12"/>
        <source>{where}: jenis &apos;{value}&apos; harus libur_nasional atau cuti_bersama.</source>
        <translation>{where}: the kind &apos;{value}&apos; must be libur_nasional or cuti_bersama.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="14"/>
        <source>{where}: tanggal {day} tercantum dua kali.</source>
        <translation>{where}: the date {day} is listed twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="15"/>
        <source>Kalender hari libur tahun {year} belum tersedia. Admin perlu menambahkan berkas {file} (daftar libur nasional dan cuti bersama menurut SKB 3 Menteri) ke folder resources/calendar.</source>
        <translation>The holiday calendar for {year} is not available yet. The admin needs to add the file {file} (public holidays and joint leave days under the SKB 3 Menteri) to the resources/calendar folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="18"/>
        <source>Kalender hari libur tahun {year} belum tersedia. Admin perlu menambahkan data tahun itu.</source>
        <translation>The holiday calendar for {year} is not available yet. The admin needs to add that year&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="20"/>
        <source>Jumlah hari kerja {value} tidak sah. Isi bilangan bulat antara -500 dan 500.</source>
        <translation>{value} working days is not valid. Enter a whole number between -500 and 500.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="22"/>
        <source>Rentang {start} sampai {end} terlalu panjang untuk dihitung hari kerjanya (maksimal tiga tahun).</source>
        <translation>The span from {start} to {end} is too long to count working days in (three years at most).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="24"/>
        <source>Nilai {value} bukan tanggal. Pilih tanggal dari kalender.</source>
        <translation>{value} is not a date. Pick a date from the calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="26"/>
        <source>{source}: bagian &apos;rules&apos; tidak ada atau bukan objek.</source>
        <translation>{source}: the &apos;rules&apos; section is missing or is not an object.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="27"/>
        <source>{where}: daftar &apos;periods&apos; wajib ada dan tidak kosong.</source>
        <translation>{where}: the &apos;periods&apos; list is required and cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="28"/>
        <source>{where}: setiap periode harus berupa objek.</source>
        <translation>{where}: every period must be an object.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="29"/>
        <source>{where}: &apos;value&apos; harus bertipe {type}.</source>
        <translation>{where}: &apos;value&apos; must be of type {type}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="30"/>
        <source>{where}: &apos;value&apos; tidak boleh negatif.</source>
        <translation>{where}: &apos;value&apos; cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="31"/>
        <source>Ambang &apos;{name}&apos; tidak ada di berkas aturan. Minta admin menambahkannya.</source>
        <translation>The threshold &apos;{name}&apos; is not in the rules file. Ask the admin to add it.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="33"/>
        <source>Teks &apos;{name}&apos; tidak ada di berkas aturan. Minta admin menambahkannya.</source>
        <translation>The text &apos;{name}&apos; is not in the rules file. Ask the admin to add it.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="35"/>
        <source>Teks aturan &apos;{name}&apos; memakai isian yang tidak dikenal ({problem}). Perbaiki berkasnya.</source>
        <translation>The rule text &apos;{name}&apos; uses an unknown field ({problem}). Correct the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="38"/>
        <source>Berkas referensi {path} tidak ditemukan. Pasang ulang aplikasi.</source>
        <translation>The reference file {path} was not found. Reinstall the app.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="40"/>
        <source>{file}: kepala kolom harus &apos;{columns}&apos;. Perbaiki berkasnya.</source>
        <translation>{file}: the header must be &apos;{columns}&apos;. Correct the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="42"/>
        <source>{where}: ada kolom kosong.</source>
        <translation>{where}: a column is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="43"/>
        <source>{where}: kode 33.xx dan jenis Kabupaten/Kota.</source>
        <translation>{where}: the code must be 33.xx and the kind Kabupaten or Kota.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="44"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/data_files.py" line="45"/>
        <source>{where}: induk {parent} harus tercantum lebih dulu.</source>
        <translation>{where}: the parent {parent} must be listed first.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="6"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="7"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="8"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="9"/>
        <source>Kode rekening</source>
        <translation>The account code (kode rekening)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="10"/>
        <source>Kode sub-kegiatan</source>
        <translation>The sub-activity code (sub-kegiatan)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="11"/>
        <source>Kode RUP</source>
        <translation>The RUP code</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="12"/>
        <source>{what} kosong. Isi {what} dengan lengkap.</source>
        <translation>{what} is empty. Fill it in completely.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="13"/>
        <source>NIP harus 18 angka (terisi {count}). Periksa kembali NIP-nya.</source>
        <translation>A NIP has 18 digits ({count} entered). Check the NIP again.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="14"/>
        <source>NIP hanya berisi angka (spasi boleh). Hapus huruf atau tanda baca.</source>
        <translation>A NIP contains digits only (spaces allowed). Remove letters and punctuation.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="16"/>
        <source>Delapan angka pertama NIP ({digits}) bukan tanggal lahir yang sah (TTTTBBHH).</source>
        <translation>The first eight digits of the NIP ({digits}) are not a valid date of birth (YYYYMMDD).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="18"/>
        <source>Tahun lahir pada NIP ({birth_year}) berarti pegawai ini belum berumur 17 tahun pada {year}; tidak mungkin sudah diangkat CPNS. Periksa delapan angka pertama NIP (tanggal lahir TTTTBBHH), mungkin tertukar dengan tahun pengangkatan.</source>
        <translation>The birth year in the NIP ({birth_year}) means this officer was not yet 17 in {year} and cannot have been appointed a civil servant. Check the first eight digits of the NIP (date of birth YYYYMMDD); they may have been swapped with the appointment year.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="22"/>
        <source>Tahun lahir pada NIP ({birth_year}) terlalu tua untuk pegawai aktif. Periksa delapan angka pertama NIP (tanggal lahir TTTTBBHH).</source>
        <translation>The birth year in the NIP ({birth_year}) is too early for a serving officer. Check the first eight digits of the NIP (date of birth YYYYMMDD).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="25"/>
        <source>Angka 9-14 NIP ({digits}) bukan bulan TMT CPNS yang sah (TTTTBB).</source>
        <translation>Digits 9-14 of the NIP ({digits}) are not a valid appointment month (YYYYMM).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="26"/>
        <source>TMT CPNS {tmt} tidak masuk akal untuk kelahiran {birth}. Periksa angka 9-14 NIP.</source>
        <translation>An appointment in {tmt} is not plausible for a birth date of {birth}. Check digits 9-14 of the NIP.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="28"/>
        <source>Angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan), bukan {digit}.</source>
        <translation>Digit 15 of the NIP must be 1 (male) or 2 (female), not {digit}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="30"/>
        <source>Tiga angka terakhir NIP (nomor urut) tidak boleh 000.</source>
        <translation>The last three digits of the NIP (serial number) cannot be 000.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="31"/>
        <source>NIK hanya berisi angka. Hapus huruf atau tanda baca.</source>
        <translation>A NIK contains digits only. Remove letters and punctuation.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="32"/>
        <source>NIK harus 16 angka (terisi {count}). Salin dari KTP.</source>
        <translation>A NIK has 16 digits ({count} entered). Copy it from the ID card (KTP).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="33"/>
        <source>Kode wilayah NIK ({digits}) tidak sah. Enam angka pertama adalah provinsi, kabupaten/kota dan kecamatan.</source>
        <translation>The region code of the NIK ({digits}) is not valid. The first six digits are the province, regency/city and district.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="36"/>
        <source>Angka 7-12 NIK ({digits}) bukan tanggal lahir yang sah (HHBBTT; perempuan +40).</source>
        <translation>Digits 7-12 of the NIK ({digits}) are not a valid date of birth (DDMMYY; women +40).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="38"/>
        <source>Empat angka terakhir NIK (nomor urut) tidak boleh 0000.</source>
        <translation>The last four digits of the NIK (serial number) cannot be 0000.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="39"/>
        <source>NPWP hanya berisi angka, titik dan tanda hubung. Hapus huruf.</source>
        <translation>A NPWP contains only digits, dots and hyphens. Remove the letters.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="40"/>
        <source>NPWP harus 16 angka (atau format lama 15 angka); terisi {count} angka.</source>
        <translation>A NPWP has 16 digits (or 15 in the old format); {count} digits entered.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="42"/>
        <source>NPWP {text} adalah angka isian (semua angka sama), bukan NPWP yang sah. Kosongkan bila penyedia tidak ber-NPWP, atau salin NPWP dari kartu/surat keterangan terdaftarnya.</source>
        <translation>NPWP {text} is a filler number (all digits the same), not a valid NPWP. Leave it empty if the seller has no NPWP, or copy the NPWP from their card or registration letter.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="45"/>
        <source>NPWP 16 angka yang tidak diawali 0 adalah NIK orang pribadi, tetapi angka ini bukan NIK yang sah: {problem} NPWP badan usaha diawali 0.</source>
        <translation>A 16-digit NPWP that does not start with 0 is a person&apos;s NIK, but this is not a valid NIK: {problem} A company&apos;s NPWP starts with 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="48"/>
        <source>Kode rekening &apos;{code}&apos; tidak sesuai format enam tingkat A.B.CC.DD.EE.FFFF, misalnya 5.1.02.01.01.0024.</source>
        <translation>The account code &apos;{code}&apos; does not follow the six-level format A.B.CC.DD.EE.FFFF, for example 5.1.02.01.01.0024.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="51"/>
        <source>Kode sub-kegiatan &apos;{code}&apos; tidak sesuai format U.BB.PP.L.KK.SSSS (L = 1 provinsi, 2 kabupaten/kota), misalnya 2.18.01.2.06.0004.</source>
        <translation>The sub-activity code &apos;{code}&apos; does not follow the format U.BB.PP.L.KK.SSSS (L = 1 province, 2 regency/city), for example 2.18.01.2.06.0004.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/identifiers.py" line="54"/>
        <source>Kode RUP &apos;{code}&apos; tidak sah: harus 8 sampai 12 angka, sesuai SiRUP.</source>
        <translation>The RUP code &apos;{code}&apos; is not valid: it must have 8 to 12 digits, as in SiRUP.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="6"/>
        <source>Kode klasifikasi</source>
        <translation>The classification code</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="7"/>
        <source>Kode jenis dokumen</source>
        <translation>The document type code</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="8"/>
        <source>Kode OPD</source>
        <translation>The agency code</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="9"/>
        <source>Jenis dokumen</source>
        <translation>The document type</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="10"/>
        <source>penomoran {doc_type}</source>
        <translation>{doc_type} numbering</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="11"/>
        <source>{where}: {field}</source>
        <translation>{where}: {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="12"/>
        <source>{what} &apos;{value}&apos; tidak sah. Pakai huruf, angka, titik atau tanda hubung (tanpa &apos;/&apos; dan spasi).</source>
        <translation>{what} &apos;{value}&apos; is not valid. Use letters, digits, dots or hyphens (no &apos;/&apos; and no spaces).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="14"/>
        <source>Templat nomor kosong. Isi templat, misalnya {example}.</source>
        <translation>The number template is empty. Fill in a template, for example {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="15"/>
        <source>Templat &apos;{template}&apos; memakai isian tak dikenal: {unknown}. Isian yang boleh: {allowed}.</source>
        <translation>The template &apos;{template}&apos; uses unknown fields: {unknown}. Allowed fields: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="17"/>
        <source>Templat &apos;{template}&apos; harus memuat tepat satu {seq} (nomor urut).</source>
        <translation>The template &apos;{template}&apos; must contain exactly one {seq} (sequence number).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="19"/>
        <source>Templat &apos;{template}&apos; memuat kurung kurawal yang salah.</source>
        <translation>The template &apos;{template}&apos; has misplaced braces.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="20"/>
        <source>Nomor urut {value} tidak sah; nomor urut dimulai dari 1.</source>
        <translation>Sequence number {value} is not valid; sequence numbers start at 1.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="21"/>
        <source>Tanggal dokumen tidak sah. Pilih tanggal dari kalender.</source>
        <translation>The document date is not valid. Pick a date from the calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="23"/>
        <source>Nomor &apos;{number}&apos; tidak sesuai format {template}. Periksa penulisannya.</source>
        <translation>The number &apos;{number}&apos; does not follow the format {template}. Check how it is written.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="25"/>
        <source>{where}: bagian &apos;doc_types&apos; wajib ada dan tidak kosong.</source>
        <translation>{where}: the &apos;doc_types&apos; section is required and cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="26"/>
        <source>{where}: daftar &apos;periods&apos; wajib ada.</source>
        <translation>{where}: the &apos;periods&apos; list is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="27"/>
        <source>{source}: isi berkas harus berupa objek.</source>
        <translation>{source}: the file must contain an object.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="28"/>
        <source>{source}: bagian &apos;opds&apos; harus berupa objek.</source>
        <translation>{source}: the &apos;opds&apos; section must be an object.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="29"/>
        <source>{where}: harus berupa objek.</source>
        <translation>{where}: must be an object.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="30"/>
        <source>{where}: jenis dokumen tak dikenal: {unknown}.</source>
        <translation>{where}: unknown document types: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="8"/>
        <source>{what} harus bilangan bulat rupiah nol atau lebih (terisi {value}).</source>
        <translation>{what} must be whole rupiah, zero or more ({value} given).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="10"/>
        <source>{what} &apos;{value}&apos; tidak dikenal. Pilih: {choices}.</source>
        <translation>{what} &apos;{value}&apos; is unknown. Choose: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="11"/>
        <source>Harga satuan &apos;{name}&apos;</source>
        <translation>The unit price of &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="12"/>
        <source>Pajak {label}</source>
        <translation>The tax {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="13"/>
        <source>Pemungut pajak</source>
        <translation>The tax collector</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="14"/>
        <source>Ongkos kirim</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="15"/>
        <source>Penerimaan &apos;{uraian}&apos;</source>
        <translation>The receipt &apos;{uraian}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="16"/>
        <source>Pengembalian &apos;{uraian}&apos;</source>
        <translation>Return &apos;{uraian}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="17"/>
        <source>Pembayaran SP {number}</source>
        <translation>The payment of purchase order {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="18"/>
        <source>Ukuran kertas</source>
        <translation>The paper size</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="19"/>
        <source>Status dokumen</source>
        <translation>The document status</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="20"/>
        <source>Jumlah &apos;{name}&apos; harus bilangan bulat lebih dari nol (terisi {value}).</source>
        <translation>The quantity of &apos;{name}&apos; must be a whole number above zero ({value} given).</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="22"/>
        <source>Pesanan {order} belum berisi barang/jasa; tambahkan baris.</source>
        <translation>Order {order} has no goods or services yet; add a line.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="23"/>
        <source>Pajak SP {number} melebihi jumlah pembayaran; periksa rincian pajak.</source>
        <translation>The taxes of purchase order {number} exceed the payment; check the tax breakdown.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="25"/>
        <location filename="../../desktop/domain/texts/numbering.py" line="31"/>
        <source>Jenis dokumen &apos;{doc_type}&apos; tidak dikenal. Pilih: {known}.</source>
        <translation>The document type &apos;{doc_type}&apos; is unknown. Choose: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="26"/>
        <source>Pemungut pajak &apos;{collector}&apos; pada catatan pembayaran tidak dikenal; sinkronkan ulang pesanan ini.</source>
        <translation>The tax collector &apos;{collector}&apos; in the payment record is unknown; synchronise this order again.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="28"/>
        <source>Huruf {path} tidak ditemukan. Pasang ulang aplikasi.</source>
        <translation>The font {path} was not found. Reinstall the app.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="29"/>
        <source>Teks &apos;{key}&apos; tidak ada di templat {name}.json. Pulihkan templat dari instalasi asli.</source>
        <translation>The text &apos;{key}&apos; is missing from the template {name}.json. Restore the template from the original installation.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="31"/>
        <source>Templat {name}.json, teks &apos;{key}&apos;: isian &apos;{field}&apos; tidak diizinkan; pakai nama saja.</source>
        <translation>Template {name}.json, text &apos;{key}&apos;: the field &apos;{field}&apos; is not allowed; use a plain name.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="33"/>
        <source>Templat {name}.json, teks &apos;{key}&apos;: isian {problem} tidak dikenal. Periksa tanda kurung kurawal.</source>
        <translation>Template {name}.json, text &apos;{key}&apos;: the field {problem} is unknown. Check the braces.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="35"/>
        <source>Templat dokumen {path} tidak ditemukan. Pasang ulang aplikasi.</source>
        <translation>The document template {path} was not found. Reinstall the app.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="36"/>
        <source>Templat {path} rusak (baris {line}). Perbaiki atau pulihkan berkasnya.</source>
        <translation>The template {path} is damaged (line {line}). Repair or restore the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/texts.py" line="38"/>
        <source>Templat {path} harus berupa objek JSON.</source>
        <translation>The template {path} must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="32"/>
        <source>Nomor &apos;{text}&apos; bukan nomor {label} OPD ini bertanggal {day} (seharusnya berbentuk {expected}).</source>
        <translation>&apos;{text}&apos; is not a {label} number of this agency dated {day} (it should look like {expected}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="34"/>
        <source>OPD belum diketahui; masuk dengan akun OPD Anda.</source>
        <translation>The agency is not known yet; log in with your agency account.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="35"/>
        <source>Tahun blok nomor {value} tidak sah.</source>
        <translation>The number block year {value} is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="36"/>
        <source>Batas blok nomor {value} tidak sah; mulai dari 1.</source>
        <translation>The number block bound {value} is not valid; blocks start at 1.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="37"/>
        <source>Blok nomor {start}-{end} terbalik: akhir &lt; awal.</source>
        <translation>The number block {start}-{end} is reversed: end &lt; start.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="38"/>
        <source>Posisi terakhir {value} di luar blok {start}-{end}.</source>
        <translation>The last position {value} is outside the block {start}-{end}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="39"/>
        <source>Blok nomor {doc_type} {kode_opd} tahun {year} ({start}-{end}) sudah habis. Sinkronkan untuk meminta blok nomor baru.</source>
        <translation>The {doc_type} number block of {kode_opd} for {year} ({start}-{end}) is used up. Synchronise to get a new block of numbers.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="42"/>
        <source>Tanggal dokumen {day} bukan tahun blok nomor {year}; nomor direset setiap tahun.</source>
        <translation>The document date {day} is not in the number block&apos;s year {year}; numbers restart every year.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="45"/>
        <source>{where}: &apos;{key}&apos; wajib bilangan bulat positif.</source>
        <translation>{where}: &apos;{key}&apos; must be a positive whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="46"/>
        <source>{where}: high_ratio_percent harus ≥ attention_ratio_percent; perbaiki berkasnya.</source>
        <translation>{where}: high_ratio_percent must be ≥ attention_ratio_percent; correct the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="48"/>
        <source>{where}: &apos;must_exceed_p75&apos; harus true atau false.</source>
        <translation>{where}: &apos;must_exceed_p75&apos; must be true or false.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="49"/>
        <source>Tidak ada harga pembanding; sinkronkan katalog lalu ulangi.</source>
        <translation>There are no comparable prices; synchronise the catalogue and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="50"/>
        <source>Persentil {value} di luar 0-100.</source>
        <translation>Percentile {value} is outside 0-100.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="51"/>
        <source>Harga satuan {value} tidak sah; isi bilangan bulat rupiah ≥ 0.</source>
        <translation>The unit price {value} is not valid; enter whole rupiah ≥ 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="53"/>
        <source>kewajaran harga</source>
        <translation>price reasonableness</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="54"/>
        <source>Hanya {count} produk sebanding (minimal {minimum}); kewajaran harga tidak dapat dinilai. Bandingkan manual di marketplace lain bila ragu.</source>
        <translation>Only {count} comparable products (at least {minimum} needed); the price cannot be judged. Compare by hand on other marketplaces if in doubt.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="57"/>
        <source>Harga {price} = {ratio}% dari median {median} (p75 {p75}, {count} produk sebanding).</source>
        <translation>The price {price} is {ratio}% of the median {median} (p75 {p75}, {count} comparable products).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="59"/>
        <source>Indikasi kemahalan. {compare} Pilih produk lebih murah (misalnya {cheapest}, {cheapest_price}) atau tulis alasan harga ini di catatan sebelum diajukan.</source>
        <translation>Possibly overpriced. {compare} Choose a cheaper product (for example {cheapest}, {cheapest_price}) or write the reason for this price in the notes before submitting.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="62"/>
        <source>Harga di atas kebanyakan produk sebanding. {compare} Periksa kembali sebelum diajukan/disetujui.</source>
        <translation>The price is above most comparable products. {compare} Check again before submitting/approving.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/numbering.py" line="65"/>
        <source>Harga wajar. {compare}</source>
        <translation>The price is reasonable. {compare}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="7"/>
        <source>{where}: &apos;{field}&apos; harus persen berupa teks, misalnya &quot;1.5&quot;.</source>
        <translation>{where}: &apos;{field}&apos; must be a percentage written as text, for example &quot;1.5&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="8"/>
        <source>{where}: &apos;{field}&apos; harus rupiah bulat atau null.</source>
        <translation>{where}: &apos;{field}&apos; must be whole rupiah or null.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="9"/>
        <source>{where}: kolom &apos;{field}&apos; wajib diisi.</source>
        <translation>{where}: the field &apos;{field}&apos; is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="10"/>
        <source>{where}: setiap aturan harus berupa objek.</source>
        <translation>{where}: every rule must be an object.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="11"/>
        <source>{where}: &apos;nilai_lain&apos; harus {fields} bulat.</source>
        <translation>{where}: &apos;nilai_lain&apos; must be whole numbers {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="12"/>
        <source>{where}: &apos;exempt_kinds&apos; berisi jenis yang tidak dikenal.</source>
        <translation>{where}: &apos;exempt_kinds&apos; contains unknown kinds.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="13"/>
        <source>{where}: aturan PPh harus berupa objek.</source>
        <translation>{where}: an income-tax (PPh) rule must be an object.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="14"/>
        <source>{where}: &apos;collector&apos; {value} tidak dikenal.</source>
        <translation>{where}: &apos;collector&apos; {value} is unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="15"/>
        <source>{where}: bagian &apos;ppn&apos; wajib ada.</source>
        <translation>{where}: the &apos;ppn&apos; section is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="16"/>
        <source>{where}: bagian &apos;pph&apos; harus memuat goods, services dan catering.</source>
        <translation>{where}: the &apos;pph&apos; section must contain goods, services and catering.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="17"/>
        <source>{where}: &apos;brackets&apos; harus daftar lapisan tarif.</source>
        <translation>{where}: &apos;brackets&apos; must be a list of rate layers.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="18"/>
        <source>{where}: lapisan harus berupa objek.</source>
        <translation>{where}: a layer must be an object.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="19"/>
        <source>{where}: lapisan tarif harus naik, dan hanya lapisan terakhir tanpa batas atas (up_to null).</source>
        <translation>{where}: rate layers must go up, and only the last layer has no upper bound (up_to null).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="21"/>
        <source>{where}: &apos;kinds&apos; atau &apos;collector&apos; tidak dikenal.</source>
        <translation>{where}: &apos;kinds&apos; or &apos;collector&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="22"/>
        <source>{where}: &apos;kinds&apos; wajib berisi jenis belanja.</source>
        <translation>{where}: &apos;kinds&apos; must list purchase kinds.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="23"/>
        <source>{where}: &apos;mode&apos; harus HALF_UP atau DOWN.</source>
        <translation>{where}: &apos;mode&apos; must be HALF_UP or DOWN.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="24"/>
        <source>{source}: isi berkas harus berupa objek JSON.</source>
        <translation>{source}: the file must contain a JSON object.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="25"/>
        <source>{source}: daftar &apos;{key}&apos; wajib ada dan tidak kosong.</source>
        <translation>{source}: the list &apos;{key}&apos; is required and cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="26"/>
        <source>{source}: bagian &apos;collection&apos; wajib ada.</source>
        <translation>{source}: the &apos;collection&apos; section is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="27"/>
        <source>{source}: &apos;collection.{name}&apos; wajib ada.</source>
        <translation>{source}: &apos;collection.{name}&apos; is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="28"/>
        <source>{source}: &apos;pph21_bukan_pegawai&apos; harus berupa daftar.</source>
        <translation>{source}: &apos;pph21_bukan_pegawai&apos; must be a list.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="29"/>
        <source>Pemungut pajak {collector} tidak dikenal.</source>
        <translation>The tax collector {collector} is unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="30"/>
        <source>PPN</source>
        <translation>VAT (PPN)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="31"/>
        <source>pembulatan pajak</source>
        <translation>tax rounding</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="32"/>
        <source>PPh 21 bukan pegawai</source>
        <translation>PPh 21 for non-employees</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="33"/>
        <source>pemungutan oleh {collector}</source>
        <translation>collection by {collector}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="35"/>
        <source>Harga bruto harus bilangan bulat rupiah (bukan {type}).</source>
        <translation>The gross price must be whole rupiah (not {type}).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="36"/>
        <source>Harga bruto tidak boleh negatif ({value}). Periksa isiannya.</source>
        <translation>The gross price cannot be negative ({value}). Check the entry.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="37"/>
        <source>Harga bruto terlalu besar. Periksa jumlah digitnya.</source>
        <translation>The gross price is too large. Check the number of digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="38"/>
        <source>Jenis belanja &apos;{kind}&apos; tidak dikenal. Pilih barang (goods), jasa (services) atau katering (catering).</source>
        <translation>The purchase kind &apos;{kind}&apos; is unknown. Choose goods, services or catering.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="41"/>
        <source>Pemungut pajak &apos;{collector}&apos; tidak dikenal. Pilih BENDAHARA atau PIHAK_LAIN (lokapasar yang ditunjuk PMK 58/2022).</source>
        <translation>The tax collector &apos;{collector}&apos; is unknown. Choose BENDAHARA (the treasurer) or PIHAK_LAIN (a marketplace appointed under PMK 58/2022).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="44"/>
        <source>Isian &apos;{flag}&apos; harus ya/tidak (true/false).</source>
        <translation>The field &apos;{flag}&apos; must be yes/no (true/false).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="45"/>
        <source>Bentuk usaha penyedia &apos;{form}&apos; tidak dikenal. Pilih perorangan atau badan usaha.</source>
        <translation>The seller&apos;s legal form &apos;{form}&apos; is unknown. Choose individual or company.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="47"/>
        <source>Penyedia PKP pasti ber-NPWP (pengukuhan PKP mensyaratkan NPWP), tetapi data penyedia ini tanpa NPWP/NIK. Lengkapi NPWP penyedia di katalog atau periksa status PKP-nya.</source>
        <translation>A VAT-registered (PKP) seller always has an NPWP (PKP registration requires one), but this seller has no NPWP/NIK on record. Complete the seller&apos;s NPWP in the catalogue or check their PKP status.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="50"/>
        <source>Tanggal transaksi tidak sah. Pilih tanggal dari kalender.</source>
        <translation>The transaction date is not valid. Pick a date from the calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="52"/>
        <source>Suket PP 55 hanya diterbitkan bagi wajib pajak yang ber-NPWP. Periksa data penyedia: isi NPWP/NIK-nya atau hapus tanda Suket PP 55.</source>
        <translation>A Suket PP 55 is only issued to taxpayers with an NPWP. Check the seller&apos;s data: fill in their NPWP/NIK or remove the Suket PP 55 mark.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="55"/>
        <source>Tanda barang mewah (PPnBM) hanya untuk barang dari penyedia PKP.</source>
        <translation>The luxury goods mark (PPnBM) is only for goods from a VAT-registered (PKP) seller.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="57"/>
        <source>Data pembelian tidak sah untuk dihitung pajaknya.</source>
        <translation>The purchase data is not valid for computing its taxes.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/taxes.py" line="58"/>
        <source>DPP {value} harus rupiah bulat, tidak negatif. Periksa isiannya.</source>
        <translation>The tax base (DPP) {value} must be whole rupiah, not negative. Check the entry.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="6"/>
        <source>Lampiran {attachment_id} tidak ada.</source>
        <translation>Attachment {attachment_id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="7"/>
        <source>Blok nomor {start}–{end} tidak sah.</source>
        <translation>The number block {start}–{end} is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="8"/>
        <source>Blok nomor {doc_type} {start}–{end} ({year}) bertumpuk dengan blok lain.</source>
        <translation>The {doc_type} number block {start}–{end} ({year}) overlaps another block.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="10"/>
        <source>Nomor {doc_type} {year} cadangan perangkat ini habis. Sinkronkan untuk mendapat blok baru.</source>
        <translation>This device&apos;s reserved {doc_type} numbers for {year} are used up. Synchronise to get a new block.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="12"/>
        <source>Nomor {doc_type} {number}/{year} belum pernah diterbitkan.</source>
        <translation>{doc_type} number {number}/{year} has never been issued.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="13"/>
        <source>Buku tahun {year} sudah ditutup (tutup buku): catatan bertanggal {year} hanya dapat dilihat dan dicetak, tidak dapat diubah. Catat dengan tanggal tahun berjalan.</source>
        <translation>The books of {year} are closed (year-end closing): records dated {year} can only be viewed and printed, not changed. Record it with a date in the current year.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="16"/>
        <source>Pesanan {order_id} tidak ada di basis data lokal.</source>
        <translation>Order {order_id} is not in the local database.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="17"/>
        <source>Salinan pesanan {order_id} dari server tidak lengkap: {problem}</source>
        <translation>The server&apos;s copy of order {order_id} is incomplete: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="19"/>
        <source>Belum ada salinan server untuk pesanan {order_id}.</source>
        <translation>There is no server copy of order {order_id} yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="20"/>
        <source>Pesanan {order_id} masih punya perintah yang belum selesai; selesaikan dulu.</source>
        <translation>Order {order_id} still has unfinished commands; settle them first.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="22"/>
        <source>Pesanan {order_id} sudah dikirim ke server; batalkan, jangan dihapus.</source>
        <translation>Order {order_id} has already been sent to the server; cancel it instead of deleting it.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="24"/>
        <source>Perintah {cmd_id} tidak ada di antrean.</source>
        <translation>Command {cmd_id} is not in the queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="25"/>
        <source>Perintah {cmd_id} berstatus {status}; tidak bisa diubah begitu.</source>
        <translation>Command {cmd_id} is {status}; it cannot change that way.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="27"/>
        <source>Perintah {cmd_id} sudah pernah dikirim; buat perintah baru.</source>
        <translation>Command {cmd_id} has already been sent; make a new command.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="29"/>
        <source>Basis data {file} berskema v{version}, lebih baru dari aplikasi ini (v{latest}). Perbarui aplikasi Blangkon; jangan membuka file ini dengan versi lama.</source>
        <translation>The database {file} has schema v{version}, newer than this app (v{latest}). Update Blangkon; do not open this file with an older version.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="32"/>
        <source>Pembaruan skema ke v{version} ({description}) gagal: {problem}.{hint}</source>
        <translation>Upgrading the schema to v{version} ({description}) failed: {problem}.{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="34"/>
        <source> Salinan sebelum pembaruan: {file}.</source>
        <translation> Copy made before the upgrade: {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="35"/>
        <source>Unit of work bertumpuk: teruskan `uow` yang sudah terbuka, jangan membuka yang baru.</source>
        <translation>Nested unit of work: pass on the `uow` already open instead of opening a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="37"/>
        <source>Disk penuh: perubahan terakhir tidak tersimpan. Pekerjaan yang belum terkirim (draf dan antrean kirim) tetap utuh. Kosongkan ruang disk, lalu ulangi.</source>
        <translation>The disk is full: the last change was not saved. Work not yet sent (drafts and the send queue) is intact. Free some disk space, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="40"/>
        <source>NIK, NPWP dan rekening penyedia tersimpan terenkripsi, tetapi kuncinya tidak bisa dibuka: brankas kata sandi sistem (keyring) tidak tersedia atau terkunci. Buka kunci brankas, lalu ulangi; minta admin TI bila brankas tidak ada.</source>
        <translation>Sellers&apos; NIK, NPWP and bank accounts are stored encrypted, but their key cannot be opened: the system password vault (keyring) is missing or locked. Unlock the vault, then try again; ask IT if there is no vault.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="44"/>
        <source>Isi pesanan ini tersimpan terenkripsi dan kuncinya tidak tersedia di sesi ini, jadi tidak dapat diubah atau dikirim; isi aslinya tidak ditimpa. Masuk dengan akun Anda di PC ini, lalu ulangi; minta admin TI bila isinya tetap tersegel.</source>
        <translation>This order&apos;s content is stored encrypted and its key is not available in this session, so it cannot be changed or sent; the original content was not overwritten. Sign in with your account on this PC, then try again; ask IT support if the content stays sealed.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="48"/>
        <source>Basis data lokal {file} rusak: {what}. {todo}</source>
        <translation>The local database {file} is damaged: {what}. {todo}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="49"/>
        <source>berkasnya kosong (0 bita)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="50"/>
        <source>isinya bukan basis data SQLite</source>
        <translation>it is not an SQLite database</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="51"/>
        <source>sebagian isinya rusak</source>
        <translation>part of it is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="52"/>
        <source>Pekerjaan yang belum terkirim dapat dipulihkan dari cadangan terbaru ({backup}): pilih Pulihkan di aplikasi, atau jalankan `blangkon db restore`.</source>
        <translation>Work not yet sent can be restored from the newest backup ({backup}): choose Restore in the app, or run `blangkon db restore`.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/texts.py" line="55"/>
        <source>Tidak ada cadangan yang utuh. Jangan hapus berkas itu; hubungi admin TI. `blangkon db restore --fresh` menyisihkannya dan memulai basis data baru.</source>
        <translation>There is no intact backup. Do not delete the file; contact IT. `blangkon db restore --fresh` sets it aside and starts a new database.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="9"/>
        <source>Belum ada pengguna yang masuk. Silakan masuk terlebih dahulu.</source>
        <translation>Nobody is logged in. Please log in first.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="10"/>
        <source>Akun Anda belum terhubung ke OPD. Minta admin OPD mengatur OPD akun ini.</source>
        <translation>Your account is not linked to an agency yet. Ask the agency admin to set this account&apos;s agency.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="11"/>
        <source>Pesanan tidak ditemukan di PC ini. Sinkronkan lalu buka lagi dari daftar pesanan.</source>
        <translation>The order is not on this PC. Synchronise, then open it again from the order list.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="13"/>
        <source>Pesanan ini milik OPD lain. Buka pesanan OPD Anda sendiri.</source>
        <translation>This order belongs to another agency. Open your own agency&apos;s orders.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="14"/>
        <source>Server menolak langkah sebelumnya pada pesanan ini. Buka pesanan dan selesaikan masalahnya dulu, lalu ulangi.</source>
        <translation>The server refused the previous step on this order. Open the order and resolve the problem first, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="17"/>
        <source>{count} perintah belum dikirim: isinya tersimpan terenkripsi dengan kunci yang tidak ada di sesi ini. Perintah tetap di antrean, tidak hilang; masuk dengan akun Anda di PC ini (kata sandi), lalu sinkronkan lagi.</source>
        <translation>{count} command(s) not sent: their content is stored encrypted with a key this session does not hold. They stay in the queue, nothing is lost; sign in with your account on this PC (password), then sync again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="22"/>
        <source>{number} — {who}</source>
        <translation>{number} — {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="23"/>
        <source>Draf {id} — {who}</source>
        <translation>Draft {id} — {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="24"/>
        <source>penyedia belum dipilih</source>
        <translation>no seller chosen yet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="26"/>
        <source>Satu pesanan hanya untuk satu penyedia. Buat pesanan baru untuk produk dari {provider}.</source>
        <translation>One order is for one seller only. Start a new order for products from {provider}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="28"/>
        <source>{product} sudah ada di pesanan. Ubah jumlahnya pada baris yang ada.</source>
        <translation>{product} is already in the order. Change the quantity on its line.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="30"/>
        <source>Kolom {fields} tidak dapat diubah di sini.</source>
        <translation>The field {fields} cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="31"/>
        <source>Ongkos kirim harus rupiah bulat, 0 atau lebih.</source>
        <translation>Shipping must be whole rupiah, 0 or more.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="32"/>
        <source>Pilih jalur belanja dari daftar yang tersedia.</source>
        <translation>Choose a purchasing channel from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="33"/>
        <source>{product} tidak dijual lagi. Hapus baris ini atau ganti dengan produk lain.</source>
        <translation>{product} is no longer sold. Remove this line or replace it with another product.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="35"/>
        <source>Produk ini tidak ada atau sudah tidak dijual di katalog lokal. Sinkronkan katalog lalu pilih produk lain.</source>
        <translation>This product is missing from the local catalogue or no longer sold. Synchronise the catalogue, then choose another product.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="38"/>
        <source>Pesanan belum dapat diajukan: {items}. Perbaiki butir bertanda ✗ dulu.</source>
        <translation>The order cannot be submitted yet: {items}. Fix the items marked ✗ first.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="40"/>
        <source>Tulis alasan pembatalan agar tercatat di riwayat pesanan.</source>
        <translation>Write the reason for cancelling so it is kept in the order&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="42"/>
        <source>Langkah ini bukan langkah pengiriman.</source>
        <translation>This step is not a delivery step.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="43"/>
        <source>Hanya Pejabat Pengadaan atau PPK yang boleh menyusun pesanan.</source>
        <translation>Only a procurement officer (PP) or a commitment officer (PPK) may draft orders.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="44"/>
        <source>Baris pesanan tidak ditemukan; mungkin sudah dihapus. Muat ulang pesanan.</source>
        <translation>The order line was not found; it may have been removed. Reload the order.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="46"/>
        <source>Jumlah harus bilangan bulat lebih dari 0, misalnya 10.</source>
        <translation>The quantity must be a whole number above 0, for example 10.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="47"/>
        <source>Jumlah terlalu besar. Periksa kembali angka yang diketik.</source>
        <translation>The quantity is too large. Check the number typed.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="49"/>
        <source>Harga atau ketersediaan berubah untuk: {products}. Tolak pesanan agar Pejabat Pengadaan memperbaruinya.</source>
        <translation>The price or availability changed for: {products}. Reject the order so the procurement officer can update it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="52"/>
        <source>Tulis alasan penolakan (minimal 5 huruf) agar Pejabat Pengadaan tahu apa yang harus diperbaiki.</source>
        <translation>Write the reason for rejecting (at least 5 letters) so the procurement officer knows what to fix.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="55"/>
        <source>Tanggal pemeriksaan tidak boleh setelah hari ini.</source>
        <translation>The inspection date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="56"/>
        <source>Tanggal pemeriksaan tidak boleh sebelum tanggal SP ({day}).</source>
        <translation>The inspection date cannot be before the purchase order date ({day}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="58"/>
        <source>Tanggal barang tiba harus antara tanggal SP dan tanggal pemeriksaan. Periksa tanggalnya.</source>
        <translation>The arrival date must be between the purchase order date and the inspection date. Check the date.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="60"/>
        <source>Ada baris penerimaan yang tidak ada di pesanan. Muat ulang.</source>
        <translation>A received line is not in the order. Reload.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="62"/>
        <source>Jumlah diterima {product} harus 0 sampai {qty}.</source>
        <translation>The quantity of {product} received must be 0 to {qty}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="63"/>
        <source>Tanggal BAST tidak boleh setelah hari ini.</source>
        <translation>The BAST date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="64"/>
        <source>Tanggal BAST tidak boleh sebelum tanggal SP ({day}). Pilih tanggal yang benar.</source>
        <translation>The BAST date cannot be before the purchase order date ({day}). Choose the right date.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="66"/>
        <source>Tanggal BAST tidak boleh sebelum tanggal pemeriksaan ({day}). Pilih tanggal yang benar.</source>
        <translation>The BAST date cannot be before the inspection date ({day}). Choose the right date.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="69"/>
        <source>Pilih cara bayar: UP/GU, transfer, KKPD atau LS.</source>
        <translation>Choose how to pay: UP/GU, transfer, KKPD or LS.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="70"/>
        <source>Isi nomor BKU (Buku Kas Umum) untuk pembayaran ini.</source>
        <translation>Enter the cash book (BKU) number for this payment.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="71"/>
        <source>Tanggal bayar tidak boleh setelah hari ini.</source>
        <translation>The payment date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="72"/>
        <source>Tanggal setor pajak harus antara tanggal bayar dan hari ini.</source>
        <translation>The tax deposit date must be between the payment date and today.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="74"/>
        <source>Tanggal bayar tidak boleh sebelum tanggal BAST. Periksa tanggalnya.</source>
        <translation>The payment date cannot be before the BAST date. Check the date.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="76"/>
        <source>NTPN diisi untuk pajak yang tidak dipotong Bendahara: {taxes}. Kosongkan isian itu.</source>
        <translation>An NTPN was entered for a tax the treasurer does not withhold: {taxes}. Clear that field.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="78"/>
        <source>NTPN setoran {tax} harus 16 huruf/angka, seperti tertera pada bukti penerimaan negara. Periksa isiannya.</source>
        <translation>The NTPN of the {tax} deposit must be 16 letters/digits, as printed on the state receipt. Check the entry.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="82"/>
        <source>Jenis dokumen tidak dikenal. Pilih SP, BAST atau kuitansi.</source>
        <translation>Unknown document type. Choose SP, BAST or receipt.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="83"/>
        <source>Pilih BKU atau Buku Pembantu Pajak.</source>
        <translation>Choose the cash book (BKU) or the tax sub-ledger.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="84"/>
        <source>{document} belum dapat dicetak pada status pesanan ini. Selesaikan langkah sebelumnya dulu.</source>
        <translation>The {document} cannot be printed at this order status yet. Finish the previous step first.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="86"/>
        <source>Surat Pesanan</source>
        <translation>Purchase order (SP)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="87"/>
        <source>Berita Acara Serah Terima</source>
        <translation>Handover report (BAST)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="88"/>
        <source>Kuitansi</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="89"/>
        <source>Buku Kas Umum</source>
        <translation>Cash book (BKU)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="90"/>
        <source>Buku Pembantu Pajak</source>
        <translation>Tax sub-ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="92"/>
        <source>Konflik ini sudah diselesaikan. Muat ulang daftar pesanan.</source>
        <translation>This conflict is already resolved. Reload the order list.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="94"/>
        <source>Katalog di PC ini belum memuat harga terbaru {product} yang disebut server. Sinkronkan katalog dulu, lalu terima harga baru.</source>
        <translation>The catalog on this PC does not yet hold the latest price of {product} that the server names. Sync the catalog first, then accept the new price.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="97"/>
        <source>Pengganti harus produk aktif dari penyedia yang sama. Pilih produk lain atau hapus baris ini.</source>
        <translation>The replacement must be an active product from the same seller. Choose another product or remove this line.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="99"/>
        <source>Semua baris akan terhapus. Batalkan pesanan ini atau ganti minimal satu produk.</source>
        <translation>Every line would be removed. Cancel this order or replace at least one product.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="101"/>
        <source>Salinan server belum ada di PC ini. Sinkronkan dulu, lalu buka konflik ini lagi.</source>
        <translation>The server&apos;s copy is not on this PC yet. Synchronise first, then open this conflict again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="103"/>
        <source>Pesanan di server sudah bukan draf; pakai salinan server.</source>
        <translation>The order on the server is no longer a draft; use the server&apos;s copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="105"/>
        <source>Aksi &apos;{action}&apos; tidak dapat dilakukan pada pesanan berstatus {state}.</source>
        <translation>The action &apos;{action}&apos; cannot be taken on an order whose status is {state}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="107"/>
        <source>Aksi &apos;{action}&apos; hanya boleh dilakukan oleh: {roles}.</source>
        <translation>The action &apos;{action}&apos; may only be taken by: {roles}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="108"/>
        <source>Pesanan berstatus {state} tidak dapat diubah; gunakan adendum atau batalkan.</source>
        <translation>An order whose status is {state} cannot be changed; use an addendum or cancel it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="110"/>
        <source>Pembayaran belum disetujui PA/KPA (setuju dibayar). Minta otorisasi terlebih dahulu.</source>
        <translation>The payment has not been authorised by the budget holder (PA/KPA) yet. Ask for the authorisation first.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="112"/>
        <source>Pembayaran sudah diotorisasi PA/KPA.</source>
        <translation>The payment has already been authorised by the budget holder (PA/KPA).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="113"/>
        <source>Anda ikut menyusun atau mengubah isi pesanan ini, jadi tidak boleh menyetujuinya sendiri. Persetujuan harus oleh PPK lain yang tidak ikut menyusun.</source>
        <translation>You helped draft or change this order, so you may not approve it yourself. Another commitment officer (PPK) who did not draft it must approve it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="116"/>
        <source>PPK yang menyetujui pesanan tidak boleh juga membayarnya (Bendahara).</source>
        <translation>The PPK who approved the order may not also pay it (as treasurer).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="118"/>
        <source>Pencatat penerimaan barang tidak boleh juga membayarnya.</source>
        <translation>Whoever recorded the receipt of the goods may not also pay for them.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="120"/>
        <source>Penyusun atau pengubah isi pesanan tidak boleh juga membayarnya.</source>
        <translation>Whoever drafted or changed the order may not also pay for it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="123"/>
        <source>Isi nama pengguna dan kata sandi, lalu tekan Masuk.</source>
        <translation>Enter your username and password, then press Log in.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="124"/>
        <source>Server tidak dapat dihubungi dan pengguna ini belum pernah masuk di komputer ini. Sambungkan komputer ke jaringan, lalu masuk sekali secara daring.</source>
        <translation>The server cannot be reached and this user has never logged in on this computer. Connect the computer to the network, then log in online once.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="127"/>
        <source>Nama pengguna atau kata sandi salah. Periksa huruf besar/kecil lalu coba lagi.</source>
        <translation>Wrong username or password. Check upper/lower case and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="129"/>
        <source>Nama pengguna atau kata sandi salah, atau sesi Anda telah berakhir. Periksa lalu masuk kembali dengan kata sandi.</source>
        <translation>Wrong username or password, or your session has ended. Check, then log in again with your password.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="132"/>
        <source>Server {server} tidak dapat dihubungi. Periksa jaringan atau alamat server di Pengaturan; pengguna yang pernah masuk di komputer ini tetap dapat masuk tanpa koneksi.</source>
        <translation>The server {server} cannot be reached. Check the network or the server address in Settings; users who have logged in on this computer before can still log in offline.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="135"/>
        <source>Versi aplikasi ini terlalu lama untuk server. Pasang versi terbaru, lalu masuk lagi.</source>
        <translation>This version of the app is too old for the server. Install the latest version, then log in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="137"/>
        <source>Server menolak permintaan masuk (HTTP {status}). Coba lagi beberapa saat lagi; bila terus terjadi, hubungi admin provinsi.</source>
        <translation>The server refused the login (HTTP {status}). Try again in a while; if it keeps happening, contact the provincial admin.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="141"/>
        <source>{problem} Contoh NIP yang benar: 19800101 200501 1 001.</source>
        <translation>{problem} Example of a valid NIP: 19800101 200501 1 001.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="142"/>
        <source>Alamat server harus diawali http:// atau https:// (contoh: https://blangkon.jatengprov.go.id).</source>
        <translation>The server address must start with http:// or https:// (example: https://blangkon.jatengprov.go.id).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="144"/>
        <source>Isi nama pemerintah daerah (mis. PEMERINTAH PROVINSI JAWA TENGAH).</source>
        <translation>Enter the name of the local government (e.g. PEMERINTAH PROVINSI JAWA TENGAH).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="146"/>
        <source>Isi nama OPD seperti yang tercetak pada kop surat.</source>
        <translation>Enter the agency name as printed on the letterhead.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="147"/>
        <source>Berkas logo harus gambar PNG atau JPG yang ada. Pilih berkas lain.</source>
        <translation>The logo must be an existing PNG or JPG image. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="148"/>
        <source>Isi nama pejabat untuk NIP yang sudah diisi.</source>
        <translation>Enter the official&apos;s name for the NIP given.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="149"/>
        <source>Batas hari kerja pembayaran harus antara 0 dan 60; kosongkan untuk memakai aturan.</source>
        <translation>The payment limit must be between 0 and 60 working days; leave it empty to use the rule.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="152"/>
        <source>Brankas kata sandi sistem (keyring) tidak tersedia atau terkunci, jadi sesi ini tidak diingat. Anda tetap dapat bekerja sekarang, tetapi harus masuk lagi saat membuka aplikasi berikutnya. Buka kunci brankas (mis. GNOME Keyring / Windows Credential Manager) atau minta admin TI memasangnya.</source>
        <translation>The system password vault (keyring) is missing or locked, so this session is not remembered. You can keep working now, but you will have to log in again next time you open the app. Unlock the vault (e.g. GNOME Keyring / Windows Credential Manager) or ask IT to set it up.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="157"/>
        <source>Sebagian data pesanan terkunci untuk akun Anda sampai petugas lain yang memegang kuncinya masuk di PC ini. Pekerjaan Anda sendiri tetap tersimpan dan terkunci dengan aman.</source>
        <translation>Some order data stays locked for your account until another officer who holds its key logs in on this PC. Your own work is still saved and safely locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="160"/>
        <source>Kata sandi Anda berubah sejak terakhir masuk di PC ini, jadi data yang dikunci dengan kata sandi lama belum dapat dibuka. Data itu terbuka lagi setelah petugas lain yang memegang kuncinya masuk di PC ini. Pekerjaan baru Anda tetap tersimpan dan terkunci dengan aman.</source>
        <translation>Your password changed since you last logged in on this PC, so data locked with the old password cannot be opened yet. It opens again after another officer who holds its key logs in on this PC. Your new work is still saved and safely locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="164"/>
        <source>Kata sandi Anda berubah sejak terakhir masuk di PC ini. Sebagian data yang Anda simpan di PC ini hanya dapat dibuka dengan kata sandi lama, dan tidak ada petugas lain di PC ini yang memegang kuncinya. Bila Anda masih ingat kata sandi lama, minta admin TI menjalankan `blangkon db recover-keys --username {username}`, lalu masuk lagi. Tidak ada yang dihapus; pekerjaan baru Anda tersimpan dan terkunci dengan aman.</source>
        <translation>Your password changed since you last logged in on this PC. Some data you saved on this PC opens only with the old password, and no other officer on this PC holds its key. If you still remember the old password, ask IT to run `blangkon db recover-keys --username {username}`, then log in again. Nothing was deleted; your new work is saved and safely locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="169"/>
        <source>Kunci data di PC ini tidak dapat disiapkan ({problem}). Anda tetap masuk, tetapi data yang terkunci belum dapat dibuka. Coba keluar lalu masuk lagi.</source>
        <translation>The data keys on this PC could not be prepared ({problem}). You are logged in, but locked data cannot be opened yet. Try logging out and in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="173"/>
        <source>Dokumen ini belum dapat dicetak sebagai dokumen resmi: {who}. Isi nama lengkap dan NIP (18 angka) di Pengaturan › Penandatangan, lalu buka pratinjau lagi. Sampai itu, dokumen hanya dapat dicetak bertanda DRAF.</source>
        <translation>This document cannot be printed as an official document yet: {who}. Fill in the full name and NIP (18 digits) in Settings › Signatories, then open the preview again. Until then it can only be printed marked DRAFT.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="177"/>
        <source>nama dan NIP {role} belum diisi</source>
        <translation>the name and NIP of the {role} are missing</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="178"/>
        <source>NIP {role} ({name}) belum diisi</source>
        <translation>the NIP of the {role} ({name}) is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="180"/>
        <source>Dokumen dicetak tanpa tanda tangan digital karena brankas kata sandi sistem (keyring) di PC ini tidak dapat dipakai, padahal kunci tanda tangan perangkat hanya disimpan di sana; kode QR hanya memuat isi dokumen.</source>
        <translation>The document was printed without a digital signature because this PC&apos;s system password vault (keyring) cannot be used, and the device&apos;s signing key is kept only there; the QR code carries the document&apos;s content only.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="184"/>
        <source>Brankas: {backend}; galat: {error}. Yang dapat dilakukan admin TI: {advice}; lalu jalankan `blangkon --self-test` untuk memeriksanya dan sinkronkan sekali agar perangkat disertifikasi.</source>
        <translation>Vault: {backend}; error: {error}. What IT can do: {advice}; then run `blangkon --self-test` to check it and synchronise once so the device is certified.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="187"/>
        <source>Dokumen dicetak tanpa tanda tangan digital: perangkat ini belum disertifikasi server provinsi. Sinkronkan sekali saat terhubung; sertifikat diambil otomatis.</source>
        <translation>The document was printed without a digital signature: this device is not yet certified by the provincial server. Synchronise once while online; the certificate is fetched automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="190"/>
        <source>nyalakan layanan Windows Credential Manager (VaultSvc, Startup type: Manual) dan pastikan kebijakan grup tidak memblokirnya; masuk Windows dengan akun pengguna biasa (bukan akun layanan)</source>
        <translation>start the Windows Credential Manager service (VaultSvc, Startup type: Manual) and make sure no group policy blocks it; sign in to Windows with a normal user account (not a service account)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="193"/>
        <source>buka aplikasi Keychain Access dan pastikan keychain &apos;login&apos; tidak terkunci</source>
        <translation>open Keychain Access and make sure the &apos;login&apos; keychain is unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="195"/>
        <source>pasang dan aktifkan Secret Service — gnome-keyring (paket gnome-keyring, libsecret-1-0) atau KWallet — lalu masuk ulang ke desktop agar brankasnya terbuka</source>
        <translation>install and enable a Secret Service — gnome-keyring (packages gnome-keyring, libsecret-1-0) or KWallet — then sign in to the desktop again so the vault is unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="198"/>
        <source>tidak ada brankas yang terpasang</source>
        <translation>no vault is installed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="199"/>
        <source>brankas dimatikan (null)</source>
        <translation>the vault is disabled (null)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="200"/>
        <source>brankas menyimpan tanpa enkripsi (keyrings.alt), ditolak</source>
        <translation>the vault stores without encryption (keyrings.alt), refused</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="202"/>
        <source>{reason}atas surat perintah Plt/Plh {number} tanggal {date}</source>
        <translation>{reason}under Plt/Plh letter {number} of {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="203"/>
        <source>Server tidak terjangkau. Pelimpahan Plt/Plh hanya dapat dicatat atau dicabut saat terhubung; daftar di bawah adalah salinan sinkronisasi terakhir.</source>
        <translation>The server cannot be reached. Plt/Plh delegations can only be recorded or revoked while connected; the list below is the copy from the last sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="206"/>
        <source>Server menolak pelimpahan ini (HTTP {status}); periksa isian atau hubungi admin.</source>
        <translation>The server refused this delegation (HTTP {status}); check the form or contact the admin.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="208"/>
        <source>Akun ini tidak terikat OPD, jadi tidak ada pelimpahan Plt/Plh.</source>
        <translation>This account belongs to no agency (OPD), so it has no Plt/Plh delegations.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="209"/>
        <source>Server menolak permintaan statistik (HTTP {status}); coba lagi atau hubungi admin.</source>
        <translation>The server refused the statistics request (HTTP {status}); try again or contact the admin.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="212"/>
        <source>Berkas {file} tidak dapat dibuka ({problem}). Periksa bahwa berkas masih ada dan dapat dibaca.</source>
        <translation>The file {file} cannot be opened ({problem}). Check that it still exists and can be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="214"/>
        <source>Pilih dulu baris rekening koran (dan pembayaran yang cocok) yang akan dikonfirmasi.</source>
        <translation>First select the statement line (and the matching payment) to confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="216"/>
        <source>Baris rekening koran tidak ditemukan di PC ini. Muat ulang daftar lalu ulangi.</source>
        <translation>The statement line is not on this PC. Reload the list and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="218"/>
        <source>Pembayaran {entry} tidak tercatat di PC ini. Pencocokan hanya menautkan pembayaran yang sudah dicatat; catat pembayarannya dulu di Meja Bendahara.</source>
        <translation>Payment {entry} is not recorded on this PC. Matching only links payments already recorded; record the payment at the Bendahara desk first.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="221"/>
        <source>{what} sudah dikonfirmasi pada pencocokan lain. Batalkan pencocokan itu dulu bila keliru.</source>
        <translation>{what} is already confirmed in another match. Undo that match first if it is wrong.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="223"/>
        <source>Uang keluar hanya dapat dicocokkan dengan pembayaran/setoran, uang masuk dengan penerimaan. Periksa pilihan Anda.</source>
        <translation>Money out can only match payments/deposits, money in only receipts. Check your selection.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="226"/>
        <source>Jumlah di bank dan di buku berselisih {difference}. Tulis penjelasannya di catatan sebelum mengonfirmasi.</source>
        <translation>The bank and the books differ by {difference}. Write the explanation in the note before confirming.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="229"/>
        <source>Tulis catatan yang menjelaskan baris ini (minimal 5 huruf).</source>
        <translation>Write a note explaining this line (at least 5 letters).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="231"/>
        <source>Konfirmasi ini sudah tidak ada (mungkin sudah dibatalkan). Muat ulang daftar.</source>
        <translation>This confirmation no longer exists (it may have been undone). Reload the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="233"/>
        <source>Hanya Bendahara Pengeluaran yang mengimpor rekening koran dan mengonfirmasi pencocokan.</source>
        <translation>Only the Bendahara Pengeluaran imports bank statements and confirms matches.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="235"/>
        <source>Impor ini tidak dapat dibatalkan: sebagian barisnya sudah dikonfirmasi. Batalkan konfirmasinya dulu.</source>
        <translation>This import cannot be undone: some of its lines are already confirmed. Undo those confirmations first.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="238"/>
        <source>Pilih bulan dan tahun rekonsiliasi yang sah.</source>
        <translation>Choose a valid month and year to reconcile.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="240"/>
        <source>Tutup buku dilakukan oleh Bendahara Pengeluaran OPD. Masuk dengan akun Bendahara.</source>
        <translation>The year-end closing is done by the OPD&apos;s Bendahara Pengeluaran. Log in with the Bendahara&apos;s account.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="242"/>
        <source>Pos ini tidak lagi terbuka (mungkin sudah dibayar atau disinkronkan). Muat ulang daftarnya.</source>
        <translation>This item is no longer open (it may have been paid or synced). Reload the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="244"/>
        <source>Masih ada {count} pos terbuka tanpa keputusan: pilih dibawa ke tahun berikutnya atau batalkan.</source>
        <translation>{count} open items still have no decision: carry each over to next year or cancel it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="246"/>
        <source>Sisa UP {amount} belum dicatat kembali ke Kas Daerah: catat pengembalian sisa UP dulu.</source>
        <translation>The unspent UP of {amount} has not been recorded as returned to the Kas Daerah: record the return first.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="248"/>
        <source>Isi nomor STS (bukti setor ke Kas Daerah) dan nomor BKU pengembalian sisa UP.</source>
        <translation>Enter the STS number (deposit slip to the Kas Daerah) and the BKU number of the UP return.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="250"/>
        <source>Pengembalian sisa UP tahun ini sudah dicatat.</source>
        <translation>The return of this year&apos;s unspent UP is already recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="252"/>
        <source>Tidak ada sisa UP untuk dikembalikan: saldo kas sama dengan pajak yang belum disetor.</source>
        <translation>There is no unspent UP to return: the cash balance equals the taxes not yet deposited.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="254"/>
        <source>Buku tahun {year} sudah ditutup; buku hanya dapat dilihat dan dicetak.</source>
        <translation>The books of {year} are closed; they can only be viewed and printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/texts.py" line="256"/>
        <source>Belum dapat tutup buku: {reasons}</source>
        <translation>The year cannot be closed yet: {reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="8"/>
        <source>Belum ada barang/jasa</source>
        <translation>No goods or services yet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="9"/>
        <source>Tambahkan minimal satu produk dari katalog.</source>
        <translation>Add at least one product from the catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="10"/>
        <source>{count} baris barang/jasa</source>
        <translation>Lines of goods or services: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="11"/>
        <source>Total {total}.</source>
        <translation>Total {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="12"/>
        <source>Jalur belanja belum dipilih</source>
        <translation>No purchasing channel chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="13"/>
        <source>Pilih lokapasar atau e-katalog lokal.</source>
        <translation>Choose a marketplace or the local e-catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="14"/>
        <source>Jalur belanja tidak dapat diperiksa</source>
        <translation>The purchasing channel cannot be checked</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="15"/>
        <source>Batas nilai lokapasar</source>
        <translation>Marketplace value limit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="16"/>
        <source>Melebihi batas {cap} untuk lokapasar</source>
        <translation>Over the marketplace limit of {cap}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="17"/>
        <source>{text} Dasar: {basis}.</source>
        <translation>{text} Basis: {basis}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="18"/>
        <source>Kemungkinan pemecahan paket</source>
        <translation>Possible package splitting</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="19"/>
        <source>{warning} Gabungkan pesanan atau tulis alasannya di catatan.</source>
        <translation>{warning} Combine the orders or write the reason in the notes.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="20"/>
        <source>Tidak ada indikasi pemecahan paket</source>
        <translation>No sign of package splitting</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="21"/>
        <source>Tidak ada pesanan lain ke penyedia dan sub-kegiatan ini yang bersama-sama melewati batas.</source>
        <translation>No other orders to this seller and sub-activity go over the limit together with this one.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="23"/>
        <source>Pembuat berbeda dengan penyetuju</source>
        <translation>Maker and approver differ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="24"/>
        <source>Pesanan akan disetujui PPK: {names}.</source>
        <translation>The order will be approved by the commitment officer (PPK): {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="25"/>
        <source>Belum ada PPK lain yang dapat menyetujui</source>
        <translation>No other commitment officer (PPK) can approve yet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="26"/>
        <source>Anda tidak boleh menyetujui pesanan sendiri. Pastikan PPK OPD sudah pernah masuk di aplikasi ini atau sinkronkan daftar pengguna.</source>
        <translation>You may not approve your own order. Make sure the agency&apos;s PPK has logged in to this app before, or synchronise the user list.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="29"/>
        <source>Pembuat pesanan tidak boleh menyetujui pesanan sendiri. Pastikan PPK OPD sudah pernah masuk di aplikasi ini atau sinkronkan daftar pengguna.</source>
        <translation>The order&apos;s maker may not approve it. Make sure the agency&apos;s PPK has logged in to this app before, or synchronise the user list.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="32"/>
        <source>Penyedia belum dipilih</source>
        <translation>No seller chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="33"/>
        <source>Tambahkan produk; penyedianya ikut terpilih.</source>
        <translation>Add a product; its seller is chosen with it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="34"/>
        <source>Penyedia tidak aktif lagi</source>
        <translation>The seller is no longer active</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="35"/>
        <source>{seller} sudah keluar dari katalog. Pilih produk dari penyedia lain.</source>
        <translation>{seller} has left the catalogue. Choose products from another seller.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="37"/>
        <source>Identitas pajak penyedia ada</source>
        <translation>The seller&apos;s tax ID is on record</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="38"/>
        <source>{seller}: {kind} {number}.</source>
        <translation>{seller}: {kind} {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="39"/>
        <source>Penyedia tanpa NPWP/NIK</source>
        <translation>Seller without NPWP/NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="40"/>
        <source>Tarif PPh menjadi 100% lebih tinggi. Minta penyedia melengkapi NPWP/NIK sebelum bayar.</source>
        <translation>The income tax (PPh) rate is 100% higher. Ask the seller for their NPWP/NIK before paying.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="42"/>
        <source>Status PKP penyedia</source>
        <translation>The seller&apos;s VAT (PKP) status</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="43"/>
        <source>PKP: harga sudah termasuk PPN; faktur pajak wajib dilampirkan saat penagihan.</source>
        <translation>PKP: prices include VAT (PPN); a tax invoice must come with the bill.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="45"/>
        <source>Bukan PKP: tidak ada PPN pada pesanan ini.</source>
        <translation>Not PKP: there is no VAT (PPN) on this order.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="46"/>
        <source>Meterai tidak dapat diperiksa</source>
        <translation>The duty stamp cannot be checked</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="47"/>
        <source>Kuitansi wajib bermeterai</source>
        <translation>The receipt needs a duty stamp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="48"/>
        <source>Tanpa meterai</source>
        <translation>No duty stamp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="49"/>
        <source>Kode RUP belum diisi</source>
        <translation>RUP code not filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="50"/>
        <source>Isi Kode RUP dari SiRUP untuk paket ini.</source>
        <translation>Enter the RUP code of this package from SiRUP.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="51"/>
        <source>Sub-kegiatan belum dipilih</source>
        <translation>No sub-activity chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="52"/>
        <source>Pilih sub-kegiatan yang membiayai belanja ini.</source>
        <translation>Choose the sub-activity that funds this purchase.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="53"/>
        <source>Kode rekening belum dipilih</source>
        <translation>No account code chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="54"/>
        <source>Pilih kode rekening belanja (mis. 5.1.02.01.01.0024).</source>
        <translation>Choose the expenditure account code (e.g. 5.1.02.01.01.0024).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="56"/>
        <source>Alamat pengiriman kosong</source>
        <translation>Delivery address empty</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="57"/>
        <source>Isi alamat kantor tujuan pengiriman.</source>
        <translation>Enter the address of the office to deliver to.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="58"/>
        <source>Kode anggaran lengkap</source>
        <translation>Budget codes complete</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="59"/>
        <source>RUP {kode_rup}; sub-kegiatan {sub_kegiatan}; rekening {kode_rekening}.</source>
        <translation>RUP {kode_rup}; sub-activity {sub_kegiatan}; account {kode_rekening}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="61"/>
        <source>Sub-kegiatan</source>
        <translation>Sub-activity</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="62"/>
        <source>{what} {code} tidak ada dalam daftar</source>
        <translation>{what} {code} is not in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="63"/>
        <source>Kode ini tidak ditemukan di daftar referensi. Mungkin maksud Anda: {nearest}.</source>
        <translation>This code is not in the reference list. Did you mean: {nearest}?</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="65"/>
        <source>Kode ini tidak ditemukan di daftar referensi. Pilih dari daftar, atau sinkronkan bila kodenya baru.</source>
        <translation>This code is not in the reference list. Choose from the list, or synchronise if the code is new.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="68"/>
        <source>Daftar kode rekening belum ada di PC ini</source>
        <translation>The account code list is not on this PC yet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="69"/>
        <source>Daftar sub-kegiatan belum ada di PC ini</source>
        <translation>The sub-activity list is not on this PC yet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="70"/>
        <source>{code} belum dapat diperiksa. Sinkronkan agar daftar referensi terunduh.</source>
        <translation>{code} cannot be checked yet. Synchronise to download the reference list.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="72"/>
        <source>Jumlah {product} melebihi stok katalog</source>
        <translation>The quantity of {product} exceeds the catalogue stock</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="73"/>
        <source>Dipesan {qty} {unit}, stok di katalog {stock}. Tanyakan ketersediaan ke penyedia atau kurangi jumlahnya.</source>
        <translation>{qty} {unit} ordered, {stock} in stock in the catalogue. Ask the seller about availability or reduce the quantity.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="76"/>
        <source>Tanggal kirim belum diisi</source>
        <translation>No delivery date</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="77"/>
        <source>Isi batas waktu pengiriman agar tercetak di Surat Pesanan.</source>
        <translation>Enter the delivery deadline so it is printed on the purchase order.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="79"/>
        <source>Tanggal kirim sudah lewat</source>
        <translation>The delivery date has passed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="80"/>
        <source>Pilih tanggal kirim hari ini atau nanti.</source>
        <translation>Choose a delivery date today or later.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="81"/>
        <source>Harga {product} berubah</source>
        <translation>The price of {product} changed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="82"/>
        <source>Dikutip {quoted}, kini {current}. Terima harga baru atau hapus baris ini.</source>
        <translation>Quoted at {quoted}, now {current}. Accept the new price or remove this line.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="84"/>
        <source>{product} tidak tersedia lagi</source>
        <translation>{product} is no longer available</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="85"/>
        <source>Produk ini sudah tidak dijual. Hapus baris ini atau ganti dengan produk lain.</source>
        <translation>This product is no longer sold. Remove this line or replace it with another product.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="87"/>
        <source>Harga wajar dibanding produk sebanding</source>
        <translation>Prices reasonable against comparable products</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="88"/>
        <source>Tidak ada baris yang jauh di atas median produk sebanding (kategori dan satuan sama).</source>
        <translation>No line is far above the median of comparable products (same category and unit).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/check_texts.py" line="90"/>
        <source>Periksa harga: {product}</source>
        <translation>Check the price: {product}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="6"/>
        <source>Aturan pencocokan rekening koran</source>
        <translation>Bank statement matching rules</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="7"/>
        <source>{where}: nilai &apos;{key}&apos; tidak sah. Minta admin memperbaiki berkas aturan pencocokan bank.</source>
        <translation>{where}: the value &apos;{key}&apos; is not valid. Ask the admin to fix the bank matching rules file.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="9"/>
        <source>{where}: jumlah uang kosong. Periksa bahwa berkas ini rekening koran yang lengkap.</source>
        <translation>{where}: the amount is empty. Check that this file is a complete bank statement.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="11"/>
        <source>{where}: &apos;{text}&apos; bukan jumlah uang. Periksa pemisah ribuan dan desimal pada pemetaan kolom (misalnya 1.234.567,00 memakai titik untuk ribuan dan koma untuk desimal).</source>
        <translation>{where}: &apos;{text}&apos; is not an amount. Check the thousands and decimal separators of the column mapping (e.g. 1.234.567,00 uses dots for thousands and a comma for decimals).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="14"/>
        <source>{where}: kolom debet dan kredit sama-sama terisi. Satu baris mutasi hanya boleh salah satunya; periksa pemetaan kolom.</source>
        <translation>{where}: both the debit and the credit column are filled. A statement line has only one of them; check the column mapping.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="17"/>
        <source>{where}: &apos;{text}&apos; bukan tanggal yang dikenal (format yang dicoba: {formats}). Ubah format tanggal pada pemetaan kolom.</source>
        <translation>{where}: &apos;{text}&apos; is not a known date (formats tried: {formats}). Change the date format of the column mapping.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="20"/>
        <source>Pemetaan kolom {where} tidak sah pada &apos;{key}&apos;. Perbaiki atau buat ulang pemetaannya.</source>
        <translation>The column mapping {where} is not valid at &apos;{key}&apos;. Fix or recreate the mapping.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="22"/>
        <source>Pemetaan kolom {where} belum lengkap: wajib ada kolom tanggal dan kolom jumlah (atau debet dan kredit).</source>
        <translation>The column mapping {where} is incomplete: it needs a date column and an amount column (or debit and credit).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="25"/>
        <source>Berkas {file} bukan teks CSV atau MT940 (mungkin Excel/PDF). Ekspor ulang mutasi rekening dari internet banking sebagai CSV atau MT940.</source>
        <translation>The file {file} is not CSV or MT940 text (perhaps Excel/PDF). Export the account statement again from internet banking as CSV or MT940.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="28"/>
        <source>Berkas {file} kosong. Pilih berkas rekening koran yang berisi mutasi.</source>
        <translation>The file {file} is empty. Choose a statement file with transactions.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="29"/>
        <source>Berkas {file} tidak berisi satu pun baris mutasi. Periksa periode yang diekspor dari bank.</source>
        <translation>The file {file} has no statement lines. Check the period exported from the bank.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="31"/>
        <source>Kolom yang dibutuhkan pemetaan &apos;{mapping}&apos; tidak ditemukan di {file} ({columns}). Pilih pemetaan lain atau atur kolomnya sekali lewat &quot;Atur kolom&quot;.</source>
        <translation>The columns the mapping &apos;{mapping}&apos; needs are not in {file} ({columns}). Choose another mapping or set the columns once with &quot;Set CSV columns&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="34"/>
        <source>Nomor rekening untuk {file} belum diisi. Isi nomor rekening Bendahara yang mutasinya diimpor.</source>
        <translation>No account number for {file}. Enter the Bendahara&apos;s account number whose statement is imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="38"/>
        <source>Pemetaan kolom &apos;{mapping}&apos; tidak ditemukan. Pilih pemetaan dari daftar.</source>
        <translation>The column mapping &apos;{mapping}&apos; does not exist. Choose a mapping from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="40"/>
        <source>Kolom berkas CSV ini tidak dikenali oleh pemetaan mana pun. Atur kolomnya sekali lewat &quot;Atur kolom&quot;; aplikasi akan mengingatnya untuk impor berikutnya.</source>
        <translation>No mapping knows the columns of this CSV file. Set its columns once with &quot;Set CSV columns&quot;; the app remembers them for the next import.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="43"/>
        <source>Berkas MT940 {file} terpotong: saldo akhir (:62F:) tidak ada. Unduh ulang rekening koran dari bank; tidak ada baris yang diimpor.</source>
        <translation>The MT940 file {file} is cut short: the closing balance (:62F:) is missing. Download the statement again; no line was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="46"/>
        <source>Berkas MT940 {file} tidak dapat dibaca ({problem}). Unduh ulang rekening koran dari bank.</source>
        <translation>The MT940 file {file} cannot be read ({problem}). Download the statement from the bank again.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/bank.py" line="48"/>
        <source>Berkas {file} adalah mutasi rekening {found}, bukan rekening {expected} yang dipilih. Pilih rekening yang benar atau berkas yang benar.</source>
        <translation>The file {file} is the statement of account {found}, not of the chosen account {expected}. Choose the right account or the right file.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="8"/>
        <source>Berkas {file} tidak dapat dibaca dari flashdisk ({reason}). Periksa flashdisk lalu coba lagi.</source>
        <translation>The file {file} cannot be read from the USB stick ({reason}). Check the stick and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="10"/>
        <source>Berkas {file} bukan berkas Blangkon. Pilih berkas yang dibuat menu &quot;Ekspor ke USB&quot; atau dari kantor provinsi.</source>
        <translation>The file {file} is not a Blangkon file. Choose a file made by &quot;Export to USB&quot; or by the provincial office.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="13"/>
        <source>Berkas {file} tidak utuh (terpotong saat disalin). Tidak ada yang diterapkan. Salin ulang berkas dari PC asalnya, lalu lepas flashdisk dengan &quot;Eject&quot; sebelum dicabut.</source>
        <translation>The file {file} is incomplete (cut off while copying). Nothing was applied. Copy the file again from its PC, and use &quot;Eject&quot; before pulling the stick out.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="16"/>
        <source>Berkas {file} rusak atau telah diubah (isinya tidak cocok dengan tanda tangan/hash). Tidak ada yang diterapkan. Buat atau salin ulang berkasnya dari PC asal.</source>
        <translation>The file {file} is damaged or was changed (its content does not match its signature/hash). Nothing was applied. Make or copy the file again from its PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="19"/>
        <source>Berkas {file} adalah {found}, bukan {expected}. Pilih berkas yang tepat.</source>
        <translation>The file {file} is a {found}, not a {expected}. Choose the right file.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="21"/>
        <source>Berkas {file} dibuat versi Blangkon yang lebih baru (format {version}). Perbarui aplikasi ini dulu.</source>
        <translation>The file {file} was made by a newer Blangkon (format {version}). Update this application first.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="25"/>
        <source>Berkas {file} disandikan untuk server lain (kunci {key_id}). Ekspor ulang setelah PC asal tersinkron dengan server ini.</source>
        <translation>The file {file} is encrypted for another server (key {key_id}). Export again after its PC has synced with this server.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="28"/>
        <source>Perangkat {device} belum terdaftar di server provinsi, jadi tanda tangannya tidak dapat diperiksa. PC itu perlu sinkron daring sekali (perangkat didaftarkan otomatis).</source>
        <translation>Device {device} is not registered with the provincial server yet, so its signature cannot be checked. That PC needs to sync online once (devices are registered automatically).</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="31"/>
        <source>Tanda tangan berkas {file} tidak cocok dengan kunci perangkat {device}. Berkas ditolak; tidak ada yang diterapkan.</source>
        <translation>The signature of {file} does not match the key of device {device}. The file is refused; nothing was applied.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="34"/>
        <source>Berkas {file} berasal dari OPD {found}, bukan OPD {expected}. Berkas ditolak; serahkan ke OPD pemiliknya.</source>
        <translation>The file {file} comes from agency {found}, not {expected}. The file is refused; hand it to the agency it belongs to.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="37"/>
        <source>Berkas ini (ekspor nomor {seq} dari perangkat {device}) sudah diimpor pada {at}. Tidak ada perintah yang diterapkan dua kali; tanda terima yang sama dibuat ulang.</source>
        <translation>This file (export number {seq} from device {device}) was already imported on {at}. No command was applied twice; the same receipt was made again.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="41"/>
        <source>Tanda terima {file} untuk perangkat lain ({found}), bukan PC ini ({expected}). Tidak ada yang diubah; bawa ke PC pemiliknya.</source>
        <translation>The receipt {file} is for another device ({found}), not this PC ({expected}). Nothing was changed; take it to its PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="44"/>
        <source>Tanda terima ekspor nomor {seq} sudah diimpor sebelumnya. Tidak ada yang diubah.</source>
        <translation>The receipt for export number {seq} was already imported. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="46"/>
        <source>Tanda terima ekspor nomor {seq} lebih lama dari yang terakhir diimpor (nomor {last}). Tidak ada yang diubah; hasilnya sudah termasuk dalam tanda terima yang lebih baru.</source>
        <translation>The receipt for export number {seq} is older than the last one imported (number {last}). Nothing was changed; its results are already in the newer receipt.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="49"/>
        <source>Tanda terima nomor {seq} tidak cocok dengan ekspor mana pun dari PC ini (ekspor terakhir nomor {last}). Tidak ada yang diubah.</source>
        <translation>Receipt number {seq} does not match any export of this PC (last export: number {last}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="52"/>
        <source>PC ini belum mengenal kunci server provinsi. Sinkron daring sekali atau minta admin TI memasang berkas provisi yang memuat kunci server.</source>
        <translation>This PC does not know the provincial server&apos;s keys yet. Sync online once, or ask IT to install a provisioning file with the server keys.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="55"/>
        <source>Kunci perangkat tidak tersedia (brankas kata sandi sistem terkunci atau tidak ada), jadi berkas tidak dapat ditandatangani. Buka kunci brankas lalu ulangi.</source>
        <translation>The device key is not available (the system password vault is locked or missing), so the file cannot be signed. Unlock the vault and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="58"/>
        <source>PC ini belum tersambung ke server provinsi. Masuk secara daring atau sinkronkan sekali, lalu unggah berkas lagi. Berkas di flashdisk tidak berubah.</source>
        <translation>This PC is not connected to the provincial server. Log in online or sync once, then upload the file again. The file on the stick is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="61"/>
        <source>Tidak ada perintah yang menunggu dikirim. Tidak ada berkas yang dibuat.</source>
        <translation>No commands are waiting to be sent. No file was made.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="64"/>
        <source>Katalog di berkas ini (urutan {found}) lebih lama dari katalog di PC ini (urutan {current}). Tidak ada yang diubah; minta berkas katalog yang lebih baru.</source>
        <translation>The catalog in this file (sequence {found}) is older than the catalog on this PC (sequence {current}). Nothing was changed; ask for a newer catalog file.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="67"/>
        <source>Katalog di berkas ini sama dengan katalog di PC ini (urutan {current}). Tidak ada yang diubah.</source>
        <translation>The catalog in this file is the same as the catalog on this PC (sequence {current}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/usb.py" line="69"/>
        <source>Isi katalog di berkas tidak cocok dengan daftar isinya ({detail}). Katalog lama tetap dipakai; minta berkas baru.</source>
        <translation>The catalog in the file does not match its table of contents ({detail}). The old catalog stays in use; ask for a new file.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/closing.py" line="6"/>
        <source>Pajak yang sudah dipungut adalah hak negara: tidak dapat dibatalkan, hanya disetor. Bawa ke tahun berikutnya dan setor dengan NTPN.</source>
        <translation>A tax already withheld belongs to the state: it cannot be cancelled, only deposited. Carry it over to next year and deposit it with an NTPN.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/closing.py" line="9"/>
        <source>Pesanan berstatus {state} sudah di tangan penyedia atau sudah diterima, jadi tidak dapat dibatalkan pada tutup buku. Bawa ke tahun berikutnya.</source>
        <translation>An order in state {state} is already with the seller or received, so it cannot be cancelled at the year-end closing. Carry it over to next year.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/closing.py" line="12"/>
        <source>Tulis alasan pembatalan (paling sedikit {minimum} huruf) agar dapat dibaca pemeriksa.</source>
        <translation>Write the reason for the cancellation (at least {minimum} characters) so the auditor can read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/closing.py" line="14"/>
        <source>Saldo akhir BKU minus ({balance}). Periksa pencatatan BKU sebelum tutup buku.</source>
        <translation>The BKU closing balance is negative ({balance}). Check the BKU records before closing the year.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/closing.py" line="16"/>
        <source>Saldo akhir BKU ({balance}) lebih kecil dari pajak yang belum disetor ({taxes}). Periksa pencatatan setoran pajak sebelum tutup buku.</source>
        <translation>The BKU closing balance ({balance}) is less than the taxes not yet deposited ({taxes}). Check the recorded tax deposits before closing the year.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/closing.py" line="19"/>
        <source>Tanggal tidak boleh melewati hari ini.</source>
        <translation>The date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/closing.py" line="20"/>
        <source>Sisa UP tahun {year} dikembalikan ke Kas Daerah dalam tahun {year}; pilih tanggal tahun itu.</source>
        <translation>The unspent UP of {year} is returned to the Kas Daerah within {year}; pick a date in that year.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/texts/closing.py" line="22"/>
        <source>Tutup buku tahun {year} dilakukan di akhir tahun: paling awal 1 Desember {year}.</source>
        <translation>The books of {year} are closed at the end of the year: 1 December {year} at the earliest.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="16"/>
        <source>Pesanan ini sudah diubah orang lain di server. Sinkronkan, lalu periksa salinan server.</source>
        <translation>Someone else already changed this order on the server. Synchronise, then check the server&apos;s copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="18"/>
        <source>Langkah ini tidak sesuai status pesanan di server: pengguna lain sudah bertindak lebih dulu.</source>
        <translation>This step does not fit the order&apos;s status on the server: another user acted first.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="20"/>
        <source>Harga produk di server sudah berubah. Periksa harga baru sebelum mengajukan lagi.</source>
        <translation>The product&apos;s price changed on the server. Check the new price before submitting again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="22"/>
        <source>Produk ini tidak dijual lagi menurut server. Hapus atau ganti barisnya.</source>
        <translation>The server says this product is no longer sold. Remove or replace its line.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="24"/>
        <source>Persetujuan ini kedaluwarsa: pesanan atau harganya berubah sesudah disetujui.</source>
        <translation>This approval is out of date: the order or its prices changed after it was approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="26"/>
        <source>Peran Anda tidak berwenang melakukan langkah ini menurut server.</source>
        <translation>The server says your role may not take this step.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="28"/>
        <source>Pesanan ini tidak dapat diubah lagi di server.</source>
        <translation>This order can no longer be changed on the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="29"/>
        <source>Nilai pesanan melebihi batas belanja jalur ini menurut server. Pilih jalur lain atau pecah kebutuhan sesuai aturan.</source>
        <translation>The server says the order&apos;s value exceeds this purchasing route&apos;s cap. Choose another route or split the need as the rules allow.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="32"/>
        <source>Server menolak isian ini karena belum lengkap atau tidak sah. Periksa isian, lalu coba lagi.</source>
        <translation>The server refused these entries as incomplete or invalid. Check them, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="34"/>
        <source>Sesi server Anda telah berakhir. Masuk lagi, lalu ulangi.</source>
        <translation>Your server session has ended. Log in again, then repeat the step.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="36"/>
        <source>Akun Anda tidak berwenang melakukan langkah ini di server. Hubungi admin OPD.</source>
        <translation>Your account may not take this step on the server. Contact the OPD admin.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="38"/>
        <source>Data ini tidak ditemukan di server. Sinkronkan, lalu coba lagi.</source>
        <translation>The server cannot find this record. Synchronise, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="40"/>
        <source>Server sedang menerima terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.</source>
        <translation>The server is receiving too many requests. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="42"/>
        <source>Server tidak dapat memakai nomor dokumen ini: nomor itu sudah dipakai, sudah dibatalkan, atau tidak dicadangkan untuk PC ini.</source>
        <translation>The server cannot use this document number: it is already used, was voided, or was not reserved for this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="45"/>
        <source>Batas waktu persetujuan PPK untuk pesanan ini sudah lewat.</source>
        <translation>The PPK&apos;s approval deadline for this order has passed.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="47"/>
        <source>Tahun anggaran itu sudah ditutup (tutup buku) di server; langkah bertanggal tahun itu tidak diterima lagi.</source>
        <translation>That budget year is closed on the server (books closed); steps dated in that year are no longer accepted.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/refusal_texts.py" line="50"/>
        <source>Pelimpahan ini bertabrakan dengan Plt/Plh lain untuk jabatan dan masa yang sama. Periksa daftar pelimpahan.</source>
        <translation>This delegation overlaps another acting (Plt/Plh) officer for the same post and period. Check the list of delegations.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/app/screens.py" line="30"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/app/screens.py" line="32"/>
        <source>Pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/app/screens.py" line="34"/>
        <source>Ubah pesanan</source>
        <translation>Edit order</translation>
    </message>
    <message>
        <location filename="../../desktop/app/screens.py" line="36"/>
        <source>Persetujuan</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../desktop/app/screens.py" line="38"/>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop/app/screens.py" line="40"/>
        <source>Rekonsiliasi bank</source>
        <translation>Bank reconciliation</translation>
    </message>
    <message>
        <location filename="../../desktop/app/screens.py" line="42"/>
        <source>Tutup buku</source>
        <translation>Year-end closing</translation>
    </message>
    <message>
        <location filename="../../desktop/app/screens.py" line="44"/>
        <source>Plt/Plh</source>
        <translation>Acting officials</translation>
    </message>
    <message>
        <location filename="../../desktop/app/screens.py" line="46"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/app/screens.py" line="48"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/app/screens.py" line="50"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="165"/>
        <source>mis. bunga jasa giro bulan November</source>
        <translation>e.g. November current-account interest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="166"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bank_reconciliation/dialogs.py" line="166"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>NumberConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="194"/>
        <source>Server tidak dapat menyimpan nomor dokumen yang dicetak PC ini sebagai nomor resmi:</source>
        <translation>The server cannot keep the document number this PC printed as the official number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="197"/>
        <source>Kembalikan pesanan ke antrean PPK, lalu setujui lagi: nomor baru diambil dari blok nomor PC ini.</source>
        <translation>Return the order to the PPK queue, then approve it again: a new number is taken from this PC&apos;s number block.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="201"/>
        <source>&amp;Kembalikan ke antrean PPK</source>
        <translation>&amp;Return to the PPK queue</translation>
    </message>
</context>
<context>
    <name>OpenItemsModel</name>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="40"/>
        <source>Pos terbuka</source>
        <translation>Open item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="40"/>
        <source>Nomor SP</source>
        <translation>SP number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="40"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="40"/>
        <source>Status pesanan</source>
        <translation>Order status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="41"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="41"/>
        <source>Nilai</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="41"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="41"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/model.py" line="61"/>
        <source>belum diputuskan</source>
        <translation>not decided</translation>
    </message>
</context>
<context>
    <name>OrderEditorScreen</name>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="115"/>
        <source>Ubah pesanan</source>
        <translation>Edit order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="142"/>
        <source>Pilih pesanan dari daftar Pesanan, atau tambahkan produk dari Katalog untuk membuat pesanan baru.</source>
        <translation>Choose an order from the Orders list, or add a product from the Catalogue to start a new order.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="197"/>
        <source>✓ Semua perubahan tersimpan di PC ini</source>
        <translation>✓ All changes saved on this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="188"/>
        <source>Tersimpan di PC ini.</source>
        <translation>Saved on this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="195"/>
        <source>Belum tersimpan — disimpan otomatis saat Anda berhenti mengetik</source>
        <translation>Not saved yet — saved automatically when you stop typing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="212"/>
        <source>perorangan</source>
        <translation>individual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="212"/>
        <source>badan usaha</source>
        <translation>business entity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="220"/>
        <source>Status: %1 · %2</source>
        <translation>Status: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="223"/>
        <source>belum dipilih</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="238"/>
        <source>Pesanan ini sudah diajukan dan tidak dapat diubah lagi.</source>
        <translation>This order has been submitted and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="247"/>
        <source>Dibatalkan otomatis oleh sistem pada %1: PPK tidak menyetujui atau menolak pesanan ini sampai batas waktu %2. Buat pesanan baru bila barangnya masih diperlukan.</source>
        <translation>Cancelled automatically by the system on %1: the PPK did not approve or reject this order by the deadline, %2. Create a new order if the goods are still needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="255"/>
        <source>PPK</source>
        <translation>PPK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="257"/>
        <source>Ditolak oleh %1 (%2): “%3”. Perbaiki pesanan sesuai alasan ini, lalu ajukan lagi.</source>
        <translation>Rejected by %1 (%2): “%3”. Fix the order for this reason, then submit it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="309"/>
        <source>%1 butir wajib diperbaiki sebelum diajukan.</source>
        <translation>%1 items must be fixed before submitting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="310"/>
        <source>Semua syarat wajib terpenuhi. Pesanan siap diajukan.</source>
        <translation>All required conditions are met. The order is ready to submit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="193"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="351"/>
        <source>Pilih baris yang akan dihapus dulu (klik atau tombol panah), lalu tekan Hapus.</source>
        <translation>First select the line to remove (click or arrow keys), then press Remove.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="430"/>
        <source>Ajukan ke PPK</source>
        <translation>Submit to the PPK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="431"/>
        <source>Ajukan pesanan %1 senilai %2 ke PPK? Setelah diajukan pesanan tidak dapat diubah kecuali ditolak PPK.</source>
        <translation>Submit order %1 worth %2 to the PPK? Once submitted, the order cannot be changed unless the PPK rejects it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="442"/>
        <source>Pesanan diajukan ke PPK. Akan dikirim ke server saat ada koneksi.</source>
        <translation>Order submitted to the PPK. It will be sent to the server when there is a connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/screen.py" line="458"/>
        <source>Riwayat urungkan dikosongkan.</source>
        <translation>Undo history cleared.</translation>
    </message>
</context>
<context>
    <name>OrderEditorView</name>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="190"/>
        <source>Data pesanan</source>
        <translation>Order details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="191"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="192"/>
        <source>&amp;Jalur belanja</source>
        <translation>Purchasin&amp;g route</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="193"/>
        <source>Kode &amp;RUP</source>
        <translation>&amp;RUP code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="194"/>
        <source>&amp;Sub-kegiatan</source>
        <translation>&amp;Sub-activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="195"/>
        <source>&amp;Kode rekening</source>
        <translation>A&amp;ccount code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="196"/>
        <source>&amp;Alamat pengiriman</source>
        <translation>Delivery &amp;address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="198"/>
        <source>&amp;Ongkos kirim</source>
        <translation>Shipping c&amp;ost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="197"/>
        <source>Tan&amp;ggal kirim</source>
        <translation>Delivery &amp;date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="199"/>
        <source>&amp;Catatan</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="200"/>
        <source>mis. 51234567</source>
        <translation>e.g. 51234567</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="201"/>
        <source>mis. Rp25.000</source>
        <translation>e.g. Rp25.000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="202"/>
        <source>pilih atau ketik kode, mis. 2.18.01.2.06.0004</source>
        <translation>choose or type a code, e.g. 2.18.01.2.06.0004</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="203"/>
        <source>pilih atau ketik kode, mis. 5.1.02.01.01.0024</source>
        <translation>choose or type a code, e.g. 5.1.02.01.01.0024</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="205"/>
        <source>Tambah &amp;produk…</source>
        <translation>Add &amp;product…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="208"/>
        <source>Baris yang harganya berubah di katalog dikutip ulang dengan harga katalog hari ini.</source>
        <translation>Lines whose catalog price changed are quoted again at today&apos;s catalog price.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="206"/>
        <source>Hapus bar&amp;is</source>
        <translation>Remove l&amp;ine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="207"/>
        <source>Teri&amp;ma harga baru</source>
        <translation>Accept the &amp;new price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="210"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="211"/>
        <source>Ulang</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="212"/>
        <source>Urungkan perubahan terakhir (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="213"/>
        <source>Ulangi perubahan yang diurungkan (Ctrl+Y)</source>
        <translation>Redo the undone change (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="214"/>
        <source>Nilai pesanan</source>
        <translation>Order value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="215"/>
        <source>Subtotal barang/jasa</source>
        <translation>Goods/services subtotal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="215"/>
        <source>Ongkos kirim</source>
        <translation>Shipping cost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="216"/>
        <source>Total (termasuk pajak)</source>
        <translation>Total (tax included)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="216"/>
        <source>Perkiraan PPN</source>
        <translation>Estimated VAT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="217"/>
        <source>Perkiraan PPh</source>
        <translation>Estimated income tax</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="217"/>
        <source>Perkiraan diterima penyedia</source>
        <translation>Estimated amount to the seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="220"/>
        <source>Pemeriksaan sebelum diajukan</source>
        <translation>Checks before submitting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="221"/>
        <source>Periksa &amp;ulang</source>
        <translation>Chec&amp;k again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/view.py" line="222"/>
        <source>Ajukan k&amp;e PPK</source>
        <translation>Sub&amp;mit to the PPK</translation>
    </message>
</context>
<context>
    <name>OrderHistoryScreen</name>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="80"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="83"/>
        <source>Riwayat dan jejak audit pesanan</source>
        <translation>Order history and audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="84"/>
        <source>&amp;Pesanan</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="86"/>
        <source>Cetak %1…</source>
        <translation>Print %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="101"/>
        <source>Belum ada pesanan di PC ini. Buat pesanan dari Katalog.</source>
        <translation>No orders on this PC yet. Create one from the Catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/screen.py" line="125"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>OrderStates</name>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="18"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="19"/>
        <source>Menunggu persetujuan PPK</source>
        <translation>Awaiting PPK approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="20"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="21"/>
        <source>Disetujui (SP ditandatangani)</source>
        <translation>Approved (SP signed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="22"/>
        <source>Dikirim ke penyedia</source>
        <translation>Sent to seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="23"/>
        <source>Dikonfirmasi penyedia</source>
        <translation>Confirmed by seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="24"/>
        <source>Dalam pengiriman</source>
        <translation>In delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="25"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="26"/>
        <source>Ketidaksesuaian</source>
        <translation>Mismatch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="27"/>
        <source>BAST ditandatangani</source>
        <translation>BAST signed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="28"/>
        <source>Menunggu pembayaran</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="29"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="30"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/order_states.py" line="31"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="19"/>
        <source>perubahan draf</source>
        <translation>draft change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="19"/>
        <source>pengajuan</source>
        <translation>submission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="20"/>
        <source>persetujuan (SP)</source>
        <translation>approval (SP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="21"/>
        <source>penolakan</source>
        <translation>rejection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="22"/>
        <source>kirim ke penyedia</source>
        <translation>send to seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="23"/>
        <source>konfirmasi penyedia</source>
        <translation>seller confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="24"/>
        <source>pengiriman</source>
        <translation>shipping</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="25"/>
        <source>pemeriksaan barang</source>
        <translation>goods inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="26"/>
        <source>laporan ketidaksesuaian</source>
        <translation>mismatch report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="27"/>
        <source>BAST</source>
        <translation>handover report (BAST)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="28"/>
        <source>pengajuan bayar</source>
        <translation>payment request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="29"/>
        <source>setuju dibayar</source>
        <translation>payment consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="30"/>
        <source>pembayaran</source>
        <translation>payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="31"/>
        <source>penyelesaian</source>
        <translation>completion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="32"/>
        <source>pembatalan</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="54"/>
        <source>Nomor SP / draf</source>
        <translation>SP number / draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="54"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="54"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="54"/>
        <source>Status pesanan</source>
        <translation>Order status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="55"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="55"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="61"/>
        <source>Draf %1</source>
        <translation>Draft %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="76"/>
        <source>Status di server: %1. Di PC ini: %2.</source>
        <translation>State on the server: %1. On this PC: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="97"/>
        <source>terkonfirmasi bank</source>
        <translation>bank-confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="94"/>
        <source>%1 ditolak server</source>
        <translation>%1 refused by the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/model.py" line="94"/>
        <source>%1 menunggu dikirim</source>
        <translation>%1 waiting to be sent</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../desktop/ui/orders/screen.py" line="49"/>
        <source>Pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/screen.py" line="72"/>
        <source>Belum ada pesanan di PC ini. Buat pesanan dari Katalog: pilih produk, lalu tekan &quot;Tambah ke pesanan&quot;. Pesanan yang dibuat di PC lain muncul setelah Sinkronkan sekarang (F5).</source>
        <translation>No orders on this PC yet. Create one from the Catalog: pick a product, then press &quot;Add to order&quot;. Orders made on another PC appear after Synchronise now (F5).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/screen.py" line="76"/>
        <source>%1 pesanan perlu perhatian: pilih lalu tekan &quot;Selesaikan masalah…&quot;.</source>
        <translation>%1 orders need attention: select one, then press &quot;Resolve problem…&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/screen.py" line="161"/>
        <source>Batalkan pesanan</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/screen.py" line="162"/>
        <source>Alasan pembatalan (wajib, tercatat di riwayat):</source>
        <translation>Reason for cancelling (required, recorded in the history):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/screen.py" line="171"/>
        <source>Tersimpan di PC ini; akan dikirim saat sinkronisasi.</source>
        <translation>Saved on this PC; it will be sent when you synchronise.</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="57"/>
        <source>Pesanan saya</source>
        <translation>My orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="58"/>
        <source>Status sinkronisasi tiap pesanan: &quot;Tersimpan di PC ini saja&quot;, &quot;Menunggu dikirim&quot;, &quot;Terkirim&quot; atau &quot;Perlu perhatian&quot;. Enter membuka pesanan terpilih.</source>
        <translation>Sync status of each order: &quot;Saved on this PC only&quot;, &quot;Waiting to be sent&quot;, &quot;Sent&quot; or &quot;Needs attention&quot;. Enter opens the selected order.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="60"/>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="61"/>
        <source>&amp;Selesaikan masalah…</source>
        <translation>&amp;Resolve problem…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="62"/>
        <source>&amp;Cetak SP…</source>
        <translation>&amp;Print SP…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="63"/>
        <source>&amp;Riwayat</source>
        <translation>His&amp;tory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="64"/>
        <source>&amp;Muat ulang</source>
        <translation>R&amp;eload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="65"/>
        <source>Status dari lokapasar:</source>
        <translation>Status from the marketplace:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="66"/>
        <source>Sudah &amp;dikirim ke penyedia</source>
        <translation>&amp;Sent to the seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="67"/>
        <source>Dikon&amp;firmasi penyedia</source>
        <translation>Confirmed b&amp;y the seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="68"/>
        <source>Dalam &amp;pengiriman</source>
        <translation>In &amp;delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/view.py" line="69"/>
        <source>Batalk&amp;an pesanan…</source>
        <translation>C&amp;ancel order…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="31"/>
        <source>Catat pembayaran</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="45"/>
        <source>mis. 0457</source>
        <translation>e.g. 0457</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="47"/>
        <source>&amp;Cara bayar</source>
        <translation>Payment &amp;method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="48"/>
        <source>&amp;Tanggal bayar</source>
        <translation>Payment &amp;date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="49"/>
        <source>Nomor &amp;BKU</source>
        <translation>Cash &amp;book number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="61"/>
        <source>16 huruf/angka dari bukti setor; kosongkan bila belum disetor</source>
        <translation>16 letters/digits from the deposit receipt; leave empty if not deposited yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="63"/>
        <source>NTPN %1 (%2)</source>
        <translation>NTPN %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="66"/>
        <source>Tanggal &amp;setor pajak</source>
        <translation>Tax &amp;deposit date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="70"/>
        <source>Simpan pembayaran</source>
        <translation>Save payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bendahara/dialogs.py" line="73"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PaymentWords</name>
    <message>
        <location filename="../../desktop/ui/widgets/payment_words.py" line="12"/>
        <source>UP/GU (tunai)</source>
        <translation>UP/GU (cash)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/payment_words.py" line="13"/>
        <source>Transfer bank (CMS)</source>
        <translation>Bank transfer (CMS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/payment_words.py" line="14"/>
        <source>KKPD (kartu kredit)</source>
        <translation>KKPD (credit card)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/payment_words.py" line="15"/>
        <source>LS (langsung ke penyedia)</source>
        <translation>LS (direct to the seller)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/payment_words.py" line="21"/>
        <source>Bayar %1: nilai kuitansi %2, dipungut bendahara %3, dibayar tunai (UP/GU) kepada penyedia %4.</source>
        <translation>Pay %1: receipt value %2, withheld by the treasurer %3, paid in cash (UP/GU) to the seller %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/payment_words.py" line="23"/>
        <source>Bayar %1: nilai kuitansi %2, dipungut bendahara %3, ditransfer ke rekening penyedia %4.</source>
        <translation>Pay %1: receipt value %2, withheld by the treasurer %3, transferred to the seller&apos;s account %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/payment_words.py" line="25"/>
        <source>Bayar %1: nilai kuitansi %2, dipungut bendahara %3, dibayar dengan kartu kredit pemerintah daerah (KKPD) kepada penyedia %4.</source>
        <translation>Pay %1: receipt value %2, withheld by the treasurer %3, paid with the regional government credit card (KKPD) to the seller %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/payment_words.py" line="28"/>
        <source>Bayar %1: nilai kuitansi %2, dipungut bendahara %3, dibayar langsung (LS) ke rekening penyedia %4.</source>
        <translation>Pay %1: receipt value %2, withheld by the treasurer %3, paid directly (LS) to the seller&apos;s account %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/payment_words.py" line="33"/>
        <source>dipungut Bendahara</source>
        <translation>withheld by the Treasurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/payment_words.py" line="34"/>
        <source>dipungut lokapasar (PMK 58/2022)</source>
        <translation>collected by the marketplace (PMK 58/2022)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/payment_words.py" line="35"/>
        <source>disetor sendiri oleh penyedia</source>
        <translation>deposited by the seller</translation>
    </message>
</context>
<context>
    <name>PpkDialogs</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="57"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PpkInboxScreen</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="63"/>
        <source>Persetujuan</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="139"/>
        <source>%1 — %2. Kode RUP %3, sub-kegiatan %4, rekening %5.</source>
        <translation>%1 — %2. RUP code %3, sub-activity %4, account %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="148"/>
        <source>Tidak ada pesanan yang menunggu persetujuan. Pesanan muncul di sini setelah PP mengajukannya; tekan Sinkronkan sekarang (F5) untuk mengambil yang terbaru.</source>
        <translation>No orders are waiting for approval. Orders appear here once the PP submits them; press Synchronise now (F5) to fetch the latest.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="177"/>
        <source>Setujui pesanan</source>
        <translation>Approve order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="170"/>
        <source>Setujui %1 senilai %2? SP diberi nomor dari blok nomor perangkat ini dan dianggap ditandatangani.</source>
        <translation>Approve %1 worth %2? The SP gets a number from this device&apos;s number block and counts as signed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="107"/>
        <source>%1 pesanan melewati batas 3 hari kerja. Setujui, atau tolak dengan alasan, sekarang.</source>
        <translation>%1 orders are past the 3-working-day limit. Approve them, or reject them with a reason, now.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="180"/>
        <source>Pesanan disetujui; SP siap dicetak.</source>
        <translation>Order approved; the SP is ready to print.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="190"/>
        <source>Pesanan ditolak dan dikembalikan ke Pejabat Pengadaan.</source>
        <translation>Order rejected and returned to the Procurement Officer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="202"/>
        <source>Hasil pemeriksaan tersimpan.</source>
        <translation>Inspection result saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="213"/>
        <source>BAST ditandatangani; siap dicetak.</source>
        <translation>BAST signed; ready to print.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="225"/>
        <source>Setujui pembayaran %1?</source>
        <translation>Authorise payment of %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="226"/>
        <source>Setelah Anda setuju, Bendahara Pengeluaran dapat membayar sejumlah di atas. Persetujuan tersimpan di PC ini dan dikirim saat sinkronisasi.</source>
        <translation>Once you agree, the Expenditure Treasurer may pay the amounts above. The authorisation is saved on this PC and sent at the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="228"/>
        <source>Setuju dibayar</source>
        <translation>Authorise payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="231"/>
        <source>Persetujuan bayar (PA/KPA) tercatat.</source>
        <translation>Payment approval (PA/KPA) recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/screen.py" line="174"/>
        <source>Periksa harga sebelum menyetujui (peringatan, tidak menghalangi):</source>
        <translation>Check these prices before approving (a warning, not a block):</translation>
    </message>
</context>
<context>
    <name>PpkInboxView</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="88"/>
        <source>Menunggu persetujuan</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="89"/>
        <source>Pengiriman, penerimaan dan BAST</source>
        <translation>Delivery, receipt and BAST</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="90"/>
        <source>Persetujuan bayar (PA/KPA)</source>
        <translation>Payment approval (PA/KPA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="91"/>
        <source>&amp;Setujui dan terbitkan SP</source>
        <translation>&amp;Approve and issue the SP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="92"/>
        <source>T&amp;olak…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="93"/>
        <source>&amp;Pratinjau SP…</source>
        <translation>Preview S&amp;P…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="94"/>
        <source>Periksa &amp;penerimaan…</source>
        <translation>Inspect &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="95"/>
        <source>Tanda tangani &amp;BAST…</source>
        <translation>Sign the &amp;BAST…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="96"/>
        <source>Cetak &amp;SP…</source>
        <translation>Print &amp;SP…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="97"/>
        <source>Cetak B&amp;AST…</source>
        <translation>Print B&amp;AST…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/view.py" line="98"/>
        <source>Setu&amp;ju dibayar</source>
        <translation>Approve pa&amp;yment</translation>
    </message>
</context>
<context>
    <name>PriceChangedDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="107"/>
        <source>Harga di katalog berubah sejak pesanan ini disusun. Periksa selisihnya: &quot;Terima harga baru&quot; mengirim ulang pesanan dengan harga sekarang; &quot;Ubah pesanan&quot; membukanya kembali sebagai draf.</source>
        <translation>Catalogue prices changed since this order was drafted. Check the differences: &quot;Accept new prices&quot; sends the order again at today&apos;s prices; &quot;Edit order&quot; reopens it as a draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="117"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="117"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="117"/>
        <source>Harga dikutip</source>
        <translation>Quoted price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="117"/>
        <source>Harga sekarang</source>
        <translation>Current price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="118"/>
        <source>Selisih total</source>
        <translation>Total difference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="120"/>
        <source>&amp;Terima harga baru</source>
        <translation>&amp;Accept new prices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="122"/>
        <source>&amp;Ubah pesanan</source>
        <translation>&amp;Edit order</translation>
    </message>
</context>
<context>
    <name>ProductPickerDialog</name>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="44"/>
        <source>&amp;Tambahkan</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="45"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="71"/>
        <source>Tambah produk ke pesanan</source>
        <translation>Add a product to the order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="72"/>
        <source>&amp;Cari produk</source>
        <translation>&amp;Search products</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="73"/>
        <source>&amp;Jumlah</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="74"/>
        <source>Ketik nama produk atau penyedia, mis. kertas A4</source>
        <translation>Type a product or seller name, e.g. kertas A4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="75"/>
        <source>Panah atas/bawah memilih produk, Enter menambahkan, Esc menutup.</source>
        <translation>Up/down arrows choose a product, Enter adds it, Esc closes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="91"/>
        <source>%1 — %2 per %3 — %4</source>
        <translation>%1 — %2 per %3 — %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="97"/>
        <source>%1 produk ditemukan. Enter menambahkan produk terpilih.</source>
        <translation>%1 products found. Enter adds the selected product.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_editor/product_dialog.py" line="100"/>
        <source>Tidak ada produk yang cocok. Coba kata lain atau sinkronkan katalog.</source>
        <translation>No matching products. Try other words or synchronise the catalogue.</translation>
    </message>
</context>
<context>
    <name>ProductUnavailableDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="129"/>
        <source>Produk berikut tidak dijual lagi. Untuk tiap baris pilih &quot;Hapus baris&quot; atau produk pengganti dari penyedia yang sama, lalu tekan Terapkan.</source>
        <translation>These products are no longer sold. For each line choose &quot;Remove line&quot; or a replacement from the same seller, then press Apply.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="133"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="133"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="133"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="138"/>
        <source>Hapus baris</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="140"/>
        <source>Ganti: %1 (%2)</source>
        <translation>Replace: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="146"/>
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <location filename="../../desktop/app/gui.py" line="257"/>
        <source>Pengaturan dari bagian TI (berkas provisioning) tidak dipakai:

%1

Aplikasi tetap berjalan; isi alamat server di layar masuk atau di Pengaturan, lalu minta bagian TI memperbaiki berkasnya.</source>
        <translation>The settings from IT (provisioning file) were not used:

%1

The app keeps running; enter the server address on the login screen or in Settings, and ask IT to fix the file.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="94"/>
        <source>Pemeriksaan barang diterima</source>
        <translation>Inspection of received goods</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="95"/>
        <source>Periksa barang %1. Bila ada yang kurang atau tidak sesuai, pesanan dicatat sebagai KETIDAKSESUAIAN dan dapat diperiksa ulang setelah dilengkapi.</source>
        <translation>Inspect the goods of %1. If anything is missing or does not match, the order is recorded as a MISMATCH and can be inspected again once completed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="112"/>
        <source>Fungsi sesuai</source>
        <translation>Function as specified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="113"/>
        <source>Jumlah sesuai</source>
        <translation>Quantity as ordered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="114"/>
        <source>Waktu pengiriman sesuai</source>
        <translation>Delivered on time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="117"/>
        <source>&amp;Tanggal pemeriksaan</source>
        <translation>Inspection &amp;date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="118"/>
        <source>Tanggal barang &amp;tiba</source>
        <translation>Goods &amp;arrived on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="120"/>
        <source>Pemeriksaan tepat guna</source>
        <translation>Fitness-for-use inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="136"/>
        <source>Diterima: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="138"/>
        <source>&amp;Catatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="139"/>
        <source>Simpan hasil pemeriksaan</source>
        <translation>Save inspection result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="145"/>
        <source>Terlambat %1 hari dari batas waktu SP (%2): barang tetap diterima, keterlambatan dicatat di BAST.</source>
        <translation>%1 days after the SP deadline (%2): the goods are still received and the delay is recorded in the BAST.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="149"/>
        <source>Batas waktu SP: %1.</source>
        <translation>SP deadline: %1.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="71"/>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="78"/>
        <source>Tolak pesanan</source>
        <translation>Reject order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="72"/>
        <source>Tolak %1 (%2)? Tulis apa yang harus diperbaiki Pejabat Pengadaan.</source>
        <translation>Reject %1 (%2)? Write what the Procurement Officer must fix.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="76"/>
        <source>mis. Kode rekening salah, gunakan 5.1.02.01.01.0025</source>
        <translation>e.g. Wrong account code, use 5.1.02.01.01.0025</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ppk_inbox/dialogs.py" line="77"/>
        <source>&amp;Alasan (wajib)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
</context>
<context>
    <name>RoleLabels</name>
    <message>
        <location filename="../../desktop/ui/widgets/roles.py" line="18"/>
        <source>Pejabat Pengadaan</source>
        <translation>Procurement Officer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/roles.py" line="19"/>
        <source>Pejabat Pembuat Komitmen</source>
        <translation>Commitment Officer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/roles.py" line="20"/>
        <source>Pejabat Pelaksana Teknis Kegiatan</source>
        <translation>Technical Activity Officer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/roles.py" line="21"/>
        <source>Bendahara Pengeluaran</source>
        <translation>Expenditure Treasurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/roles.py" line="22"/>
        <source>Pengguna/Kuasa Pengguna Anggaran</source>
        <translation>Budget User / Authorised Budget User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/roles.py" line="23"/>
        <location filename="../../desktop/ui/widgets/roles.py" line="30"/>
        <source>Admin OPD</source>
        <translation>OPD Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/roles.py" line="24"/>
        <location filename="../../desktop/ui/widgets/roles.py" line="31"/>
        <source>Admin Provinsi</source>
        <translation>Provincial Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/roles.py" line="28"/>
        <source>PA/KPA</source>
        <translation>PA/KPA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/roles.py" line="29"/>
        <source>Bendahara</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/roles.py" line="45"/>
        <source>Meja %1</source>
        <translation>%1 desk</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../desktop/ui/screen.py" line="83"/>
        <source>Layar</source>
        <translation>Screen</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="106"/>
        <source>Pengaturan disimpan. Kop surat dan penandatangan dipakai pada dokumen berikutnya.</source>
        <translation>Settings saved. The letterhead and signatories are used on the next documents.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="113"/>
        <source>Pengaturan tidak dapat disimpan (%1). Coba lagi.</source>
        <translation>Settings could not be saved (%1). Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="140"/>
        <source>Pilih logo kop surat</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="141"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="148"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="154"/>
        <source>Pilih folder data</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="161"/>
        <source>Folder ini ada di drive jaringan. SQLite tidak aman di folder bersama: pesanan bisa rusak atau hilang bila koneksi putus. Pilih folder di disk lokal PC ini.</source>
        <translation>This folder is on a network drive. SQLite is not safe in a shared folder: orders can be damaged or lost when the connection drops. Choose a folder on this PC&apos;s local disk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="166"/>
        <source>Jalur folder ini terlalu panjang untuk Windows (batas 260 karakter). Pilih folder yang lebih pendek, misalnya C:\BlangkonData.</source>
        <translation>This folder path is too long for Windows (limit 260 characters). Choose a shorter folder, for example C:\BlangkonData.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="172"/>
        <source>Folder data diubah. Tutup lalu buka kembali aplikasi agar berlaku; data lama tetap ada di folder sebelumnya (salin bila perlu).</source>
        <translation>Data folder changed. Close and reopen the application for it to apply; the old data stays in the previous folder (copy it if needed).</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="189"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="196"/>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="200"/>
        <source>Gunakan server demo lokal</source>
        <translation>Use the local demo server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="201"/>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="202"/>
        <source>Ubah…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="203"/>
        <source>Perubahan folder data berlaku setelah aplikasi dibuka ulang.</source>
        <translation>A new data folder applies after the application is reopened.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="208"/>
        <source>Kop surat dokumen</source>
        <translation>Document letterhead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="209"/>
        <source>&amp;Pemerintah daerah</source>
        <translation>&amp;Regional government</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="210"/>
        <source>Nama &amp;OPD</source>
        <translation>Agency (OPD) &amp;name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="211"/>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="212"/>
        <source>&amp;Logo</source>
        <translation>L&amp;ogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="213"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="214"/>
        <source>Penandatangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="215"/>
        <source>Nama lengkap dan gelar</source>
        <translation>Full name and titles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="216"/>
        <source>NIP (18 angka)</source>
        <translation>NIP (18 digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="217"/>
        <source>Pengguna/Kuasa Pengguna Anggaran (PA/KPA)</source>
        <translation>Budget User / Authorised Budget User (PA/KPA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="218"/>
        <source>Pejabat Pembuat Komitmen (PPK)</source>
        <translation>Commitment Officer (PPK)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="219"/>
        <source>Pejabat Pelaksana Teknis Kegiatan (PPTK)</source>
        <translation>Technical Activity Officer (PPTK)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="220"/>
        <source>Bendahara Pengeluaran</source>
        <translation>Expenditure Treasurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="224"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="204"/>
        <source>Dahulukan penyedia UMKM yang belum pernah terjual</source>
        <translation>Put MSME sellers without a sale yet first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="197"/>
        <source>Bahasa apl&amp;ikasi</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="198"/>
        <source>Alamat se&amp;rver</source>
        <translation>Server a&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_screen/screen.py" line="205"/>
        <source>Di katalog, produk yang sama cocoknya diurutkan dengan mendahulukan penyedia UMKM yang belum pernah mendapat pesanan (ditandai &quot;dinaikkan: penyedia baru&quot;). Produk yang kurang cocok tidak pernah dinaikkan.</source>
        <translation>In the catalog, equally good matches are ordered with MSME sellers that never had an order first (marked &quot;lifted: new seller&quot;). A weaker match is never lifted.</translation>
    </message>
</context>
<context>
    <name>Stakes</name>
    <message>
        <location filename="../../desktop/ui/widgets/stakes.py" line="24"/>
        <source>Penyedia</source>
        <translation>Seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/stakes.py" line="25"/>
        <source>Rekening penyedia</source>
        <translation>Seller&apos;s bank account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/stakes.py" line="26"/>
        <source>belum tercatat di katalog — periksa sebelum membayar</source>
        <translation>not in the catalogue — check before paying</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/stakes.py" line="27"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/stakes.py" line="28"/>
        <source>BKU %1</source>
        <translation>BKU %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/stakes.py" line="29"/>
        <source>Nilai kuitansi (bruto)</source>
        <translation>Receipt value (gross)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/stakes.py" line="30"/>
        <source>Pajak</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/stakes.py" line="31"/>
        <source>tidak ada yang dipungut</source>
        <translation>none withheld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/stakes.py" line="32"/>
        <source>Dibayarkan ke penyedia</source>
        <translation>Paid to the seller</translation>
    </message>
</context>
<context>
    <name>StaleApprovalDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="155"/>
        <source>Persetujuan yang Anda berikan saat offline ditolak server karena pesanan atau harganya berubah sesudahnya. Kembalikan pesanan ke antrean lalu periksa ulang.</source>
        <translation>The approval you gave offline was refused by the server because the order or its prices changed afterwards. Return the order to the queue and check it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts/dialogs.py" line="161"/>
        <source>&amp;Kembalikan ke antrean PPK</source>
        <translation>&amp;Return to the PPK queue</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app/first_window.py" line="102"/>
        <source>Menyiapkan aplikasi…</source>
        <translation>Getting the application ready…</translation>
    </message>
    <message>
        <location filename="../../desktop/app/first_window.py" line="156"/>
        <source>Aplikasi tidak dapat dimuat (%1). Pasang ulang aplikasi atau hubungi bagian TI; rinciannya ada di berkas log.</source>
        <translation>The application could not be loaded (%1). Reinstall it or contact IT; the details are in the log file.</translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="212"/>
        <location filename="../../desktop/ui/status/screen.py" line="263"/>
        <source>Menyinkronkan: %1</source>
        <translation>Synchronising: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="245"/>
        <source>Sinkronkan sekarang</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="246"/>
        <source>Kirim pesanan yang menunggu dan ambil perubahan katalog (F5)</source>
        <translation>Send waiting orders and fetch catalogue changes (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="258"/>
        <source>Belum masuk</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="262"/>
        <source>Terhubung ke server</source>
        <translation>Connected to the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="262"/>
        <source>Bekerja tanpa koneksi</source>
        <translation>Working offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="264"/>
        <source>Menyinkronkan…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="265"/>
        <source>Server tidak terjangkau — data tersimpan di komputer ini, coba lagi nanti</source>
        <translation>Server unreachable — data is kept on this PC, try again later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="267"/>
        <source>Sinkronisasi gagal: %1 — coba lagi, atau hubungi admin bila berulang</source>
        <translation>Synchronisation failed: %1 — try again, or contact the administrator if it keeps happening</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="268"/>
        <source>Sinkronisasi belum tersedia di versi ini</source>
        <translation>Synchronisation is not available in this version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="276"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="277"/>
        <source>Menunggu dikirim: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="279"/>
        <source>Ditolak server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="281"/>
        <source>Perintah yang ditolak server tidak dikirim ulang sendiri: buka pesanannya, baca alasannya, lalu perbaiki atau batalkan.</source>
        <translation>Commands the server refused are not sent again by themselves: open the order, read the reason, then fix or cancel it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="282"/>
        <source>%1 perintah lain menunggu di belakangnya.</source>
        <translation>%1 other commands wait behind them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="285"/>
        <source>Belum pernah sinkron</source>
        <translation>Never synchronised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="287"/>
        <source>Sinkron terakhir: %1</source>
        <translation>Last synchronised: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/sync_wiring.py" line="39"/>
        <source>mengirim pesanan yang menunggu</source>
        <translation>sending waiting orders</translation>
    </message>
    <message>
        <location filename="../../desktop/app/sync_wiring.py" line="40"/>
        <source>mengunduh katalog</source>
        <translation>downloading the catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/app/sync_wiring.py" line="41"/>
        <source>menyiapkan pencarian katalog</source>
        <translation>preparing catalogue search</translation>
    </message>
    <message>
        <location filename="../../desktop/app/sync_wiring.py" line="42"/>
        <source>mengambil perubahan katalog</source>
        <translation>fetching catalogue changes</translation>
    </message>
    <message>
        <location filename="../../desktop/app/sync_wiring.py" line="43"/>
        <source>mengambil pesanan dari server</source>
        <translation>fetching orders from the server</translation>
    </message>
    <message>
        <location filename="../../desktop/app/sync_wiring.py" line="45"/>
        <source>memproses data sinkronisasi</source>
        <translation>processing synchronisation data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="36"/>
        <source>Sinkron sebagian: beberapa pesanan belum terkirim karena jaringan. Tidak ada yang hilang; dicoba lagi otomatis, atau tekan Sinkronkan sekarang</source>
        <translation>Partly synchronised: some orders were not sent because of the network. Nothing is lost; they are retried automatically, or press Synchronise now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="39"/>
        <source>Sinkron sebagian: pesanan pengguna lain di PC ini menunggu mereka masuk lagi. Tidak ada yang hilang; minta mereka masuk, lalu sinkronkan</source>
        <translation>Partly synchronised: orders of other users on this PC wait for them to sign in again. Nothing is lost; ask them to sign in, then synchronise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="42"/>
        <source>Sinkron sebagian: katalog belum cocok dengan server dan diperiksa ulang pada sinkronisasi berikutnya. Pesanan Anda aman; tekan Sinkronkan sekarang</source>
        <translation>Partly synchronised: the catalogue does not match the server yet and is checked again on the next synchronisation. Your orders are safe; press Synchronise now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="45"/>
        <source>Sinkron sebagian: beberapa perintah tidak dikirim karena isinya terenkripsi dengan kunci yang tidak ada di sesi ini. Tetap di antrean, tidak hilang; masuk dengan akun Anda, lalu sinkronkan</source>
        <translation>Partial sync: some commands were not sent because their content is encrypted with a key this session does not hold. They stay in the queue, nothing is lost; sign in with your account, then sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="48"/>
        <source>Sinkron sebagian: satu atau beberapa pesanan dari server tidak dapat disimpan di PC ini dan ditahan; pesanan lain tetap diunduh. Sampaikan ke admin OPD</source>
        <translation>Partly synced: one or more orders from the server could not be stored on this PC and are held back; all other orders were downloaded. Tell your OPD admin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status/screen.py" line="51"/>
        <source>Sinkronisasi terhenti karena masalah di komputer ini (misalnya disk penuh). Tidak ada yang hilang; kosongkan ruang disk atau buka ulang aplikasi, lalu sinkronkan lagi</source>
        <translation>Synchronisation stopped because of a problem on this PC (for example a full disk). Nothing is lost; free disk space or reopen the application, then synchronise again</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/ui/orders/common.py" line="18"/>
        <source>Tersimpan di PC ini saja</source>
        <translation>Saved on this PC only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/common.py" line="19"/>
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/common.py" line="20"/>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/orders/common.py" line="21"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="18"/>
        <source>Membuat draf</source>
        <translation>Created the draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="19"/>
        <source>Menambah baris</source>
        <translation>Added a line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="20"/>
        <source>Menghapus baris</source>
        <translation>Removed a line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="21"/>
        <source>Mengembalikan baris</source>
        <translation>Restored a line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="22"/>
        <source>Mengubah jumlah</source>
        <translation>Changed a quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="23"/>
        <source>Mengubah data pesanan</source>
        <translation>Changed the order&apos;s details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="24"/>
        <source>Menerima harga baru</source>
        <translation>Accepted the new price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="25"/>
        <source>Mengajukan ke PPK</source>
        <translation>Submitted to the PPK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="26"/>
        <source>Menyetujui (SP)</source>
        <translation>Approved (SP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="27"/>
        <source>Menolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="28"/>
        <source>Mengirim ke penyedia</source>
        <translation>Sent to the seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="29"/>
        <source>Dikonfirmasi penyedia</source>
        <translation>Confirmed by the seller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="30"/>
        <source>Dalam pengiriman</source>
        <translation>In delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="31"/>
        <source>Memeriksa dan menerima</source>
        <translation>Inspected and received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="32"/>
        <source>Mencatat ketidaksesuaian</source>
        <translation>Recorded a mismatch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="33"/>
        <source>Menandatangani BAST</source>
        <translation>Signed the BAST</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="34"/>
        <source>Mengajukan pembayaran</source>
        <translation>Requested payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="35"/>
        <source>Setuju dibayar (PA/KPA)</source>
        <translation>Consented to pay (PA/KPA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="36"/>
        <source>Membayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="37"/>
        <source>Menyelesaikan</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="38"/>
        <source>Membatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="39"/>
        <source>Mencetak dokumen</source>
        <translation>Printed a document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="40"/>
        <source>Menerima harga baru (konflik)</source>
        <translation>Accepted the new price (conflict)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="41"/>
        <source>Mengganti produk (konflik)</source>
        <translation>Replaced a product (conflict)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="42"/>
        <source>Membuka kembali draf (konflik)</source>
        <translation>Reopened the draft (conflict)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="43"/>
        <source>Mengembalikan ke PPK (konflik)</source>
        <translation>Returned to the PPK (conflict)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="44"/>
        <source>Memakai salinan server</source>
        <translation>Took the server&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="45"/>
        <source>Mengirim ulang draf (konflik)</source>
        <translation>Sent the draft again (conflict)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="46"/>
        <source>Nomor dokumen dibatalkan (BATAL)</source>
        <translation>Document number voided (BATAL)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="63"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="63"/>
        <source>Siapa</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="63"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="63"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="64"/>
        <source>Status lama → baru</source>
        <translation>Old → new status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="64"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="70"/>
        <source>%1 · server</source>
        <translation>%1 · server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="71"/>
        <source>%1 · PC ini</source>
        <translation>%1 · this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="86"/>
        <source>Waktu resmi dari server</source>
        <translation>Official time from the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history/model.py" line="87"/>
        <source>Waktu perangkat: langkah ini tercatat di PC ini dan akan dikonfirmasi server saat sinkronisasi</source>
        <translation>Device time: this step was recorded on this PC and will be confirmed by the server when you synchronise</translation>
    </message>
</context>
<context>
    <name>UnsentWork</name>
    <message>
        <location filename="../../desktop/ui/unsent.py" line="17"/>
        <source>%1 perubahan Anda belum diterima server. Perubahan itu tetap tersimpan di PC ini dan dikirim atas nama Anda — dengan sesi Anda sendiri, bukan sesi pengguna yang masuk berikutnya — pada sinkronisasi berikutnya; bila sesi Anda sudah berakhir, perubahan itu menunggu sampai Anda masuk lagi.</source>
        <translation>%1 of your changes have not been accepted by the server yet. They stay on this PC and are sent under your name — with your own session, not the session of whoever signs in next — at the next synchronisation; if your session has expired, they wait until you sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsent.py" line="23"/>
        <source>%1 perubahan Anda ditolak server dan menunggu keputusan Anda; hanya Anda yang dapat menyelesaikannya.</source>
        <translation>%1 of your changes were refused by the server and wait for your decision; only you can resolve them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsent.py" line="27"/>
        <source>Sinkronkan dulu agar terkirim sekarang?</source>
        <translation>Synchronise first so they are sent now?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsent.py" line="36"/>
        <source>Masih ada perubahan yang belum terkirim</source>
        <translation>There are changes not sent yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsent.py" line="38"/>
        <source>&amp;Sinkronkan dulu</source>
        <translation>&amp;Synchronise first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsent.py" line="40"/>
        <source>&amp;Keluar; kirim nanti atas nama saya</source>
        <translation>&amp;Sign out; send later under my name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsent.py" line="42"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsent.py" line="56"/>
        <source>Di PC ini ada perubahan petugas lain yang belum terkirim: %1. Perubahan itu dikirim atas nama mereka sendiri, tidak atas nama Anda; yang ditolak server menunggu mereka.</source>
        <translation>Other officers have changes on this PC not sent yet: %1. They are sent under those officers&apos; own names, not yours; refused ones wait for them.</translation>
    </message>
</context>
<context>
    <name>UsbDialog</name>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="37"/>
        <location filename="../../desktop/ui/usb/dialogs.py" line="40"/>
        <source>Sinkronisasi lewat flashdisk</source>
        <translation>Sync by USB stick</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="48"/>
        <source>Tanpa sinyal? Bawa pekerjaan Anda dengan flashdisk. Berkas ekspor ditandatangani perangkat ini dan disandikan untuk server provinsi: siapa pun yang menemukan flashdisk tidak dapat membaca atau mengubahnya. Server menerapkan setiap perintah persis seperti saat daring — tidak ada yang hilang atau tercatat dua kali.</source>
        <translation>No signal? Carry your work on a USB stick. The export file is signed by this device and encrypted for the provincial server: whoever finds the stick can neither read nor change it. The server applies every command exactly as online — nothing is lost or recorded twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="57"/>
        <source>1. Ekspor ke USB — di PC tanpa sinyal</source>
        <translation>1. Export to USB — on the PC without signal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="57"/>
        <source>&amp;Ekspor ke USB…</source>
        <translation>&amp;Export to USB…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="58"/>
        <source>2. Unggah berkas USB — di PC yang tersambung</source>
        <translation>2. Upload USB file — on a connected PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="59"/>
        <source>Pilih berkas ekspor di flashdisk. Server menerapkannya dan tanda terima ditulis kembali ke flashdisk, di samping berkas ekspor.</source>
        <translation>Choose the export file on the stick. The server applies it and the receipt is written back to the stick, next to the export file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="60"/>
        <source>&amp;Unggah berkas USB…</source>
        <translation>&amp;Upload USB file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="61"/>
        <source>3. Impor tanda terima — kembali di PC tanpa sinyal</source>
        <translation>3. Import the receipt — back on the PC without signal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="62"/>
        <source>Status tiap pesanan, nomor dari server dan konflik tampil seperti setelah sinkronisasi daring.</source>
        <translation>Each order&apos;s status, the server&apos;s numbers and conflicts show as after an online sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="63"/>
        <source>&amp;Impor tanda terima…</source>
        <translation>&amp;Import receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="64"/>
        <source>Katalog dari flashdisk</source>
        <translation>Catalog from a USB stick</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="65"/>
        <source>Pasang atau perbarui katalog dari berkas katalog kantor provinsi (untuk lokasi yang belum pernah mengunduh katalog).</source>
        <translation>Install or refresh the catalog from the provincial office&apos;s catalog file (for sites that have never downloaded it).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="66"/>
        <source>&amp;Pasang katalog…</source>
        <translation>Install &amp;catalog…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="78"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="121"/>
        <source>PC ini belum mengenal kunci server provinsi: sinkronkan sekali secara daring dulu.</source>
        <translation>This PC does not know the provincial server&apos;s keys yet: sync online once first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="123"/>
        <source>%1 perintah untuk %2 pesanan belum diterima server.</source>
        <translation>%1 command(s) for %2 order(s) not yet received by the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="126"/>
        <source>Tidak ada perintah yang menunggu dikirim.</source>
        <translation>No commands are waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="128"/>
        <source>nomor %1</source>
        <translation>number %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="129"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="130"/>
        <source>Ekspor terakhir: nomor %1; tanda terima terakhir: %2.</source>
        <translation>Last export: number %1; last receipt: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="139"/>
        <source>Pilih flashdisk atau folder tujuan</source>
        <translation>Choose the USB stick or a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="154"/>
        <source>Sedang memproses…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="170"/>
        <source>Tidak dapat diselesaikan (%1). Coba lagi; berkas di flashdisk tidak berubah.</source>
        <translation>Could not be completed (%1). Try again; the file on the stick is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="172"/>
        <source>Ditolak: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="184"/>
        <source>Ekspor nomor %1: %2 perintah untuk %3 pesanan ditulis ke %4. Bawa flashdisk ke PC yang tersambung atau ke kantor provinsi.</source>
        <translation>Export number %1: %2 command(s) for %3 order(s) written to %4. Take the stick to a connected PC or to the provincial office.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="188"/>
        <source>Ekspor nomor %1: %2 perintah diterima server, %3 ditolak, %4 menunggu. Tanda terima ditulis ke %5; bawa kembali ke PC asal.</source>
        <translation>Export number %1: %2 command(s) accepted by the server, %3 refused, %4 waiting. Receipt written to %5; take it back to its PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="193"/>
        <source>Berkas ini sudah pernah diunggah; tidak ada yang diterapkan dua kali.</source>
        <translation>This file was uploaded before; nothing was applied twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="196"/>
        <source>Tanda terima ekspor nomor %1: %2 perintah diterima server, %3 ditolak, %4 masih menunggu; %5 pesanan diperbarui.</source>
        <translation>Receipt for export number %1: %2 command(s) accepted by the server, %3 refused, %4 still waiting; %5 order(s) updated.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="201"/>
        <source>Buka pesanan bertanda perlu perhatian untuk menyelesaikan penolakannya.</source>
        <translation>Open the orders marked as needing attention to resolve the refusals.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usb/dialogs.py" line="204"/>
        <source>Katalog terpasang: %1 produk dan penyedia aktif.</source>
        <translation>Catalog installed: %1 active products and sellers.</translation>
    </message>
</context>
<context>
    <name>WorkflowMessages</name>
    <message>
        <location filename="../../desktop/ui/orders/common.py" line="49"/>
        <source>Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, hubungi admin OPD dan sebutkan waktu kejadiannya.</source>
        <translation>An unexpected error occurred. Try again; if it keeps happening, contact your OPD admin and say when it happened.</translation>
    </message>
</context>
<context>
    <name>YearClosingScreen</name>
    <message>
        <location filename="../../desktop/ui/year_closing/screen.py" line="57"/>
        <location filename="../../desktop/ui/year_closing/screen.py" line="194"/>
        <source>Tutup buku</source>
        <translation>Year-end closing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/screen.py" line="101"/>
        <source>Buku tahun %1 sudah ditutup pada %2 oleh %3. Buku tahun ini hanya dapat dilihat dan dicetak; tidak ada yang dapat diubah.</source>
        <translation>The books of %1 were closed on %2 by %3. This year&apos;s books can only be viewed and printed; nothing can be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/screen.py" line="114"/>
        <source>Tidak ada pesanan atau pajak yang masih terbuka di tahun %1.</source>
        <translation>No order or tax is still open in %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/screen.py" line="117"/>
        <source>%1 pos terbuka, %2 belum diputuskan.</source>
        <translation>%1 open items, %2 not decided.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/screen.py" line="121"/>
        <source>Sudah dicatat: %1 disetor %2, STS %3, BKU %4.</source>
        <translation>Recorded: %1 deposited on %2, STS %3, BKU %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/screen.py" line="126"/>
        <source>Sisa UP %1 (saldo akhir BKU dikurangi pajak yang belum disetor) disetor kembali ke Kas Daerah.</source>
        <translation>Unspent UP of %1 (BKU closing balance less the taxes not yet deposited) is paid back to the Kas Daerah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/screen.py" line="129"/>
        <source>Tidak ada sisa UP untuk dikembalikan.</source>
        <translation>No unspent UP to return.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/screen.py" line="173"/>
        <source>Alasan pembatalan (wajib), mis. anggaran dialihkan</source>
        <translation>Reason for cancelling (required), e.g. budget reallocated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/screen.py" line="195"/>
        <source>Tutup buku tahun %1? Setelah ditutup, BKU dan Buku Pembantu Pajak tahun %1 terkunci dan server menolak catatan bertanggal tahun itu. Pesanan yang dibatalkan langsung dibatalkan.</source>
        <translation>Close the books of %1? Once closed, the BKU and the Buku Pembantu Pajak of %1 are locked and the server refuses records dated in that year. The orders marked for cancelling are cancelled at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/screen.py" line="209"/>
        <source>Buku tahun %1 ditutup. Tersimpan di PC ini; dikirim ke server saat sinkronisasi.</source>
        <translation>The books of %1 are closed. Saved on this PC; sent to the server at the next sync.</translation>
    </message>
</context>
<context>
    <name>YearClosingView</name>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="119"/>
        <source>Tutup Buku Akhir Tahun</source>
        <translation>Year-End Closing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="122"/>
        <source>Keputusan untuk pos terpilih</source>
        <translation>Decision for the selected item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="124"/>
        <source>Batal&amp;kan</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="125"/>
        <source>Alasan (wajib untuk pembatalan), mis. anggaran dialihkan</source>
        <translation>Reason (required to cancel), e.g. budget reallocated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="120"/>
        <source>Tahun an&amp;ggaran</source>
        <translation>Fiscal &amp;year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="123"/>
        <source>Bawa ke tahun ber&amp;ikutnya</source>
        <translation>&amp;Carry over to next year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="126"/>
        <source>Si&amp;mpan keputusan</source>
        <translation>&amp;Save decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="127"/>
        <source>Buku Kas Umum tahun ini</source>
        <translation>This year&apos;s Buku Kas Umum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="128"/>
        <source>Saldo awal tahun</source>
        <translation>Opening balance of the year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="128"/>
        <source>Jumlah penerimaan</source>
        <translation>Total received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="129"/>
        <source>Jumlah pengeluaran</source>
        <translation>Total spent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="129"/>
        <source>Saldo akhir BKU</source>
        <translation>BKU closing balance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="130"/>
        <source>Pajak belum disetor (dibawa)</source>
        <translation>Taxes not deposited (carried over)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="130"/>
        <source>Sisa UP yang harus dikembalikan</source>
        <translation>Unspent UP to return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="133"/>
        <source>Pengembalian sisa UP ke Kas Daerah</source>
        <translation>Return of unspent UP to the Kas Daerah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="134"/>
        <source>Tanggal &amp;setor</source>
        <translation>&amp;Deposit date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="135"/>
        <source>N&amp;omor STS</source>
        <translation>S&amp;TS number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="136"/>
        <source>Nomo&amp;r BKU</source>
        <translation>B&amp;KU number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="137"/>
        <source>nomor Surat Tanda Setoran</source>
        <translation>deposit slip (STS) number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="138"/>
        <source>mis. 0512</source>
        <translation>e.g. 0512</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="139"/>
        <source>Catat &amp;pengembalian sisa UP</source>
        <translation>Record the UP &amp;return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="140"/>
        <source>T&amp;utup buku tahun ini…</source>
        <translation>Cl&amp;ose this year&apos;s books…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/year_closing/view.py" line="141"/>
        <source>C&amp;etak berkas tutup buku…</source>
        <translation>&amp;Print the closing set…</translation>
    </message>
</context>
</TS>
