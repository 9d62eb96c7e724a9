namespace Sikerja.Web.Features.Demo;

/// <summary>A Bagian of the Sekretariat Daerah and the Asisten it reports to (0, 1, 2; -1 for none).</summary>
internal sealed record BagianTemplate(string Slug, string Name, int Asisten, IReadOnlyList<SectionTemplate> Subbagian);

/// <summary>The fixed structures of a regency besides its Dinas and Badan, and the posts people hold in them.</summary>
internal static class DemoStructures
{
    /// <summary>The three Asisten of a Sekda, each over three Bagian.</summary>
    public static readonly string[] Asisten =
    [
        "Pemerintahan dan Kesejahteraan Rakyat",
        "Perekonomian dan Pembangunan",
        "Administrasi Umum",
    ];

    /// <summary>In the order a growing Setda gets them: a small one keeps Umum, Pemerintahan and Hukum.</summary>
    public static readonly BagianTemplate[] SetdaBagian =
    [
        new("umum", "Umum", 2, S(("rt", "Rumah Tangga"), ("tu", "Tata Usaha Pimpinan"), ("perlengkapan", "Perlengkapan"))),
        new("pemerintahan", "Pemerintahan", 0, S(("pemum", "Pemerintahan Umum"), ("otda", "Otonomi Daerah"), ("kerjasama", "Kerja Sama"))),
        new("hukum", "Hukum", 0, S(("perundangan", "Perundang-undangan"), ("bankum", "Bantuan Hukum"), ("dokumentasi", "Dokumentasi dan Informasi Hukum"))),
        new("perekonomian", "Perekonomian dan Sumber Daya Alam", 1, S(("bumd", "Pembinaan BUMD"), ("sda", "Sumber Daya Alam"), ("ekonomi", "Perekonomian"))),
        new("organisasi", "Organisasi", 2, S(("kelembagaan", "Kelembagaan dan Analisis Jabatan"), ("tatalaksana", "Tata Laksana"), ("kinerja", "Kinerja dan Reformasi Birokrasi"))),
        new("kesra", "Kesejahteraan Rakyat", 0, S(("mental", "Bina Mental dan Keagamaan"), ("kesos", "Kesejahteraan Sosial"), ("pendidikan", "Pendidikan dan Kesehatan"))),
        new("adpem", "Administrasi Pembangunan", 1, S(("program", "Penyusunan Program"), ("pengendalian", "Pengendalian Program"), ("evaluasi", "Evaluasi dan Pelaporan"))),
        new("prokopim", "Protokol dan Komunikasi Pimpinan", 2, S(("protokol", "Protokol"), ("komunikasi", "Komunikasi Pimpinan"), ("dokpim", "Dokumentasi Pimpinan"))),
        new("pbj", "Pengadaan Barang dan Jasa", 1, S(("pengelolaan", "Pengelolaan Pengadaan"), ("lpse", "Layanan Pengadaan Secara Elektronik"), ("pembinaan", "Pembinaan dan Advokasi Pengadaan"))),
    ];

    public static readonly BagianTemplate[] SetwanBagian =
    [
        new("umum", "Umum", -1, S(("tu", "Tata Usaha dan Kepegawaian"), ("rt", "Rumah Tangga"), ("humas", "Hubungan Masyarakat"))),
        new("persidangan", "Persidangan dan Perundang-undangan", -1, S(("risalah", "Risalah dan Persidangan"), ("perundangan", "Perundang-undangan"))),
        new("keuangan", "Keuangan", -1, S(("anggaran", "Anggaran"), ("verifikasi", "Verifikasi dan Pembukuan"))),
        new("fasilitasi", "Fasilitasi Penganggaran dan Pengawasan", -1, S(("penganggaran", "Fasilitasi Penganggaran"), ("pengawasan", "Fasilitasi Pengawasan"))),
    ];

    public static readonly SectionTemplate[] SekretariatSubbag =
        S(("umum", "Sub Bagian Umum dan Kepegawaian"), ("keuangan", "Sub Bagian Keuangan"), ("program", "Sub Bagian Perencanaan dan Pelaporan"));

    public static readonly SectionTemplate[] GenericSections = S(("program", "Program"), ("pembinaan", "Pembinaan"), ("pengawasan", "Pengawasan"));

    /// <summary>The sections of a Kecamatan and the title of each head.</summary>
    public static readonly (string Slug, string Name, string Title)[] DistrictSections =
    [
        ("umum", "Sub Bagian Umum dan Kepegawaian", "Kepala Sub Bagian"),
        ("pem", "Seksi Pemerintahan", "Kepala Seksi"),
        ("trantib", "Seksi Ketenteraman dan Ketertiban Umum", "Kepala Seksi"),
        ("pmd", "Seksi Pemberdayaan Masyarakat dan Desa", "Kepala Seksi"),
        ("kesos", "Seksi Kesejahteraan Sosial", "Kepala Seksi"),
    ];

    public static readonly (string Slug, string Name, string Title, (string Slug, string Name, string Title)[] Sections)[] HospitalDivisions =
    [
        ("tu", "Bagian Tata Usaha", "Kepala Bagian", [("umum", "Sub Bagian Umum dan Kepegawaian", "Kepala Sub Bagian"), ("keuangan", "Sub Bagian Keuangan", "Kepala Sub Bagian")]),
        ("yanmed", "Bidang Pelayanan Medik", "Kepala Bidang", [("rajal", "Seksi Pelayanan Rawat Jalan", "Kepala Seksi"), ("ranap", "Seksi Pelayanan Rawat Inap", "Kepala Seksi")]),
        ("keperawatan", "Bidang Keperawatan", "Kepala Bidang", [("asuhan", "Seksi Asuhan Keperawatan", "Kepala Seksi"), ("mutu", "Seksi Etika dan Mutu Keperawatan", "Kepala Seksi")]),
        ("penunjang", "Bidang Penunjang", "Kepala Bidang", [("medik", "Seksi Penunjang Medik", "Kepala Seksi"), ("nonmedik", "Seksi Penunjang Non Medik", "Kepala Seksi")]),
    ];

    public static readonly Dictionary<string, string[]> FunctionalTitles = new()
    {
        ["general"] = ["Analis Kebijakan", "Perencana", "Pranata Komputer", "Arsiparis", "Pranata Humas", "Pengelola Pengadaan Barang/Jasa", "Analis Keuangan Pusat dan Daerah"],
        ["planning"] = ["Perencana", "Peneliti", "Analis Kebijakan"],
        ["hr"] = ["Analis Sumber Daya Manusia Aparatur", "Assessor Sumber Daya Manusia Aparatur"],
        ["finance"] = ["Analis Keuangan Pusat dan Daerah", "Analis Anggaran", "Penilai Pajak Bumi dan Bangunan"],
        ["eduoffice"] = ["Pengawas Sekolah", "Penilik", "Pamong Belajar"],
        ["school"] = ["Guru"],
        ["health"] = ["Epidemiolog Kesehatan", "Sanitarian", "Nutrisionis", "Penyuluh Kesehatan Masyarakat", "Apoteker", "Pranata Laboratorium Kesehatan", "Administrator Kesehatan"],
        ["healthcenter"] = ["Dokter", "Dokter Gigi", "Perawat", "Perawat", "Bidan", "Bidan", "Apoteker", "Sanitarian", "Nutrisionis", "Pranata Laboratorium Kesehatan", "Perekam Medis"],
        ["hospital"] = ["Dokter", "Dokter Spesialis", "Perawat", "Perawat", "Perawat", "Perawat", "Bidan", "Apoteker", "Radiografer", "Perekam Medis", "Pranata Laboratorium Kesehatan", "Nutrisionis", "Fisioterapis"],
        ["works"] = ["Teknik Jalan dan Jembatan", "Teknik Pengairan", "Penata Ruang", "Pengawas Bangunan Gedung"],
        ["agri"] = ["Penyuluh Pertanian", "Pengendali Organisme Pengganggu Tumbuhan", "Pengawas Benih Tanaman", "Medik Veteriner", "Paramedik Veteriner"],
        ["social"] = ["Pekerja Sosial", "Penyuluh Sosial"],
        ["population"] = ["Administrator Database Kependudukan"],
        ["transport"] = ["Penguji Kendaraan Bermotor"],
        ["environment"] = ["Pengendali Dampak Lingkungan", "Pengawas Lingkungan Hidup"],
        ["police"] = ["Polisi Pamong Praja"],
        ["info"] = ["Pranata Komputer", "Pranata Humas", "Statistisi", "Sandiman"],
        ["village"] = ["Penggerak Swadaya Masyarakat"],
        ["family"] = ["Penyuluh Keluarga Berencana"],
        ["labor"] = ["Pengantar Kerja", "Instruktur", "Mediator Hubungan Industrial"],
        ["coop"] = ["Pengawas Koperasi"],
        ["trade"] = ["Penera", "Pengawas Perdagangan"],
        ["tourism"] = ["Pamong Budaya"],
        ["fish"] = ["Penyuluh Perikanan"],
        ["food"] = ["Analis Ketahanan Pangan"],
        ["library"] = ["Pustakawan", "Arsiparis"],
        ["fire"] = ["Analis Kebakaran", "Inspektur Kebakaran"],
        ["audit"] = ["Auditor", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah"],
        ["district"] = ["Penggerak Swadaya Masyarakat", "Analis Kebijakan"],
    };

    /// <summary>Share of functional posts among the non-structural people of a context (the rest are staff).</summary>
    public static readonly Dictionary<string, double> FunctionalShare = new()
    {
        ["school"] = 0.9, ["hospital"] = 0.85, ["healthcenter"] = 0.75, ["audit"] = 0.75, ["agri"] = 0.5,
        ["police"] = 0.45, ["health"] = 0.35, ["eduoffice"] = 0.3, ["district"] = 0.08,
    };

    public static readonly string[] StaffTitles =
    [
        "Pengadministrasi Umum", "Pengelola Data", "Pengadministrasi Keuangan", "Bendahara", "Pengemudi", "Pramu Kantor",
        "Operator Komputer", "Pengelola Barang Milik Daerah",
    ];

    private static SectionTemplate[] S(params (string Slug, string Name)[] sections) => [.. sections.Select(s => new SectionTemplate(s.Slug, s.Name))];
}
