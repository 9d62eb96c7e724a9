using System.Globalization;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Domain.Imports;

/// <summary>
/// The words a spreadsheet may use for the domain's values: the Indonesian words of the field (the first is the
/// one exports write) and the code names. Matching ignores case, spaces and the marks - _ / . so that "Non-ASN",
/// "non asn" and "NonAsn" are one word.
/// </summary>
public static class ImportVocabulary
{
    private static readonly Vocabulary<OrgUnitType> UnitTypes = new()
    {
        [OrgUnitType.Secretariat] = ["Sekretariat", "Sekretariat Daerah", "Setda"],
        [OrgUnitType.Agency] = ["Dinas/Badan", "Dinas", "Badan", "Inspektorat", "Satpol PP", "Perangkat Daerah", "OPD", "SKPD"],
        [OrgUnitType.Division] = ["Bagian/Bidang", "Bagian", "Bidang"],
        [OrgUnitType.Section] = ["Seksi/Subbagian", "Seksi", "Subbagian", "Subbag", "Subbidang", "Subbid", "Tata Usaha"],
        [OrgUnitType.TechnicalUnit] = ["UPT", "UPTD"],
        [OrgUnitType.District] = ["Kecamatan"],
        [OrgUnitType.Village] = ["Kelurahan"],
        [OrgUnitType.HealthCenter] = ["Puskesmas"],
        [OrgUnitType.Hospital] = ["Rumah Sakit", "RSUD", "RS"],
        [OrgUnitType.School] = ["Sekolah"],
    };

    private static readonly Vocabulary<Employment> Employments = new()
    {
        [Employment.Pns] = ["PNS"],
        [Employment.Pppk] = ["PPPK"],
        [Employment.NonAsn] = ["Non-ASN", "Honorer", "PTT", "Tenaga kontrak", "Kontrak"],
    };

    private static readonly Vocabulary<PositionLevel> Levels = new()
    {
        [PositionLevel.Jpt] = ["JPT Pratama", "JPT", "Eselon II"],
        [PositionLevel.Administrator] = ["Administrator", "Eselon III"],
        [PositionLevel.Supervisor] = ["Pengawas", "Eselon IV"],
        [PositionLevel.Staff] = ["Pelaksana", "JFU"],
        [PositionLevel.Functional] = ["Fungsional", "Jabatan fungsional", "JFT"],
    };

    private static readonly Vocabulary<bool> YesNo = new()
    {
        [true] = ["Ya", "Y", "Yes", "True", "1", "Aktif"],
        [false] = ["Tidak", "T", "No", "N", "False", "0", "Tidak aktif", "Nonaktif"],
    };

    public static bool TryParse(string text, out OrgUnitType value) => UnitTypes.TryParse(text, out value);

    public static bool TryParse(string text, out Employment value) => Employments.TryParse(text, out value);

    public static bool TryParse(string text, out PositionLevel value) => Levels.TryParse(text, out value);

    /// <summary>Ya/Tidak (also Y/T, true/false, 1/0, Aktif/Tidak aktif).</summary>
    public static bool TryParseYesNo(string text, out bool value) => YesNo.TryParse(text, out value);

    public static string WordFor(OrgUnitType value) => UnitTypes.WordFor(value);

    public static string WordFor(Employment value) => Employments.WordFor(value);

    public static string WordFor(PositionLevel value) => Levels.WordFor(value);

    public static string WordFor(bool value) => YesNo.WordFor(value);

    /// <summary>The words exports write, listed in messages about a value not understood.</summary>
    public static string UnitTypeWords => UnitTypes.Examples();

    public static string EmploymentWords => Employments.Examples();

    public static string LevelWords => Levels.Examples();

    /// <summary>A number written with a decimal point or, as Indonesian spreadsheets do, a decimal comma.</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        var normal = text.Contains(',') && !text.Contains('.') ? text.Replace(',', '.') : text;
        return double.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private sealed class Vocabulary<T> : Dictionary<T, string[]> where T : struct
    {
        private Dictionary<string, T>? _byWord;

        public bool TryParse(string text, out T value)
        {
            _byWord ??= Build();
            return _byWord.TryGetValue(Key(text), out value);
        }

        public string WordFor(T value) => this[value][0];

        public string Examples() => string.Join(", ", Values.Select(words => words[0]));

        private Dictionary<string, T> Build()
        {
            var byWord = new Dictionary<string, T>();
            foreach (var (value, words) in this)
            {
                foreach (var word in words.Append(value.ToString()!))
                {
                    byWord[Key(word)] = value;
                }
            }
            return byWord;
        }

        private static string Key(string word) =>
            new([.. word.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_' or '/' or '.')).Select(char.ToLowerInvariant)]);
    }
}
