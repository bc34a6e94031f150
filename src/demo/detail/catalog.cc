#include "demo/detail/catalog.h"

namespace netra::demo::detail {
namespace {

using T = Track;

// Nomenclature follows the perangkat daerah of East Java and Lampung regencies
// (PP 18/2016 on perangkat daerah, Permendagri 137/2017 codes of affairs).
// Since the 2021 bureaucratic simplification many seksi became functional
// posts; the demo keeps the seksi so the unit tree has three levels to show.

constexpr UnitRow kSecretariat[] = {
    {"SEKRETARIAT", "Sekretariat", 0},
    {"UMPEG", "Subbagian Umum dan Kepegawaian", 1},
    {"PK", "Subbagian Perencanaan dan Keuangan", 1},
};

constexpr UnitRow kSetda[] = {
    {"ASISTEN1", "Asisten Pemerintahan dan Kesejahteraan Rakyat", 0},
    {"PEM", "Bagian Tata Pemerintahan", 1},
    {"ADMPEM", "Subbagian Administrasi Pemerintahan", 2},
    {"OTDA", "Subbagian Otonomi Daerah dan Kerja Sama", 2},
    {"KESRA", "Bagian Kesejahteraan Rakyat", 1},
    {"BINTAL", "Subbagian Bina Mental Spiritual", 2},
    {"KESOS", "Subbagian Kesejahteraan Sosial", 2},
    {"HUKUM", "Bagian Hukum", 1},
    {"PUU", "Subbagian Perundang-undangan", 2},
    {"BANKUM", "Subbagian Bantuan Hukum", 2},
    {"ASISTEN2", "Asisten Perekonomian dan Pembangunan", 0},
    {"EKO", "Bagian Perekonomian dan Sumber Daya Alam", 1},
    {"BUMD", "Subbagian Pembinaan BUMD", 2},
    {"SDA", "Subbagian Sumber Daya Alam", 2},
    {"ADMPEMB", "Bagian Administrasi Pembangunan", 1},
    {"PROGRAM", "Subbagian Penyusunan Program", 2},
    {"MONEV", "Subbagian Pengendalian dan Evaluasi", 2},
    {"PBJ", "Bagian Pengadaan Barang dan Jasa", 1},
    {"LPSE", "Subbagian Layanan Pengadaan Secara Elektronik", 2},
    {"PEMBINAAN", "Subbagian Pembinaan dan Advokasi Pengadaan", 2},
    {"ASISTEN3", "Asisten Administrasi Umum", 0},
    {"ORG", "Bagian Organisasi", 1},
    {"KELEMBAGAAN", "Subbagian Kelembagaan dan Analisis Jabatan", 2},
    {"RB", "Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja", 2},
    {"UMUM", "Bagian Umum", 1},
    {"TU", "Subbagian Tata Usaha Pimpinan", 2},
    {"RT", "Subbagian Rumah Tangga", 2},
    {"PROKOPIM", "Bagian Protokol dan Komunikasi Pimpinan", 1},
    {"PROTOKOL", "Subbagian Protokol", 2},
    {"DOKPIM", "Subbagian Dokumentasi Pimpinan", 2},
};

constexpr UnitRow kSetwan[] = {
    {"UMKEU", "Bagian Umum dan Keuangan", 0},
    {"TUPEG", "Subbagian Tata Usaha dan Kepegawaian", 1},
    {"KEU", "Subbagian Keuangan", 1},
    {"SIDANG", "Bagian Persidangan dan Perundang-undangan", 0},
    {"KAJIAN", "Subbagian Kajian Perundang-undangan", 1},
    {"RISALAH", "Subbagian Rapat dan Risalah", 1},
    {"FASIL", "Bagian Fasilitasi Penganggaran dan Pengawasan", 0},
    {"ANGGARAN", "Subbagian Fasilitasi Penganggaran", 1},
    {"AWAS", "Subbagian Fasilitasi Pengawasan", 1},
};

constexpr UnitRow kInspektorat[] = {
    {"SEKRETARIAT", "Sekretariat", 0},
    {"UMPEG", "Subbagian Umum dan Kepegawaian", 1},
    {"PK", "Subbagian Perencanaan dan Keuangan", 1},
    {"EVLAP", "Subbagian Evaluasi dan Pelaporan", 1},
    {"IRBAN1", "Inspektur Pembantu Wilayah I", 0},
    {"IRBAN2", "Inspektur Pembantu Wilayah II", 0},
    {"IRBAN3", "Inspektur Pembantu Wilayah III", 0},
    {"IRBAN4", "Inspektur Pembantu Khusus", 0},
};

constexpr UnitRow kBkpsdm[] = {
    {"PENGADAAN", "Bidang Pengadaan, Pemberhentian dan Informasi", 0},
    {"ADAHENTI", "Subbidang Pengadaan dan Pemberhentian", 1},
    {"DATA", "Subbidang Data dan Informasi Kepegawaian", 1},
    {"MUTASI", "Bidang Mutasi dan Promosi", 0},
    {"MUT", "Subbidang Mutasi", 1},
    {"PROMOSI", "Subbidang Promosi dan Jabatan Fungsional", 1},
    {"BANGKOM", "Bidang Pengembangan Kompetensi Aparatur", 0},
    {"STRUKTURAL", "Subbidang Pengembangan Kompetensi Manajerial", 1},
    {"TEKNIS", "Subbidang Pengembangan Kompetensi Teknis dan Fungsional", 1},
    {"DISIPLIN", "Bidang Pembinaan, Kinerja dan Disiplin", 0},
    {"KODEETIK", "Subbidang Disiplin dan Kode Etik", 1},
    {"KINERJA", "Subbidang Kinerja dan Penghargaan", 1},
};

constexpr UnitRow kBakesbangpol[] = {
    {"IDEOLOGI", "Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa", 0},
    {"WASBANG", "Subbidang Ideologi dan Wawasan Kebangsaan", 1},
    {"KARAKTER", "Subbidang Karakter Bangsa", 1},
    {"POLDAGRI", "Bidang Politik Dalam Negeri", 0},
    {"SISPOL", "Subbidang Sistem dan Implementasi Politik", 1},
    {"PEMILU", "Subbidang Pendidikan Politik dan Fasilitasi Pemilu", 1},
    {"ORMAS", "Bidang Ketahanan Ekonomi, Sosial, Budaya, Agama dan Kemasyarakatan", 0},
    {"EKOSOSBUD", "Subbidang Ketahanan Ekonomi dan Sosial Budaya", 1},
    {"ORKEMAS", "Subbidang Organisasi Kemasyarakatan", 1},
    {"KEWASPADAAN", "Bidang Kewaspadaan Nasional dan Penanganan Konflik", 0},
    {"DINI", "Subbidang Kewaspadaan Dini", 1},
    {"KONFLIK", "Subbidang Penanganan Konflik", 1},
};

constexpr UnitRow kBappeda[] = {
    {"RENDALEV", "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan", 0},
    {"RENCANA", "Subbidang Perencanaan dan Pendanaan", 1},
    {"EVALUASI", "Subbidang Pengendalian dan Evaluasi", 1},
    {"EKONOMI", "Bidang Perekonomian dan Sumber Daya Alam", 0},
    {"PEMBMAN", "Bidang Pemerintahan dan Pembangunan Manusia", 0},
    {"INFRA", "Bidang Infrastruktur dan Kewilayahan", 0},
    {"LITBANG", "Bidang Penelitian dan Pengembangan", 0},
};

constexpr UnitRow kBpkad[] = {
    {"ANGGARAN", "Bidang Anggaran", 0},
    {"SUSUN", "Subbidang Penyusunan Anggaran", 1},
    {"KENDALI", "Subbidang Pengendalian Anggaran", 1},
    {"PERBEND", "Bidang Perbendaharaan", 0},
    {"BELANJA", "Subbidang Belanja", 1},
    {"KASDA", "Subbidang Kas Daerah", 1},
    {"AKUNTANSI", "Bidang Akuntansi dan Pelaporan", 0},
    {"AKUN", "Subbidang Akuntansi", 1},
    {"LAPOR", "Subbidang Pelaporan", 1},
    {"ASET", "Bidang Aset", 0},
    {"TATAUSAHA", "Subbidang Penatausahaan Aset", 1},
    {"MANFAAT", "Subbidang Pemanfaatan Aset", 1},
};

constexpr UnitRow kBapenda[] = {
    {"DATA", "Bidang Pendataan dan Penetapan", 0},
    {"PENDATAAN", "Subbidang Pendataan", 1},
    {"PENETAPAN", "Subbidang Penetapan", 1},
    {"TAGIH", "Bidang Penagihan dan Keberatan", 0},
    {"PENAGIHAN", "Subbidang Penagihan", 1},
    {"KEBERATAN", "Subbidang Keberatan dan Pengurangan", 1},
    {"PBB", "Bidang Pajak Bumi dan Bangunan dan BPHTB", 0},
};

constexpr UnitRow kBpbd[] = {
    {"PK", "Bidang Pencegahan dan Kesiapsiagaan", 0},
    {"CEGAH", "Seksi Pencegahan", 1},
    {"SIAGA", "Seksi Kesiapsiagaan", 1},
    {"DARLOG", "Bidang Kedaruratan dan Logistik", 0},
    {"DARURAT", "Seksi Kedaruratan", 1},
    {"LOGISTIK", "Seksi Logistik", 1},
    {"RR", "Bidang Rehabilitasi dan Rekonstruksi", 0},
    {"REHAB", "Seksi Rehabilitasi", 1},
    {"REKON", "Seksi Rekonstruksi", 1},
};

constexpr UnitRow kDisdik[] = {
    {"SD", "Bidang Pembinaan Sekolah Dasar", 0},
    {"KURSD", "Seksi Kurikulum dan Penilaian Sekolah Dasar", 1},
    {"PDSD", "Seksi Peserta Didik dan Pembangunan Karakter Sekolah Dasar", 1},
    {"SMP", "Bidang Pembinaan Sekolah Menengah Pertama", 0},
    {"KURSMP", "Seksi Kurikulum dan Penilaian Sekolah Menengah Pertama", 1},
    {"SARPRAS", "Seksi Sarana dan Prasarana Sekolah Menengah Pertama", 1},
    {"PAUD", "Bidang Pembinaan PAUD dan Pendidikan Nonformal", 0},
    {"KELEMBAGAAN", "Seksi Kelembagaan PAUD", 1},
    {"DIKMAS", "Seksi Pendidikan Masyarakat", 1},
    {"GTK", "Bidang Pembinaan Ketenagaan", 0},
    {"PENDIDIK", "Seksi Pendidik", 1},
    {"TENDIK", "Seksi Tenaga Kependidikan", 1},
};

constexpr UnitRow kDinkes[] = {
    {"KESMAS", "Bidang Kesehatan Masyarakat", 0},
    {"KESGA", "Seksi Kesehatan Keluarga dan Gizi", 1},
    {"PROMKES", "Seksi Promosi dan Pemberdayaan Masyarakat", 1},
    {"KESLING", "Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga", 1},
    {"P2P", "Bidang Pencegahan dan Pengendalian Penyakit", 0},
    {"SURVIM", "Seksi Surveilans dan Imunisasi", 1},
    {"P2PM", "Seksi Pencegahan dan Pengendalian Penyakit Menular", 1},
    {"P2PTM", "Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa", 1},
    {"YANKES", "Bidang Pelayanan Kesehatan", 0},
    {"PRIMER", "Seksi Pelayanan Kesehatan Primer", 1},
    {"RUJUKAN", "Seksi Pelayanan Kesehatan Rujukan", 1},
    {"SDK", "Bidang Sumber Daya Kesehatan", 0},
    {"FARMALKES", "Seksi Kefarmasian dan Alat Kesehatan", 1},
    {"SDMK", "Seksi Sumber Daya Manusia Kesehatan", 1},
};

constexpr UnitRow kPupr[] = {
    {"BM", "Bidang Bina Marga", 0},
    {"BANGJAL", "Seksi Pembangunan Jalan dan Jembatan", 1},
    {"PELJAL", "Seksi Pemeliharaan Jalan dan Jembatan", 1},
    {"SDA", "Bidang Sumber Daya Air", 0},
    {"IRIGASI", "Seksi Irigasi", 1},
    {"SUNGAI", "Seksi Sungai dan Pantai", 1},
    {"CK", "Bidang Cipta Karya", 0},
    {"GEDUNG", "Seksi Bangunan Gedung", 1},
    {"AMPL", "Seksi Air Minum dan Sanitasi", 1},
    {"TR", "Bidang Penataan Ruang", 0},
    {"RENCANA", "Seksi Perencanaan Tata Ruang", 1},
    {"KENDALI", "Seksi Pengendalian Pemanfaatan Ruang", 1},
};

constexpr UnitRow kDinsos[] = {
    {"LINJAMSOS", "Bidang Perlindungan dan Jaminan Sosial", 0},
    {"BENCANA", "Seksi Perlindungan Sosial Korban Bencana", 1},
    {"JAMSOS", "Seksi Jaminan Sosial Keluarga", 1},
    {"REHSOS", "Bidang Rehabilitasi Sosial", 0},
    {"DISABILITAS", "Seksi Rehabilitasi Sosial Penyandang Disabilitas dan Lanjut Usia", 1},
    {"ANAK", "Seksi Rehabilitasi Sosial Anak", 1},
    {"DAYASOS", "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin", 0},
    {"PEMBERDAYAAN", "Seksi Pemberdayaan Sosial", 1},
    {"FAKIRMISKIN", "Seksi Penanganan Fakir Miskin", 1},
};

constexpr UnitRow kDukcapil[] = {
    {"DAFDUK", "Bidang Pelayanan Pendaftaran Penduduk", 0},
    {"IDENTITAS", "Seksi Identitas Penduduk", 1},
    {"PINDATANG", "Seksi Pindah Datang Penduduk", 1},
    {"CAPIL", "Bidang Pelayanan Pencatatan Sipil", 0},
    {"LAHIRMATI", "Seksi Kelahiran dan Kematian", 1},
    {"KAWINCERAI", "Seksi Perkawinan dan Perceraian", 1},
    {"PIAK", "Bidang Pengelolaan Informasi Administrasi Kependudukan", 0},
    {"SIAK", "Seksi Sistem Informasi Administrasi Kependudukan", 1},
    {"OLAHDATA", "Seksi Pengolahan dan Penyajian Data Kependudukan", 1},
    {"PDIP", "Bidang Pemanfaatan Data dan Inovasi Pelayanan", 0},
    {"KERJASAMA", "Seksi Kerja Sama dan Pemanfaatan Data", 1},
    {"INOVASI", "Seksi Inovasi Pelayanan", 1},
};

constexpr UnitRow kSatpolPp[] = {
    {"GAKPERDA", "Bidang Penegakan Peraturan Daerah", 0},
    {"BINWASLUH", "Seksi Pembinaan, Pengawasan dan Penyuluhan", 1},
    {"SIDIK", "Seksi Penyelidikan dan Penyidikan", 1},
    {"TIBUM", "Bidang Ketertiban Umum dan Ketenteraman Masyarakat", 0},
    {"OPSDAL", "Seksi Operasi dan Pengendalian", 1},
    {"KERJASAMA", "Seksi Kerja Sama", 1},
    {"LINMAS", "Bidang Perlindungan Masyarakat", 0},
    {"SATLINMAS", "Seksi Satuan Perlindungan Masyarakat", 1},
    {"POTENSI", "Seksi Bina Potensi Masyarakat", 1},
    {"DAMKAR", "Bidang Pemadam Kebakaran dan Penyelamatan", 0},
    {"PADAM", "Seksi Operasi Pemadaman dan Penyelamatan", 1},
    {"SARPRAS", "Seksi Sarana dan Prasarana", 1},
};

constexpr UnitRow kKominfo[] = {
    {"IKP", "Bidang Informasi dan Komunikasi Publik", 0},
    {"INFOPUB", "Seksi Pengelolaan Informasi Publik", 1},
    {"KOMPUB", "Seksi Layanan Komunikasi Publik", 1},
    {"APTIKA", "Bidang Aplikasi Informatika", 0},
    {"INFRA", "Seksi Infrastruktur dan Teknologi Informasi", 1},
    {"APLIKASI", "Seksi Pengembangan Aplikasi", 1},
    {"SANTIK", "Bidang Persandian dan Statistik", 0},
    {"SANDI", "Seksi Persandian dan Keamanan Informasi", 1},
    {"STATISTIK", "Seksi Statistik Sektoral", 1},
};

constexpr UnitRow kDishub[] = {
    {"LALIN", "Bidang Lalu Lintas", 0},
    {"REKAYASA", "Seksi Manajemen dan Rekayasa Lalu Lintas", 1},
    {"DALOPS", "Seksi Pengendalian Operasional", 1},
    {"ANGKUTAN", "Bidang Angkutan", 0},
    {"ORANG", "Seksi Angkutan Orang", 1},
    {"BARANG", "Seksi Angkutan Barang", 1},
    {"SARPRAS", "Bidang Sarana dan Prasarana", 0},
    {"UJI", "Seksi Pengujian Kendaraan Bermotor", 1},
    {"PRASARANA", "Seksi Prasarana Perhubungan", 1},
};

constexpr UnitRow kDlh[] = {
    {"TALING", "Bidang Tata Lingkungan", 0},
    {"KAJIAN", "Seksi Kajian Dampak Lingkungan", 1},
    {"PPKL", "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan", 0},
    {"PENCEMARAN", "Seksi Pemantauan Pencemaran", 1},
    {"SAMPAH", "Bidang Pengelolaan Sampah dan Limbah B3", 0},
    {"PENANGANAN", "Seksi Penanganan Sampah", 1},
    {"B3", "Seksi Limbah Bahan Berbahaya dan Beracun", 1},
    {"RTH", "Bidang Pertamanan dan Ruang Terbuka Hijau", 0},
};

constexpr UnitRow kPertanian[] = {
    {"TP", "Bidang Tanaman Pangan", 0},
    {"PRODUKSI", "Seksi Produksi Tanaman Pangan", 1},
    {"HORTBUN", "Bidang Hortikultura dan Perkebunan", 0},
    {"NAK", "Bidang Peternakan dan Kesehatan Hewan", 0},
    {"KESWAN", "Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner", 1},
    {"LUH", "Bidang Penyuluhan", 0},
};

constexpr UnitRow kDpmd[] = {
    {"PEMDES", "Bidang Pemerintahan Desa", 0},
    {"ADMDES", "Seksi Administrasi Pemerintahan Desa", 1},
    {"PMD", "Bidang Pemberdayaan Masyarakat Desa", 0},
    {"KEUDES", "Bidang Keuangan dan Aset Desa", 0},
    {"DANADESA", "Seksi Pengelolaan Dana Desa", 1},
};

constexpr UnitRow kDpmptsp[] = {
    {"PM", "Bidang Penanaman Modal", 0},
    {"PERIZINAN", "Bidang Pelayanan Perizinan dan Nonperizinan", 0},
    {"PERIZINAN1", "Seksi Perizinan Usaha", 1},
    {"PERIZINAN2", "Seksi Perizinan Nonusaha", 1},
    {"ADUAN", "Bidang Pengaduan, Kebijakan dan Informasi", 0},
};

constexpr UnitRow kDiskoperindag[] = {
    {"KUM", "Bidang Koperasi dan Usaha Mikro", 0}, {"INDUSTRI", "Bidang Perindustrian", 0},
    {"DAGANG", "Bidang Perdagangan", 0},           {"PASAR", "Seksi Pengelolaan Pasar", 1},
    {"METRO", "Seksi Metrologi Legal", 1},
};

constexpr UnitRow kDisnaker[] = {
    {"LATTAS", "Bidang Pelatihan dan Penempatan Tenaga Kerja", 0},
    {"HI", "Bidang Hubungan Industrial dan Jaminan Sosial", 0},
};

constexpr UnitRow kDp3ap2kb[] = {
    {"DALDUKKB", "Bidang Pengendalian Penduduk dan Keluarga Berencana", 0},
    {"PENYULUHAN", "Seksi Penyuluhan dan Penggerakan", 1},
    {"PP", "Bidang Pemberdayaan Perempuan", 0},
    {"PA", "Bidang Perlindungan Perempuan dan Anak", 0},
};

constexpr UnitRow kDisparbud[] = {
    {"DESTINASI", "Bidang Destinasi Pariwisata", 0},
    {"PEMASARAN", "Bidang Pemasaran Pariwisata", 0},
    {"BUDAYA", "Bidang Kebudayaan", 0},
    {"CAGAR", "Seksi Cagar Budaya dan Permuseuman", 1},
};

constexpr UnitRow kDispusip[] = {
    {"PERPUS", "Bidang Perpustakaan", 0},
    {"ARSIP", "Bidang Kearsipan", 0},
};

constexpr UnitRow kPerikanan[] = {
    {"TANGKAP", "Bidang Perikanan Tangkap", 0},
    {"BUDIDAYA", "Bidang Perikanan Budidaya", 0},
    {"OLAH", "Seksi Pengolahan dan Pemasaran Hasil Perikanan", 1},
};

constexpr UnitRow kPerkim[] = {
    {"PERUMAHAN", "Bidang Perumahan", 0},
    {"KAWASAN", "Bidang Kawasan Permukiman", 0},
    {"PSU", "Seksi Prasarana, Sarana dan Utilitas Umum", 1},
    {"TANAH", "Bidang Pertanahan", 0},
};

// Clinical units of an RSUD (instalasi) have no structural head; the
// generator places staff in them.
constexpr UnitRow kRsud[] = {
    {"UMKEU", "Bagian Umum dan Keuangan", 0},
    {"UMPEG", "Subbagian Umum dan Kepegawaian", 1},
    {"KEU", "Subbagian Keuangan dan Perencanaan", 1},
    {"YANMED", "Bidang Pelayanan Medik", 0},
    {"MEDIK", "Seksi Pelayanan Medik", 1},
    {"KEP", "Bidang Keperawatan", 0},
    {"ASKEP", "Seksi Asuhan Keperawatan", 1},
    {"JANGMED", "Bidang Penunjang", 0},
    {"PENUNJANG", "Seksi Penunjang Medik dan Nonmedik", 1},
    {"IGD", "Instalasi Gawat Darurat", 0},
    {"IRNA", "Instalasi Rawat Inap", 0},
    {"IRJA", "Instalasi Rawat Jalan", 0},
    {"IBS", "Instalasi Bedah Sentral", 0},
    {"FARMASI", "Instalasi Farmasi", 0},
    {"LAB", "Instalasi Laboratorium", 0},
};

constexpr UnitRow kKecamatanKabupaten[] = {
    {"SEKCAM", "Sekretariat Kecamatan", 0},
    {"UMPEG", "Subbagian Umum dan Kepegawaian", 1},
    {"PK", "Subbagian Perencanaan dan Keuangan", 1},
    {"PEM", "Seksi Pemerintahan", 0},
    {"TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", 0},
    {"PMD", "Seksi Pemberdayaan Masyarakat dan Desa", 0},
    {"KESOS", "Seksi Kesejahteraan Sosial", 0},
    {"YANUM", "Seksi Pelayanan Umum", 0},
};

constexpr UnitRow kKecamatanKota[] = {
    {"SEKCAM", "Sekretariat Kecamatan", 0},
    {"UMPEG", "Subbagian Umum dan Kepegawaian", 1},
    {"PK", "Subbagian Perencanaan dan Keuangan", 1},
    {"PEM", "Seksi Pemerintahan", 0},
    {"TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", 0},
    {"PMK", "Seksi Pemberdayaan Masyarakat dan Kelurahan", 0},
    {"KESOS", "Seksi Kesejahteraan Sosial", 0},
    {"YANUM", "Seksi Pelayanan Umum", 0},
};

constexpr FunctionalSpec kPolicy[] = {{"Analis Kebijakan", T::kAhli}};
constexpr FunctionalSpec kSetdaJf[] = {{"Analis Kebijakan", T::kAhli},
                                       {"Perancang Peraturan Perundang-undangan", T::kAhli},
                                       {"Pengelola Pengadaan Barang/Jasa", T::kAhli},
                                       {"Analis Hukum", T::kAhli},
                                       {"Pranata Hubungan Masyarakat", T::kBoth}};
constexpr FunctionalSpec kSetwanJf[] = {{"Analis Kebijakan", T::kAhli},
                                        {"Perancang Peraturan Perundang-undangan", T::kAhli},
                                        {"Arsiparis", T::kBoth}};
constexpr FunctionalSpec kInspektoratJf[] = {
    {"Auditor", T::kBoth}, {"Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", T::kAhli}};
constexpr FunctionalSpec kBkpsdmJf[] = {{"Analis Sumber Daya Manusia Aparatur", T::kAhli},
                                        {"Pranata Sumber Daya Manusia Aparatur", T::kTerampil},
                                        {"Asesor Sumber Daya Manusia Aparatur", T::kAhli},
                                        {"Widyaiswara", T::kAhli}};
constexpr FunctionalSpec kBappedaJf[] = {{"Perencana", T::kAhli}, {"Peneliti", T::kAhli}};
constexpr FunctionalSpec kFinanceJf[] = {{"Analis Keuangan Pusat dan Daerah", T::kAhli},
                                         {"Pranata Keuangan APBN", T::kTerampil},
                                         {"Penilai Pemerintah", T::kAhli}};
constexpr FunctionalSpec kBpbdJf[] = {{"Penata Penanggulangan Bencana", T::kBoth}};
constexpr FunctionalSpec kDisdikJf[] = {
    {"Pengawas Sekolah", T::kAhli}, {"Penilik", T::kAhli}, {"Pamong Belajar", T::kAhli}};
constexpr FunctionalSpec kDinkesJf[] = {{"Administrator Kesehatan", T::kAhli},
                                        {"Epidemiolog Kesehatan", T::kBoth},
                                        {"Penyuluh Kesehatan Masyarakat", T::kAhli},
                                        {"Apoteker", T::kAhli}};
constexpr FunctionalSpec kPuprJf[] = {{"Teknik Jalan dan Jembatan", T::kBoth},
                                      {"Teknik Pengairan", T::kBoth},
                                      {"Penata Ruang", T::kAhli},
                                      {"Teknik Tata Bangunan dan Perumahan", T::kBoth}};
constexpr FunctionalSpec kDinsosJf[] = {{"Pekerja Sosial", T::kBoth},
                                        {"Penyuluh Sosial", T::kBoth}};
constexpr FunctionalSpec kDukcapilJf[] = {{"Administrator Database Kependudukan", T::kAhli},
                                          {"Pranata Komputer", T::kBoth}};
constexpr FunctionalSpec kSatpolJf[] = {{"Polisi Pamong Praja", T::kBoth},
                                        {"Pemadam Kebakaran", T::kTerampil},
                                        {"Analis Kebakaran", T::kAhli}};
constexpr FunctionalSpec kKominfoJf[] = {{"Pranata Komputer", T::kBoth},
                                         {"Pranata Hubungan Masyarakat", T::kBoth},
                                         {"Sandiman", T::kBoth},
                                         {"Statistisi", T::kBoth}};
constexpr FunctionalSpec kDishubJf[] = {{"Penguji Kendaraan Bermotor", T::kBoth}};
constexpr FunctionalSpec kDlhJf[] = {{"Pengendali Dampak Lingkungan", T::kAhli},
                                     {"Pengawas Lingkungan Hidup", T::kAhli}};
constexpr FunctionalSpec kPertanianJf[] = {{"Penyuluh Pertanian", T::kBoth},
                                           {"Medik Veteriner", T::kAhli},
                                           {"Paramedik Veteriner", T::kTerampil},
                                           {"Pengawas Benih Tanaman", T::kBoth}};
constexpr FunctionalSpec kDpmdJf[] = {{"Penggerak Swadaya Masyarakat", T::kAhli}};
constexpr FunctionalSpec kDiskoperindagJf[] = {
    {"Pengawas Koperasi", T::kAhli}, {"Penera", T::kBoth}, {"Pengawas Perdagangan", T::kAhli}};
constexpr FunctionalSpec kDisnakerJf[] = {{"Mediator Hubungan Industrial", T::kAhli},
                                          {"Pengantar Kerja", T::kBoth}};
constexpr FunctionalSpec kDp3ap2kbJf[] = {{"Penyuluh Keluarga Berencana", T::kBoth}};
constexpr FunctionalSpec kDisparbudJf[] = {{"Pamong Budaya", T::kAhli}};
constexpr FunctionalSpec kDispusipJf[] = {{"Pustakawan", T::kBoth}, {"Arsiparis", T::kBoth}};
constexpr FunctionalSpec kPerikananJf[] = {{"Penyuluh Perikanan", T::kBoth}};
constexpr FunctionalSpec kPerkimJf[] = {{"Teknik Tata Bangunan dan Perumahan", T::kBoth}};
constexpr FunctionalSpec kKecamatanJf[] = {{"Analis Kebijakan", T::kAhli},
                                           {"Penggerak Swadaya Masyarakat", T::kAhli}};
constexpr FunctionalSpec kNone[] = {{"Analis Kebijakan", T::kAhli}};

constexpr std::string_view kGovDegrees[] = {"S.Sos.", "S.IP.", "S.AP.", "S.STP.", "S.E."};
constexpr std::string_view kLawDegrees[] = {"S.H.", "S.Sos.", "S.IP.", "S.E."};
constexpr std::string_view kFinanceDegrees[] = {"S.E.", "S.Ak.", "S.E.", "S.Sos."};
constexpr std::string_view kTechDegrees[] = {"S.T.", "S.T.", "S.Sos.", "S.E."};
constexpr std::string_view kEduDegrees[] = {"S.Pd.", "S.Pd.", "S.Sos.", "S.E."};
constexpr std::string_view kHealthDegrees[] = {"S.KM.", "S.KM.", "S.Kep.", "S.E."};
constexpr std::string_view kSocialDegrees[] = {"S.Sos.", "S.Sos.", "S.Psi.", "S.E."};
constexpr std::string_view kItDegrees[] = {"S.Kom.", "S.Kom.", "S.I.Kom.", "S.Sos."};
constexpr std::string_view kAgroDegrees[] = {"S.P.", "S.P.", "S.Pt.", "S.E."};
constexpr std::string_view kFishDegrees[] = {"S.Pi.", "S.Pi.", "S.P.", "S.E."};
constexpr std::string_view kEnvDegrees[] = {"S.Si.", "S.T.", "S.KM.", "S.Sos."};
constexpr std::string_view kCultureDegrees[] = {"S.Sos.", "S.Hum.", "S.Par.", "S.E."};
constexpr std::string_view kLibraryDegrees[] = {"S.IP.", "S.Hum.", "S.Sos.", "A.Md."};

constexpr AgencySpec kAgencies[] = {
    {"SETDA", "sekretariat", "Sekretariat Daerah", "Sekretaris Daerah", 7, Scope::kAll, false, 0.55,
     kSetda, kSetdaJf, kLawDegrees},
    {"SETWAN", "sekretariat", "Sekretariat DPRD", "Sekretaris DPRD", 3, Scope::kAll, false, 0.55,
     kSetwan, kSetwanJf, kLawDegrees},
    {"INSPEKTORAT", "inspektorat", "Inspektorat", "Inspektur", 3, Scope::kAll, false, 0.55,
     kInspektorat, kInspektoratJf, kFinanceDegrees},
    {"BKPSDM", "badan", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
     "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 3, Scope::kAll, true, 0.5,
     kBkpsdm, kBkpsdmJf, kGovDegrees},
    {"BAKESBANGPOL", "badan", "Badan Kesatuan Bangsa dan Politik",
     "Kepala Badan Kesatuan Bangsa dan Politik", 2, Scope::kAll, true, 0.65, kBakesbangpol, kPolicy,
     kGovDegrees},
    {"BAPPEDA", "badan", "Badan Perencanaan Pembangunan Daerah",
     "Kepala Badan Perencanaan Pembangunan Daerah", 2, Scope::kAll, true, 0.5, kBappeda, kBappedaJf,
     kGovDegrees},
    {"BPKAD", "badan", "Badan Pengelolaan Keuangan dan Aset Daerah",
     "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", 3, Scope::kAll, true, 0.45, kBpkad,
     kFinanceJf, kFinanceDegrees},
    {"BAPENDA", "badan", "Badan Pendapatan Daerah", "Kepala Badan Pendapatan Daerah", 3,
     Scope::kAll, true, 0.5, kBapenda, kFinanceJf, kFinanceDegrees},
    {"BPBD", "badan", "Badan Penanggulangan Bencana Daerah",
     "Kepala Pelaksana Badan Penanggulangan Bencana Daerah", 2, Scope::kAll, true, 0.8, kBpbd,
     kBpbdJf, kTechDegrees},
    {"DISDIK", "dinas", "Dinas Pendidikan", "Kepala Dinas Pendidikan", 3, Scope::kAll, true, 0.5,
     kDisdik, kDisdikJf, kEduDegrees},
    {"DINKES", "dinas", "Dinas Kesehatan", "Kepala Dinas Kesehatan", 3, Scope::kAll, true, 0.4,
     kDinkes, kDinkesJf, kHealthDegrees},
    {"PUPR", "dinas", "Dinas Pekerjaan Umum dan Penataan Ruang",
     "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", 5, Scope::kAll, true, 0.8, kPupr, kPuprJf,
     kTechDegrees},
    {"PERKIM", "dinas", "Dinas Perumahan dan Kawasan Permukiman",
     "Kepala Dinas Perumahan dan Kawasan Permukiman", 2, Scope::kAll, true, 0.75, kPerkim,
     kPerkimJf, kTechDegrees},
    {"DINSOS", "dinas", "Dinas Sosial", "Kepala Dinas Sosial", 2, Scope::kAll, true, 0.5, kDinsos,
     kDinsosJf, kSocialDegrees},
    {"DISPENDUKCAPIL", "dinas", "Dinas Kependudukan dan Pencatatan Sipil",
     "Kepala Dinas Kependudukan dan Pencatatan Sipil", 3, Scope::kAll, true, 0.5, kDukcapil,
     kDukcapilJf, kItDegrees},
    {"SATPOLPP", "satuan", "Satuan Polisi Pamong Praja", "Kepala Satuan Polisi Pamong Praja", 7,
     Scope::kAll, true, 0.85, kSatpolPp, kSatpolJf, kLawDegrees},
    {"DISKOMINFO", "dinas", "Dinas Komunikasi dan Informatika",
     "Kepala Dinas Komunikasi dan Informatika", 2, Scope::kAll, true, 0.6, kKominfo, kKominfoJf,
     kItDegrees},
    {"DISHUB", "dinas", "Dinas Perhubungan", "Kepala Dinas Perhubungan", 3, Scope::kAll, true, 0.85,
     kDishub, kDishubJf, kTechDegrees},
    {"DLH", "dinas", "Dinas Lingkungan Hidup", "Kepala Dinas Lingkungan Hidup", 4, Scope::kAll,
     true, 0.75, kDlh, kDlhJf, kEnvDegrees},
    {"DISPERTA", "dinas", "Dinas Pertanian", "Kepala Dinas Pertanian", 4, Scope::kKabupatenOnly,
     true, 0.7, kPertanian, kPertanianJf, kAgroDegrees},
    {"DKPP", "dinas", "Dinas Ketahanan Pangan dan Pertanian",
     "Kepala Dinas Ketahanan Pangan dan Pertanian", 2, Scope::kKotaOnly, true, 0.65, kPertanian,
     kPertanianJf, kAgroDegrees},
    {"DPMD", "dinas", "Dinas Pemberdayaan Masyarakat dan Desa",
     "Kepala Dinas Pemberdayaan Masyarakat dan Desa", 2, Scope::kKabupatenOnly, true, 0.6, kDpmd,
     kDpmdJf, kGovDegrees},
    {"DPMPTSP", "dinas", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
     "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 2, Scope::kAll, true, 0.5,
     kDpmptsp, kPolicy, kGovDegrees},
    {"DISKOPERINDAG", "dinas", "Dinas Koperasi, Usaha Mikro, Perindustrian dan Perdagangan",
     "Kepala Dinas Koperasi, Usaha Mikro, Perindustrian dan Perdagangan", 2, Scope::kAll, true,
     0.55, kDiskoperindag, kDiskoperindagJf, kFinanceDegrees},
    {"DISNAKER", "dinas", "Dinas Tenaga Kerja", "Kepala Dinas Tenaga Kerja", 1, Scope::kAll, true,
     0.6, kDisnaker, kDisnakerJf, kLawDegrees},
    {"DP3AP2KB", "dinas",
     "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan "
     "Anak",
     "Kepala Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
     "Perlindungan Anak",
     2, Scope::kAll, true, 0.35, kDp3ap2kb, kDp3ap2kbJf, kSocialDegrees},
    {"DISPARBUD", "dinas", "Dinas Pariwisata dan Kebudayaan",
     "Kepala Dinas Pariwisata dan Kebudayaan", 1, Scope::kAll, true, 0.55, kDisparbud, kDisparbudJf,
     kCultureDegrees},
    {"DISPUSIP", "dinas", "Dinas Perpustakaan dan Kearsipan",
     "Kepala Dinas Perpustakaan dan Kearsipan", 1, Scope::kAll, true, 0.4, kDispusip, kDispusipJf,
     kLibraryDegrees},
    {"DISKAN", "dinas", "Dinas Perikanan", "Kepala Dinas Perikanan", 2, Scope::kKabupatenOnly, true,
     0.75, kPerikanan, kPerikananJf, kFishDegrees},
    {"RSUD", "rsud", "Rumah Sakit Umum Daerah", "Direktur Rumah Sakit Umum Daerah", 0, Scope::kAll,
     false, 0.35, kRsud, kNone, kHealthDegrees},
};

constexpr std::string_view kGeneralDegrees[] = {"S.Sos.", "S.E.", "S.IP.", "S.AP.", "S.H."};

}  // namespace

std::span<const AgencySpec> RegionalAgencies() { return kAgencies; }
std::span<const UnitRow> StandardSecretariat() { return kSecretariat; }
std::span<const UnitRow> KecamatanUnits(bool kota) {
  return kota ? std::span<const UnitRow>(kKecamatanKota)
              : std::span<const UnitRow>(kKecamatanKabupaten);
}
std::span<const FunctionalSpec> KecamatanFunctional() { return kKecamatanJf; }
std::span<const std::string_view> GeneralDegrees() { return kGeneralDegrees; }

}  // namespace netra::demo::detail
