namespace Sikerja.Web.Features.Demo;

internal sealed record SectionTemplate(string Slug, string Name);

internal sealed record DivisionTemplate(string Slug, string Name, IReadOnlyList<SectionTemplate> Sections);

/// <summary>A Dinas or Badan: its Bidang (with Seksi, or Sub Bidang in a Badan), UPTs and the context of its functional posts.</summary>
internal sealed record AgencyTemplate(
    string Code,
    string Name,
    bool IsBadan,
    double Weight,
    string Context,
    string? HeadTitle,
    IReadOnlyList<DivisionTemplate> Divisions,
    IReadOnlyList<SectionTemplate> Upts,
    SectionTemplate? UptPerDistrict);

/// <summary>
/// The agencies a demo regency draws from, in the order they join as the regency grows (the reference
/// generator's catalogue, shared/tools/gen_scenario.py). One agency per '@' line: code, dinas/badan, size
/// weight, context of its functional posts, optional head=Title, then its name. Indented lines: a Bidang
/// (slug :: name :: its sections as slug=name; … — none: generic sections), 'upt slug :: name', or
/// 'per-district slug :: name' (one UPT per Kecamatan in large regencies).
/// </summary>
internal static class DemoAgencies
{
    private const string Table = """
        @dinkes dinas 1.6 health :: Dinas Kesehatan
          kesmas :: Kesehatan Masyarakat :: kesga=Kesehatan Keluarga dan Gizi; promkes=Promosi dan Pemberdayaan Masyarakat; kesling=Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga
          p2p :: Pencegahan dan Pengendalian Penyakit :: surveilans=Surveilans dan Imunisasi; p2pm=Pencegahan dan Pengendalian Penyakit Menular; ptm=Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa
          yankes :: Pelayanan Kesehatan :: primer=Pelayanan Kesehatan Primer; rujukan=Pelayanan Kesehatan Rujukan; tradisional=Pelayanan Kesehatan Tradisional
          sdk :: Sumber Daya Kesehatan :: farmasi=Kefarmasian; alkes=Alat Kesehatan dan PKRT; sdmk=Sumber Daya Manusia Kesehatan
          upt labkesda :: UPT Laboratorium Kesehatan Daerah
          upt farmasi :: UPT Instalasi Farmasi
        @bkpsdm badan 1.3 hr :: Badan Kepegawaian dan Pengembangan Sumber Daya Manusia
          pengadaan :: Pengadaan, Pemberhentian dan Informasi :: pengadaan=Pengadaan dan Pemberhentian; informasi=Data dan Informasi Kepegawaian
          mutasi :: Mutasi dan Promosi :: mutasi=Mutasi; promosi=Promosi dan Kepangkatan
          pengembangan :: Pengembangan Kompetensi Aparatur :: diklat=Pendidikan dan Pelatihan; kompetensi=Penilaian Kompetensi
          kinerja :: Penilaian Kinerja Aparatur dan Penghargaan :: kinerja=Penilaian Kinerja; disiplin=Disiplin dan Penghargaan
        @disdik dinas 1.8 eduoffice :: Dinas Pendidikan dan Kebudayaan
          paud :: Pembinaan PAUD dan Pendidikan Nonformal :: paud=Pembinaan PAUD; pnf=Pendidikan Nonformal
          sd :: Pembinaan Sekolah Dasar :: kurikulum=Kurikulum dan Penilaian SD; kelembagaan=Kelembagaan dan Sarana Prasarana SD; pesertadidik=Peserta Didik dan Pembangunan Karakter SD
          smp :: Pembinaan Sekolah Menengah Pertama :: kurikulum=Kurikulum dan Penilaian SMP; kelembagaan=Kelembagaan dan Sarana Prasarana SMP; pesertadidik=Peserta Didik dan Pembangunan Karakter SMP
          gtk :: Guru dan Tenaga Kependidikan :: guru=Guru; tendik=Tenaga Kependidikan
          kebudayaan :: Kebudayaan :: cagarbudaya=Cagar Budaya dan Permuseuman; kesenian=Kesenian dan Tradisi
        @dpupr dinas 1.5 works :: Dinas Pekerjaan Umum dan Penataan Ruang
          binamarga :: Bina Marga :: pembangunan=Pembangunan Jalan dan Jembatan; preservasi=Preservasi Jalan dan Jembatan
          sda :: Sumber Daya Air :: irigasi=Irigasi; sungai=Sungai, Danau dan Pantai
          ciptakarya :: Cipta Karya :: bangunan=Bangunan Gedung; airminum=Air Minum dan Sanitasi
          tataruang :: Penataan Ruang :: perencanaan=Perencanaan Tata Ruang; pemanfaatan=Pemanfaatan dan Pengendalian Ruang
          upt alkal :: UPT Peralatan dan Perbekalan
          upt labkon :: UPT Laboratorium Bahan Konstruksi
        @dinsos dinas 1.0 social :: Dinas Sosial
          rehsos :: Rehabilitasi Sosial :: anak=Rehabilitasi Sosial Anak dan Lanjut Usia; disabilitas=Rehabilitasi Sosial Penyandang Disabilitas
          linjamsos :: Perlindungan dan Jaminan Sosial :: bencana=Perlindungan Sosial Korban Bencana; jaminan=Jaminan Sosial Keluarga
          dayasos :: Pemberdayaan Sosial dan Penanganan Fakir Miskin :: pemberdayaan=Pemberdayaan Sosial; fakirmiskin=Penanganan Fakir Miskin
        @disdukcapil dinas 1.0 population :: Dinas Kependudukan dan Pencatatan Sipil
          dafduk :: Pelayanan Pendaftaran Penduduk :: identitas=Identitas Penduduk; pindah=Pindah Datang Penduduk
          capil :: Pelayanan Pencatatan Sipil :: kelahiran=Kelahiran dan Kematian; perkawinan=Perkawinan dan Perceraian
          piak :: Pengelolaan Informasi Administrasi Kependudukan :: siak=Sistem Informasi Administrasi Kependudukan; data=Pengolahan dan Penyajian Data
          pdi :: Pemanfaatan Data dan Inovasi Pelayanan :: kerjasama=Kerja Sama; inovasi=Inovasi Pelayanan
        @dpmptsp dinas 0.9 general :: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu
          penanamanmodal :: Penanaman Modal :: promosi=Promosi Penanaman Modal; pengendalian=Pengendalian Penanaman Modal
          perizinan :: Pelayanan Perizinan :: berusaha=Perizinan Berusaha; nonberusaha=Perizinan Non Berusaha
          pengaduan :: Pengaduan, Kebijakan dan Pelaporan Layanan :: pengaduan=Pengaduan; pelaporan=Kebijakan dan Pelaporan
        @dishub dinas 1.0 transport :: Dinas Perhubungan
          lalin :: Lalu Lintas :: manajemen=Manajemen dan Rekayasa Lalu Lintas; pengendalian=Pengendalian dan Operasi
          angkutan :: Angkutan :: orang=Angkutan Orang; barang=Angkutan Barang
          sarpras :: Sarana dan Prasarana :: sarana=Sarana; prasarana=Prasarana
          upt pkb :: UPT Pengujian Kendaraan Bermotor
          upt terminal :: UPT Terminal
        @satpolpp dinas 1.1 police head=Kepala_Satuan :: Satuan Polisi Pamong Praja
          gakda :: Penegakan Peraturan Daerah :: penyidikan=Penyelidikan dan Penyidikan; pembinaan=Pembinaan dan Penyuluhan
          trantib :: Ketertiban Umum dan Ketenteraman Masyarakat :: operasi=Operasi dan Pengendalian; kerjasama=Kerja Sama
          linmas :: Perlindungan Masyarakat :: satlinmas=Satuan Perlindungan Masyarakat; bina=Bina Potensi Masyarakat
        @bpbd dinas 0.9 general head=Kepala_Pelaksana :: Badan Penanggulangan Bencana Daerah
          pencegahan :: Pencegahan dan Kesiapsiagaan :: pencegahan=Pencegahan; kesiapsiagaan=Kesiapsiagaan
          kedaruratan :: Kedaruratan dan Logistik :: kedaruratan=Kedaruratan; logistik=Logistik
          rehrek :: Rehabilitasi dan Rekonstruksi :: rehabilitasi=Rehabilitasi; rekonstruksi=Rekonstruksi
        @bappeda badan 1.5 planning :: Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah
          perencanaan :: Perencanaan, Pengendalian dan Evaluasi :: pendanaan=Perencanaan dan Pendanaan; evaluasi=Pengendalian dan Evaluasi; data=Data dan Informasi Pembangunan
          ekonomi :: Perekonomian dan Sumber Daya Alam :: ekonomi=Perekonomian; sda=Sumber Daya Alam
          pmp :: Pemerintahan dan Pembangunan Manusia :: pemerintahan=Pemerintahan; sosbud=Sosial Budaya; kesra=Kesejahteraan Rakyat
          infrastruktur :: Infrastruktur dan Kewilayahan :: infrastruktur=Infrastruktur; wilayah=Pengembangan Wilayah
          litbang :: Penelitian dan Pengembangan :: penelitian=Penelitian; inovasi=Inovasi dan Teknologi
        @bpkad badan 1.4 finance :: Badan Pengelolaan Keuangan dan Aset Daerah
          anggaran :: Anggaran :: penyusunan=Penyusunan Anggaran; pengendalian=Pengendalian Anggaran
          perbendaharaan :: Perbendaharaan :: kasda=Kas Daerah; belanja=Belanja
          akuntansi :: Akuntansi dan Pelaporan :: akuntansi=Akuntansi; pelaporan=Pelaporan Keuangan
          aset :: Aset :: penatausahaan=Penatausahaan Aset; pemanfaatan=Pemanfaatan Aset
        @bapenda badan 1.1 finance :: Badan Pendapatan Daerah
          pendataan :: Pendataan dan Penetapan :: pendataan=Pendataan dan Pendaftaran; penetapan=Penetapan
          penagihan :: Penagihan dan Pengendalian :: penagihan=Penagihan; pengendalian=Pengendalian dan Evaluasi
          pbb :: Pajak Bumi dan Bangunan dan BPHTB :: pbb=PBB-P2; bphtb=BPHTB
        @dispertan dinas 1.3 agri :: Dinas Pertanian
          pangan :: Tanaman Pangan
          hortikultura :: Hortikultura
          perkebunan :: Perkebunan
          peternakan :: Peternakan dan Kesehatan Hewan :: produksi=Produksi Peternakan; keswan=Kesehatan Hewan dan Kesehatan Masyarakat Veteriner
          penyuluhan :: Penyuluhan :: kelembagaan=Kelembagaan Petani; metode=Metode dan Informasi Penyuluhan
          per-district bpp :: UPT Balai Penyuluhan Pertanian
        @diskan dinas 0.8 fish :: Dinas Perikanan
          budidaya :: Perikanan Budidaya
          tangkap :: Perikanan Tangkap
          pengolahan :: Pengolahan dan Pemasaran Hasil Perikanan :: pengolahan=Pengolahan Hasil Perikanan; pemasaran=Pemasaran Hasil Perikanan
        @diskominfo dinas 1.0 info :: Dinas Komunikasi dan Informatika
          ikp :: Informasi dan Komunikasi Publik :: informasi=Pengelolaan Informasi Publik; komunikasi=Komunikasi Publik
          aptika :: Aplikasi Informatika :: egov=E-Government; infrastruktur=Infrastruktur TIK
          statistik :: Statistik dan Persandian :: statistik=Statistik; persandian=Persandian
        @dlh dinas 1.0 environment :: Dinas Lingkungan Hidup
          tatalingkungan :: Tata Lingkungan :: kajian=Kajian Dampak Lingkungan; perencanaan=Perencanaan Lingkungan
          pengendalian :: Pengendalian Pencemaran dan Kerusakan Lingkungan :: pencemaran=Pengendalian Pencemaran; kerusakan=Pengendalian Kerusakan Lingkungan
          persampahan :: Pengelolaan Sampah dan Limbah B3 :: sampah=Pengelolaan Sampah; b3=Limbah B3
          upt tpa :: UPT Tempat Pemrosesan Akhir Sampah
        @disperkim dinas 1.0 works :: Dinas Perumahan dan Kawasan Permukiman
          perumahan :: Perumahan
          permukiman :: Kawasan Permukiman
          pertanahan :: Pertanahan
        @disnakertrans dinas 0.8 labor :: Dinas Tenaga Kerja dan Transmigrasi
          pelatihan :: Pelatihan dan Produktivitas :: pelatihan=Pelatihan; produktivitas=Produktivitas
          penempatan :: Penempatan Tenaga Kerja
          hi :: Hubungan Industrial dan Jaminan Sosial :: hi=Hubungan Industrial; jamsos=Jaminan Sosial Tenaga Kerja
          transmigrasi :: Transmigrasi :: penyiapan=Penyiapan Permukiman Transmigrasi; pembinaan=Pembinaan Kawasan Transmigrasi
          upt blk :: UPT Balai Latihan Kerja
        @damkar dinas 0.8 fire :: Dinas Pemadam Kebakaran dan Penyelamatan
          operasi :: Pemadaman dan Penyelamatan :: pemadaman=Pemadaman; penyelamatan=Penyelamatan
          pencegahan :: Pencegahan Kebakaran
          sarpras :: Sarana dan Prasarana :: sarana=Sarana; prasarana=Prasarana
        @dpmd dinas 0.9 village :: Dinas Pemberdayaan Masyarakat dan Desa
          pemdes :: Pemerintahan Desa
          pemberdayaan :: Pemberdayaan Masyarakat
          keudes :: Keuangan dan Aset Desa :: keuangan=Keuangan Desa; aset=Aset Desa
        @dp3a dinas 1.0 family :: Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak
          kb :: Keluarga Berencana
          pp :: Pemberdayaan Perempuan
          pa :: Perlindungan Anak
        @dinkopukm dinas 0.8 coop :: Dinas Koperasi dan Usaha Mikro
          koperasi :: Kelembagaan dan Pengawasan Koperasi :: kelembagaan=Kelembagaan Koperasi; pengawasan=Pengawasan Koperasi
          um :: Pemberdayaan Usaha Mikro
        @disperindag dinas 0.9 trade :: Dinas Perdagangan dan Perindustrian
          perdagangan :: Perdagangan
          industri :: Perindustrian
          pasar :: Pengelolaan Pasar
          upt metrologi :: UPT Metrologi Legal
        @disparbud dinas 0.8 tourism :: Dinas Pariwisata
          destinasi :: Destinasi Pariwisata
          pemasaran :: Pemasaran Pariwisata
          ekraf :: Ekonomi Kreatif
        @dispora dinas 0.7 general :: Dinas Pemuda dan Olahraga
          kepemudaan :: Kepemudaan
          olahraga :: Olahraga
        @dkp dinas 0.7 food :: Dinas Ketahanan Pangan
          ketersediaan :: Ketersediaan dan Distribusi Pangan :: ketersediaan=Ketersediaan Pangan; distribusi=Distribusi dan Harga Pangan
          konsumsi :: Konsumsi dan Keamanan Pangan :: konsumsi=Konsumsi Pangan; keamanan=Keamanan Pangan
        @dispusip dinas 0.7 library :: Dinas Perpustakaan dan Kearsipan
          perpustakaan :: Perpustakaan
          kearsipan :: Kearsipan
        @kesbangpol badan 0.7 general :: Badan Kesatuan Bangsa dan Politik
          ideologi :: Ideologi dan Wawasan Kebangsaan :: ideologi=Ideologi; wasbang=Wawasan Kebangsaan
          politik :: Politik Dalam Negeri
          ketahanan :: Ketahanan Ekonomi, Sosial, Budaya dan Organisasi Kemasyarakatan :: ekososbud=Ketahanan Ekonomi, Sosial dan Budaya; ormas=Organisasi Kemasyarakatan
        """;

    /// <summary>Every agency, in joining order: Dinas Kesehatan and BKPSDM come first, so every demo has them.</summary>
    public static IReadOnlyList<AgencyTemplate> All { get; } = Parse(Table);

    private static List<AgencyTemplate> Parse(string table)
    {
        var agencies = new List<AgencyTemplate>();
        foreach (var raw in table.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith('@'))
            {
                var halves = line[1..].Split(" :: ");
                var head = halves[0].Split(' ');
                var headTitle = head.Skip(4).Where(o => o.StartsWith("head=", StringComparison.Ordinal)).Select(o => o[5..].Replace('_', ' ')).FirstOrDefault();
                agencies.Add(new AgencyTemplate(head[0], halves[1], head[1] == "badan",
                    double.Parse(head[2], System.Globalization.CultureInfo.InvariantCulture), head[3], headTitle, [], [], null));
                continue;
            }
            var fields = line.Trim().Split(" :: ");
            var first = fields[0].Split(' ');
            var current = agencies[^1];
            if (first[0] == "upt")
            {
                agencies[^1] = current with { Upts = [.. current.Upts, new SectionTemplate(first[1], fields[1])] };
            }
            else if (first[0] == "per-district")
            {
                agencies[^1] = current with { UptPerDistrict = new SectionTemplate(first[1], fields[1]) };
            }
            else
            {
                var sections = fields.Length > 2
                    ? fields[2].Split("; ").Select(s => s.Split('=')).Select(p => new SectionTemplate(p[0], p[1])).ToList()
                    : [];
                agencies[^1] = current with { Divisions = [.. current.Divisions, new DivisionTemplate(first[0], fields[1], sections)] };
            }
        }
        return agencies;
    }
}
