using System.Globalization;
using Sikerja.Domain;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Policies;

/// <summary>
/// The draft form as posted: every value as typed, rows of shifts and rules with blank rows allowed. It reads into
/// a <see cref="PolicyDraft"/> with its problems named like the domain's (<c>shifts[1].end</c>), after the blank rows
/// are dropped, so that a problem's row is the row the form shows again.
/// </summary>
public sealed class PolicyForm
{
    public const int BlankRows = 2;

    /// <summary>A circular as created: its accountability values are the defaults of a new draft.</summary>
    private static readonly Policy Fresh = new();

    public string? Number { get; set; }
    public string? Title { get; set; }
    public string? SignerName { get; set; }
    public string? SignerPost { get; set; }
    public string? IssuedOn { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? EffectiveUntil { get; set; }
    public List<Employment> AppliesTo { get; set; } = [];
    public List<OrgUnitType> ExemptUnitTypes { get; set; } = [];

    /// <summary>Unit codes separated by commas, spaces or lines.</summary>
    public string? ExemptUnits { get; set; }

    public List<ShiftRow> Shifts { get; set; } = [];
    public List<SelectorRow> AlwaysOnSite { get; set; } = [];
    public List<MinimumRow> MinimumOnSite { get; set; } = [];

    /// <summary>The attendance cap in percent (25 for 0.25); blank for none.</summary>
    public string? CapPercent { get; set; }

    public Staffing Staffing { get; set; }

    public ReportingScope Reporting { get; set; }

    /// <summary>A checkbox: absent from the post when unticked.</summary>
    public bool OutOfRegionNeedsPermit { get; set; }

    public bool OfficialInRegionNeedsPermit { get; set; }

    public sealed class ShiftRow
    {
        public string? Code { get; set; }
        public string? Start { get; set; }
        public string? End { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(End);
    }

    public class SelectorRow
    {
        public List<PositionLevel> Levels { get; set; } = [];

        /// <summary>Post titles separated by commas.</summary>
        public string? Titles { get; set; }

        public List<OrgUnitType> HeadOf { get; set; } = [];
        public List<Employment> Employment { get; set; } = [];

        public virtual bool IsBlank => Levels.Count == 0 && string.IsNullOrWhiteSpace(Titles) && HeadOf.Count == 0 && Employment.Count == 0;

        /// <summary>A field left empty does not restrict.</summary>
        public Selector ToSelector() => new(
            Levels.Count > 0 ? [.. Levels.Distinct()] : null,
            SplitTitles(Titles) is { Count: > 0 } titles ? titles : null,
            HeadOf.Count > 0 ? [.. HeadOf.Distinct()] : null,
            Employment.Count > 0 ? [.. Employment.Distinct()] : null);

        public static SelectorRow From(Selector s) => Fill(new SelectorRow(), s);

        protected static T Fill<T>(T row, Selector s) where T : SelectorRow
        {
            row.Levels = [.. s.Levels ?? []];
            row.Titles = string.Join(", ", s.Titles ?? []);
            row.HeadOf = [.. s.HeadOfUnitTypes ?? []];
            row.Employment = [.. s.Employment ?? []];
            return row;
        }
    }

    public sealed class MinimumRow : SelectorRow
    {
        public OrgUnitType Per { get; set; }
        public string? Count { get; set; }

        public override bool IsBlank => base.IsBlank && string.IsNullOrWhiteSpace(Count);

        public static MinimumRow From(MinimumRule rule)
        {
            var row = Fill(new MinimumRow(), rule.Select);
            row.Per = rule.Per;
            row.Count = rule.Count.ToString(CultureInfo.InvariantCulture);
            return row;
        }
    }

    public static PolicyForm From(Policy policy)
    {
        var form = From(policy.Rules, policy.SignerName, policy.SignerPost, policy.IssuedOn);
        form.Reporting = policy.Reporting;
        form.OutOfRegionNeedsPermit = policy.OutOfRegionNeedsPermit;
        form.OfficialInRegionNeedsPermit = policy.OfficialInRegionNeedsPermit;
        return form;
    }

    /// <summary>A form with these rules; accountability as a new circular has it by default.</summary>
    public static PolicyForm From(PolicyRules rules, string? signerName, string? signerPost, DateOnly? issuedOn) => new()
    {
        Number = rules.Number,
        Title = rules.Title,
        SignerName = signerName,
        SignerPost = signerPost,
        IssuedOn = Date(issuedOn),
        EffectiveFrom = Date(rules.EffectiveFrom),
        EffectiveUntil = Date(rules.EffectiveUntil),
        AppliesTo = [.. rules.AppliesTo],
        ExemptUnitTypes = [.. rules.ExemptUnitTypes],
        ExemptUnits = string.Join(", ", rules.ExemptUnits),
        Shifts = [.. rules.Shifts.Select(s => new ShiftRow { Code = s.Code, Start = Time(s.Start), End = Time(s.End) })],
        AlwaysOnSite = [.. rules.AlwaysOnSite.Select(SelectorRow.From)],
        MinimumOnSite = [.. rules.MinimumOnSite.Select(MinimumRow.From)],
        CapPercent = rules.MaxOnSiteFraction is { } f ? (f * 100).ToString("0.##", CultureInfo.InvariantCulture) : null,
        Staffing = rules.Staffing,
        Reporting = Fresh.Reporting,
        OutOfRegionNeedsPermit = Fresh.OutOfRegionNeedsPermit,
        OfficialInRegionNeedsPermit = Fresh.OfficialInRegionNeedsPermit,
    };

    /// <summary>Drops the blank rows, so that row i of the form is item i of the rules.</summary>
    public void Compact()
    {
        Shifts = [.. Shifts.Where(r => !r.IsBlank)];
        AlwaysOnSite = [.. AlwaysOnSite.Where(r => !r.IsBlank)];
        MinimumOnSite = [.. MinimumOnSite.Where(r => !r.IsBlank)];
    }

    /// <summary>Adds blank rows to fill in: one shift and <see cref="BlankRows"/> of each kind of rule.</summary>
    public void AddBlankRows()
    {
        Shifts.Add(new ShiftRow());
        for (var i = 0; i < BlankRows; i++)
        {
            AlwaysOnSite.Add(new SelectorRow());
            MinimumOnSite.Add(new MinimumRow());
        }
    }

    /// <summary>One more blank row in the section named (<c>shifts</c>, <c>alwaysOnSite</c> or <c>minimumOnSite</c>).</summary>
    public void AddRow(string? section)
    {
        switch (section)
        {
            case "shifts":
                Shifts.Add(new ShiftRow());
                break;
            case "alwaysOnSite":
                AlwaysOnSite.Add(new SelectorRow());
                break;
            case "minimumOnSite":
                MinimumOnSite.Add(new MinimumRow());
                break;
        }
    }

    /// <summary>The draft, or the problems of what could not be read (dates, times, numbers); compacts first.</summary>
    public (PolicyDraft? Draft, IReadOnlyList<Problem> Problems) Read()
    {
        Compact();
        var problems = new List<Problem>();
        var from = ParseDate(EffectiveFrom, "effectiveFrom", "tanggal mulai berlaku", required: true, problems);
        var until = ParseDate(EffectiveUntil, "effectiveUntil", "tanggal akhir berlaku", required: false, problems);
        var issued = ParseDate(IssuedOn, "issuedOn", "tanggal surat", required: false, problems);
        var shifts = new List<Shift>();
        for (var i = 0; i < Shifts.Count; i++)
        {
            var start = ParseTime(Shifts[i].Start, $"shifts[{i}].start", problems);
            var end = ParseTime(Shifts[i].End, $"shifts[{i}].end", problems);
            shifts.Add(new Shift(Shifts[i].Code?.Trim() ?? "", start, end));
        }
        var minimums = new List<MinimumRule>();
        for (var i = 0; i < MinimumOnSite.Count; i++)
        {
            var row = MinimumOnSite[i];
            if (!int.TryParse(row.Count?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                problems.Add(new Problem($"minimumOnSite[{i}].count", "jumlah minimal harus bilangan bulat"));
            }
            minimums.Add(new MinimumRule(row.Per, row.ToSelector(), count));
        }
        decimal? cap = null;
        if (!string.IsNullOrWhiteSpace(CapPercent))
        {
            if (decimal.TryParse(CapPercent.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
            {
                cap = percent / 100m;
            }
            else
            {
                problems.Add(new Problem("maxOnSiteFraction", "batas kehadiran harus angka persen, mis. 25"));
            }
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var rules = new PolicyRules(
            Number ?? "",
            Title ?? "",
            from!.Value,
            until,
            [.. AppliesTo.Distinct()],
            [.. ExemptUnitTypes.Distinct()],
            [.. (ExemptUnits ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)],
            shifts.Count > 0 ? shifts : [Shift.FullDay],
            [.. AlwaysOnSite.Select(r => r.ToSelector())],
            minimums,
            cap,
            Staffing);
        return (new PolicyDraft(SignerName, SignerPost, issued, rules, Reporting, OutOfRegionNeedsPermit, OfficialInRegionNeedsPermit), []);
    }

    private static List<string> SplitTitles(string? titles) =>
        [.. (titles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    private static DateOnly? ParseDate(string? text, string field, string label, bool required, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                problems.Add(new Problem(field, $"{label} wajib diisi"));
            }
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add(new Problem(field, $"{label} '{text}' bukan tanggal (tttt-bb-hh)"));
        return null;
    }

    private static TimeOnly ParseTime(string? text, string field, List<Problem> problems)
    {
        if (TimeOnly.TryParseExact(text?.Trim().Replace('.', ':'), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        problems.Add(new Problem(field, $"jam '{text}' tidak terbaca; tulis seperti 07:30"));
        return default;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
