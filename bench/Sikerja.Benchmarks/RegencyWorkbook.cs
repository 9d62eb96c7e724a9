using Sikerja.Domain.Imports;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Web.Features.Imports;

namespace Sikerja.Benchmarks;

/// <summary>
/// A regency's organisation in the import layout, as an agency would upload it: the Sekretariat Daerah and DPRD,
/// the Inspektorat, some twenty Dinas and Badan (each with its Sekretariat, Bidang and Seksi), schools under the
/// Dinas Pendidikan, Puskesmas under the Dinas Kesehatan, an RSUD, Kecamatan with their Kelurahan. About 400 units
/// for 10,000 employees; every unit has a head, every PNS a valid NIP. The same size and seed give the same rows.
/// </summary>
internal sealed class RegencyWorkbook
{
    private const int ReferenceYear = 2021;

    private static readonly (string Code, string Name, string[] Divisions)[] AgencyTable =
    [
        ("disdik", "Dinas Pendidikan dan Kebudayaan", ["Pembinaan PAUD dan Pendidikan Nonformal", "Pembinaan Sekolah Dasar", "Pembinaan Sekolah Menengah Pertama", "Guru dan Tenaga Kependidikan"]),
        ("dinkes", "Dinas Kesehatan", ["Kesehatan Masyarakat", "Pencegahan dan Pengendalian Penyakit", "Pelayanan Kesehatan", "Sumber Daya Kesehatan"]),
        ("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", ["Bina Marga", "Sumber Daya Air", "Cipta Karya", "Penataan Ruang"]),
        ("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", ["Anggaran", "Perbendaharaan", "Akuntansi dan Pelaporan", "Aset"]),
        ("bappeda", "Badan Perencanaan Pembangunan Daerah", ["Perencanaan dan Evaluasi", "Perekonomian dan Sumber Daya Alam", "Pemerintahan dan Pembangunan Manusia", "Infrastruktur dan Kewilayahan"]),
        ("dispertan", "Dinas Pertanian dan Pangan", ["Tanaman Pangan", "Hortikultura dan Perkebunan", "Peternakan dan Kesehatan Hewan"]),
        ("dinsos", "Dinas Sosial", ["Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial", "Pemberdayaan Sosial"]),
        ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", ["Pelayanan Pendaftaran Penduduk", "Pelayanan Pencatatan Sipil", "Pengelolaan Informasi Administrasi Kependudukan"]),
        ("dishub", "Dinas Perhubungan", ["Lalu Lintas", "Angkutan", "Sarana dan Prasarana"]),
        ("dlh", "Dinas Lingkungan Hidup", ["Tata Lingkungan", "Pengendalian Pencemaran", "Pengelolaan Sampah"]),
        ("disnaker", "Dinas Tenaga Kerja", ["Penempatan Tenaga Kerja", "Hubungan Industrial", "Pelatihan Kerja"]),
        ("dinkopukm", "Dinas Koperasi, Usaha Kecil dan Menengah", ["Koperasi", "Usaha Kecil dan Menengah"]),
        ("disperindag", "Dinas Perindustrian dan Perdagangan", ["Perindustrian", "Perdagangan", "Pengelolaan Pasar"]),
        ("dispora", "Dinas Kepemudaan, Olahraga dan Pariwisata", ["Kepemudaan", "Olahraga", "Pariwisata"]),
        ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", ["Penanaman Modal", "Perizinan", "Pengaduan dan Informasi"]),
        ("diskominfo", "Dinas Komunikasi dan Informatika", ["Informasi dan Komunikasi Publik", "Aplikasi Informatika", "Statistik dan Persandian"]),
        ("dinperkim", "Dinas Perumahan dan Kawasan Permukiman", ["Perumahan", "Kawasan Permukiman"]),
        ("dinarpus", "Dinas Perpustakaan dan Kearsipan", ["Perpustakaan", "Kearsipan"]),
        ("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", ["Pengadaan dan Informasi", "Mutasi dan Promosi", "Pengembangan Kompetensi"]),
        ("bapenda", "Badan Pendapatan Daerah", ["Pendataan dan Penetapan", "Penagihan", "Pengembangan Pendapatan"]),
        ("bpbd", "Badan Penanggulangan Bencana Daerah", ["Pencegahan dan Kesiapsiagaan", "Kedaruratan dan Logistik", "Rehabilitasi dan Rekonstruksi"]),
        ("satpolpp", "Satuan Polisi Pamong Praja", ["Penegakan Perda", "Ketertiban Umum", "Perlindungan Masyarakat"]),
    ];

    private static readonly string[] SectionTopics = ["Perencanaan", "Pembinaan", "Pengawasan", "Data dan Informasi", "Pelayanan", "Pengembangan"];
    private static readonly string[] OfficeStaff = ["Pengadministrasi Umum", "Pengelola Data", "Pengadministrasi Keuangan", "Pengemudi", "Pramu Kantor", "Pengelola Barang Milik Daerah"];
    private static readonly string[] OfficeFunctional = ["Analis Kebijakan", "Pranata Komputer", "Arsiparis", "Perencana", "Analis Keuangan", "Penyuluh"];
    private static readonly string[] PriorityReasons = ["komorbid: diabetes", "komorbid: hipertensi", "hamil", "menyusui", "usia di atas 50 tahun dengan penyakit jantung", "penyintas kanker"];
    private static readonly string[] PhonePrefixes = ["0811", "0812", "0813", "0821", "0822", "0852", "0853", "0856", "0857", "0877", "0878", "0895", "0896"];

    private readonly Random _random;
    private readonly List<UnitPlan> _units = [];
    private readonly List<object?[]> _employees = [];
    private readonly HashSet<string> _numbers = [];
    private int _nonAsn;

    private RegencyWorkbook(int seed) => _random = new Random(seed);

    public IReadOnlyList<object?[]> UnitRows => [.. _units.Select(u => u.Cells())];

    public IReadOnlyList<object?[]> EmployeeRows => _employees;

    public int UnitCount => _units.Count;

    public int EmployeeCount => _employees.Count;

    /// <summary>The top-level unit with the most employees in its subtree.</summary>
    public string LargestAgencyCode { get; private set; } = "";

    public int LargestAgencyEmployees { get; private set; }

    public string LargestAgencyHeadNip { get; private set; } = "";

    /// <summary>A civil servant (with a NIP) at the deepest level of the largest agency: in a Seksi, three superiors above them.</summary>
    public string SampleEmployeeNip { get; private set; } = "";

    /// <summary>The most common first name, lower case, as a search term.</summary>
    public string CommonNameFragment { get; private set; } = "";

    /// <summary>How many active employees a search for <see cref="CommonNameFragment"/> finds in the whole tenant.</summary>
    public int CommonNameMatches { get; private set; }

    public static RegencyWorkbook Generate(int employees, int seed = ReferenceYear)
    {
        var workbook = new RegencyWorkbook(seed);
        workbook.BuildUnits(Math.Max(0.1, employees / 10_000.0));
        if (employees < workbook._units.Count * 2)
        {
            throw new ArgumentOutOfRangeException(nameof(employees), $"{employees} employees are too few for {workbook._units.Count} units");
        }
        workbook.BuildPeople(employees);
        workbook.Describe();
        return workbook;
    }

    /// <summary>Writes the workbook with the import feature's own writer, as the export does.</summary>
    public string Save(string folder)
    {
        var path = Path.Combine(folder, $"organisasi-{_employees.Count}.xlsx");
        File.WriteAllBytes(path, SpreadsheetWriter.Workbook(UnitRows, EmployeeRows));
        return path;
    }

    private void BuildUnits(double scale)
    {
        int Scaled(double n, int min) => Math.Max(min, (int)Math.Round(n * scale));
        var places = IndonesianNames.Places(_random, 200);
        var place = 0;

        var setda = Add("setda", "Sekretariat Daerah", OrgUnitType.Secretariat, null, 4, ("Sekretaris Daerah", PositionLevel.Jpt), Context.Office);
        foreach (var (slug, name) in new[] { ("pem", "Pemerintahan"), ("hukum", "Hukum"), ("umum", "Umum"), ("keu", "Keuangan"), ("org", "Organisasi") }.Take(Scaled(5, 2)))
        {
            var bagian = Add($"setda.{slug}", $"Bagian {name}", OrgUnitType.Division, setda, 3, ("Kepala Bagian", PositionLevel.Administrator), Context.Office);
            Add($"{bagian.Code}.a", $"Subbagian {name} I", OrgUnitType.Section, bagian, 6, ("Kepala Subbagian", PositionLevel.Supervisor), Context.Office);
            Add($"{bagian.Code}.b", $"Subbagian {name} II", OrgUnitType.Section, bagian, 6, ("Kepala Subbagian", PositionLevel.Supervisor), Context.Office);
        }
        var setwan = Add("setwan", "Sekretariat DPRD", OrgUnitType.Secretariat, null, 4, ("Sekretaris DPRD", PositionLevel.Jpt), Context.Office);
        foreach (var (slug, name) in new[] { ("umum", "Umum"), ("persidangan", "Persidangan dan Perundang-undangan"), ("keu", "Keuangan") })
        {
            var bagian = Add($"setwan.{slug}", $"Bagian {name}", OrgUnitType.Division, setwan, 3, ("Kepala Bagian", PositionLevel.Administrator), Context.Office);
            Add($"{bagian.Code}.a", $"Subbagian {name}", OrgUnitType.Section, bagian, 6, ("Kepala Subbagian", PositionLevel.Supervisor), Context.Office);
        }
        var inspektorat = Add("inspektorat", "Inspektorat Daerah", OrgUnitType.Agency, null, 3, ("Inspektur", PositionLevel.Jpt), Context.Office);
        for (var i = 1; i <= 4; i++)
        {
            Add($"inspektorat.irban{i}", $"Inspektur Pembantu Wilayah {ToRoman(i)}", OrgUnitType.Division, inspektorat, 5, ("Inspektur Pembantu", PositionLevel.Administrator), Context.Office);
        }

        foreach (var (code, name, divisions) in AgencyTable.Take(Scaled(AgencyTable.Length, 4)))
        {
            var isBadan = name.StartsWith("Badan", StringComparison.Ordinal);
            var agency = Add(code, name, OrgUnitType.Agency, null, 3, (isBadan ? "Kepala Badan" : "Kepala Dinas", PositionLevel.Jpt), Context.Office);
            var secretariat = Add($"{code}.sekretariat", "Sekretariat", OrgUnitType.Division, agency, 2, ("Sekretaris", PositionLevel.Administrator), Context.Office);
            Add($"{code}.sekretariat.umpeg", "Subbagian Umum dan Kepegawaian", OrgUnitType.Section, secretariat, 6, ("Kepala Subbagian", PositionLevel.Supervisor), Context.Office);
            Add($"{code}.sekretariat.keu", "Subbagian Keuangan dan Perencanaan", OrgUnitType.Section, secretariat, 6, ("Kepala Subbagian", PositionLevel.Supervisor), Context.Office);
            for (var d = 0; d < divisions.Length; d++)
            {
                var division = Add($"{code}.b{d + 1}", $"Bidang {divisions[d]}", OrgUnitType.Division, agency, 3, ("Kepala Bidang", PositionLevel.Administrator), Context.Office);
                for (var s = 0; s < 2; s++)
                {
                    var topic = SectionTopics[(d * 2 + s) % SectionTopics.Length];
                    Add($"{division.Code}.s{s + 1}", $"{(isBadan ? "Subbidang" : "Seksi")} {topic} {divisions[d]}", OrgUnitType.Section, division,
                        6, (isBadan ? "Kepala Subbidang" : "Kepala Seksi", PositionLevel.Supervisor), Context.Office);
                }
            }
            if (code == "disdik")
            {
                for (var s = 1; s <= Scaled(24, 2); s++)
                {
                    var (kind, number) = s % 3 == 0 ? ("SMP", s / 3) : ("SD", s - s / 3);
                    Add($"disdik.{kind.ToLowerInvariant()}n{number:00}", $"{kind} Negeri {number} {places[place++ % places.Count]}", OrgUnitType.School, agency,
                        24, ("Kepala Sekolah", PositionLevel.Functional), Context.School, located: true);
                }
            }
            if (code == "dinkes")
            {
                for (var p = 1; p <= Scaled(16, 2); p++)
                {
                    var where = places[place++ % places.Count];
                    Add($"dinkes.pkm{p:00}", $"Puskesmas {where}", OrgUnitType.HealthCenter, agency, 30, ("Kepala Puskesmas", PositionLevel.Supervisor), Context.Health, located: true);
                }
            }
        }

        var hospital = Add("rsud", "RSUD dr. Soedirman", OrgUnitType.Hospital, null, 150, ("Direktur", PositionLevel.Jpt), Context.Hospital, located: true);
        foreach (var (slug, name) in new[] { ("yanmed", "Pelayanan Medik"), ("keperawatan", "Keperawatan"), ("penunjang", "Penunjang Medik") })
        {
            Add($"rsud.{slug}", $"Bidang {name}", OrgUnitType.Division, hospital, 50, ("Kepala Bidang", PositionLevel.Administrator), Context.Hospital);
        }
        for (var k = 1; k <= Scaled(10, 1); k++)
        {
            var name = places[place++ % places.Count];
            var district = Add($"kec{k:00}", $"Kecamatan {name}", OrgUnitType.District, null, 10, ("Camat", PositionLevel.Administrator), Context.Office, located: true);
            for (var v = 1; v <= 2; v++)
            {
                Add($"{district.Code}.kel{v}", $"Kelurahan {places[place++ % places.Count]}", OrgUnitType.Village, district, 7, ("Lurah", PositionLevel.Supervisor), Context.Office, located: true);
            }
        }
    }

    private UnitPlan Add(string code, string name, OrgUnitType type, UnitPlan? parent, double weight, (string Title, PositionLevel Level) head, Context context, bool located = false)
    {
        var unit = new UnitPlan(code, name, type, parent, weight, head.Title, head.Level, context);
        if (located || parent is null)
        {
            unit.Address = $"Jl. {IndonesianNames.Pick(_random, ["Pahlawan", "Sudirman", "Diponegoro", "Ahmad Yani", "Veteran", "Pemuda", "Merdeka"])} No. {_random.Next(1, 120)}";
            unit.Latitude = Math.Round(-7.67 + (_random.NextDouble() - 0.5) * 0.4, 5);
            unit.Longitude = Math.Round(109.65 + (_random.NextDouble() - 0.5) * 0.4, 5);
            unit.Radius = IndonesianNames.Pick(_random, [50, 100, 150, 200, 300]);
        }
        _units.Add(unit);
        return unit;
    }

    /// <summary>A head for every unit, then the staff spread over the units by weight (largest remainders).</summary>
    private void BuildPeople(int employees)
    {
        var staff = employees - _units.Count;
        var total = _units.Sum(u => u.Weight);
        var raw = _units.Select(u => u.Weight * staff / total).ToArray();
        var counts = raw.Select(r => (int)r).ToArray();
        foreach (var i in Enumerable.Range(0, raw.Length).OrderByDescending(i => raw[i] - counts[i]).ThenBy(i => i).Take(staff - counts.Sum()))
        {
            counts[i]++;
        }
        for (var i = 0; i < _units.Count; i++)
        {
            var unit = _units[i];
            unit.HeadNip = Person(unit, unit.HeadTitle, unit.HeadLevel, isHead: true);
            for (var n = 0; n < counts[i]; n++)
            {
                var (title, level) = StaffPost(unit.Context);
                Person(unit, title, level, isHead: false);
            }
        }
    }

    private (string? Title, PositionLevel Level) StaffPost(Context context)
    {
        var r = _random.NextDouble();
        return context switch
        {
            Context.School => r < 0.8 ? ("Guru", PositionLevel.Functional) : ("Tenaga Administrasi Sekolah", PositionLevel.Staff),
            Context.Health => r < 0.12 ? ("Dokter", PositionLevel.Functional) : r < 0.45 ? ("Perawat", PositionLevel.Functional)
                : r < 0.75 ? ("Bidan", PositionLevel.Functional) : ("Pengadministrasi Umum", PositionLevel.Staff),
            Context.Hospital => r < 0.1 ? ("Dokter", PositionLevel.Functional) : r < 0.6 ? ("Perawat", PositionLevel.Functional)
                : r < 0.7 ? ("Bidan", PositionLevel.Functional) : (IndonesianNames.Pick(_random, OfficeStaff), PositionLevel.Staff),
            _ => r < 0.3 ? (IndonesianNames.Pick(_random, OfficeFunctional), PositionLevel.Functional)
                : r < 0.9 ? (IndonesianNames.Pick(_random, OfficeStaff), PositionLevel.Staff) : (null, PositionLevel.Staff),
        };
    }

    /// <summary>Adds one employee row and returns the NIP (or employee number) it was given.</summary>
    private string Person(UnitPlan unit, string? title, PositionLevel level, bool isHead)
    {
        var r = _random.NextDouble();
        var employment = isHead ? Employment.Pns
            : level == PositionLevel.Staff ? (r < 0.35 ? Employment.NonAsn : r < 0.4 ? Employment.Pppk : Employment.Pns)
            : (r < 0.05 ? Employment.NonAsn : r < 0.25 ? Employment.Pppk : Employment.Pns);
        var female = _random.NextDouble() < (isHead ? 0.3 : unit.Context is Context.Health or Context.Hospital ? 0.7 : unit.Context == Context.School ? 0.6 : 0.48);
        var (youngest, oldest) = employment == Employment.NonAsn ? (20, 45) : level switch
        {
            PositionLevel.Jpt => (48, 58),
            PositionLevel.Administrator => (42, 56),
            PositionLevel.Supervisor => (35, 55),
            _ => isHead ? (40, 58) : (23, 58),
        };
        var age = _random.Next(youngest, oldest + 1);
        var number = employment == Employment.NonAsn ? $"NA-{++_nonAsn:000000}" : CivilServantNumber(age, female, employment);
        var priority = _random.NextDouble() < 0.08;
        var active = isHead || _random.NextDouble() >= 0.01;
        _employees.Add(
        [
            number,
            IndonesianNames.Person(_random, female, title, senior: level is PositionLevel.Jpt or PositionLevel.Administrator),
            ImportVocabulary.WordFor(employment),
            ImportVocabulary.WordFor(level),
            title,
            unit.Code,
            null,
            _random.NextDouble() < 0.75 ? Phone() : null,
            ImportVocabulary.WordFor(priority),
            priority ? IndonesianNames.Pick(_random, PriorityReasons) : null,
            ImportVocabulary.WordFor(active),
        ]);
        return number;
    }

    /// <summary>An 18-digit NIP (PPPK numbers have the same form): birth date, appointment month, gender, sequence.</summary>
    private string CivilServantNumber(int age, bool female, Employment employment)
    {
        var birth = new DateOnly(ReferenceYear - age, 1, 1).AddDays(_random.Next(365));
        var appointed = employment == Employment.Pppk
            ? new DateOnly(_random.Next(2019, ReferenceYear + 1), _random.Next(1, 13), 1)
            : new DateOnly(Math.Min(ReferenceYear - 1, birth.Year + _random.Next(22, Math.Max(23, Math.Min(age, 36)))), _random.Next(1, 13), 1);
        for (var sequence = _random.Next(1, 1000); ; sequence = sequence % 999 + 1)
        {
            var nip = $"{birth:yyyyMMdd}{appointed:yyyyMM}{(female ? 2 : 1)}{sequence:000}";
            if (_numbers.Add(nip))
            {
                return nip;
            }
        }
    }

    private string Phone()
    {
        var digits = IndonesianNames.Pick(_random, PhonePrefixes) + _random.Next(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _random.NextDouble() < 0.3 ? $"{digits[..4]}-{digits[4..8]}-{digits[8..]}" : digits;
    }

    private void Describe()
    {
        var byCode = _units.ToDictionary(u => u.Code);
        UnitPlan Top(UnitPlan u) => u.Parent is null ? u : Top(u.Parent);
        var largest = _employees.GroupBy(e => Top(byCode[(string)e[5]!])).MaxBy(g => g.Count())!;
        LargestAgencyCode = largest.Key.Code;
        LargestAgencyEmployees = largest.Count();
        LargestAgencyHeadNip = largest.Key.HeadNip!;
        int Depth(UnitPlan u) => u.Parent is null ? 0 : 1 + Depth(u.Parent);
        SampleEmployeeNip = (string)largest
            .Select(e => (Row: e, Unit: byCode[(string)e[5]!]))
            .Where(e => (string)e.Row[0]! != e.Unit.HeadNip && (string)e.Row[10]! == ImportVocabulary.WordFor(true) && Nip.IsValid((string)e.Row[0]!))
            .MaxBy(e => Depth(e.Unit)).Row[0]!;
        CommonNameFragment = _employees
            .Select(e => ((string)e[1]!).Replace("dr. ", "", StringComparison.Ordinal).Split(' ', ',')[0].ToLowerInvariant())
            .GroupBy(n => n).MaxBy(g => g.Count())!.Key;
        CommonNameMatches = _employees.Count(e => (string)e[10]! == ImportVocabulary.WordFor(true)
            && $"{e[1]} {e[0]}".Contains(CommonNameFragment, StringComparison.OrdinalIgnoreCase));
    }

    private static string ToRoman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private enum Context
    {
        Office,
        School,
        Health,
        Hospital,
    }

    private sealed class UnitPlan(string code, string name, OrgUnitType type, UnitPlan? parent, double weight, string headTitle, PositionLevel headLevel, Context context)
    {
        public string Code { get; } = code;
        public OrgUnitType Type { get; } = type;
        public UnitPlan? Parent { get; } = parent;
        public double Weight { get; } = weight;
        public string HeadTitle { get; } = headTitle;
        public PositionLevel HeadLevel { get; } = headLevel;
        public Context Context { get; } = context;
        public string? Address { get; set; }
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public int? Radius { get; set; }
        public string? HeadNip { get; set; }

        public object?[] Cells() =>
        [
            Code, name, ImportVocabulary.WordFor(Type), Parent?.Code ?? "", Address, Latitude, Longitude, Radius, HeadNip,
        ];
    }
}
