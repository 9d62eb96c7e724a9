using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Web.Features.Demo;

/// <summary>
/// Plans a realistic regency of a given size, in the proportions of the reference generator
/// (shared/tools/gen_scenario.py): a Sekretariat Daerah, Dinas and Badan, an Inspektorat and a Sekretariat
/// DPRD in larger regencies, Kecamatan with Kelurahan, Puskesmas and schools, an RSUD. Each structure keeps
/// its top when small: its structural posts are at most about 18 % of its people, taken in priority order
/// (head, Sekretaris, a Sub Bagian, then the Bidang with their first Seksi …). Every unit is created with its head.
/// </summary>
internal sealed class RegencyPlanner
{
    private const double StructuralShare = 0.18;

    private readonly Random _rng;
    private readonly RegencyPlan _plan = new();
    private readonly string _regency;
    private readonly Dictionary<string, (double Latitude, double Longitude)> _districtCentre = [];

    private RegencyPlanner(Random rng, string regency)
    {
        _rng = rng;
        _regency = regency;
    }

    private enum Part
    {
        Setda,
        Setwan,
        Inspektorat,
        Agency,
        School,
        District,
        HealthCenter,
        Hospital,
    }

    private sealed record Item(Part Part, int Index, double Weight);

    public static RegencyPlan Build(Random rng, int total, string regency) => new RegencyPlanner(rng, regency).Build(total);

    private RegencyPlan Build(int total)
    {
        var agencies = DemoAgencies.All.Take(Math.Clamp((int)Math.Round(total / 90.0), 3, DemoAgencies.All.Count)).ToList();
        var districtCount = Math.Clamp((int)Math.Round(total / 200.0), 1, 35);
        var healthCount = Math.Clamp((int)Math.Round(total / 200.0), 1, 2 * districtCount);
        var schoolCount = agencies.Any(a => a.Code == "disdik") ? Math.Clamp((int)Math.Round(total / 250.0), 1, 300) : 0;
        var hospitalCount = total >= 5000 ? 2 : 1;
        var big = total >= 800;
        var ramp = Math.Min(1.0, total / 1000.0);

        var used = new HashSet<string> { _regency };
        List<string> districts = [_regency, .. DemoPlaces.Names(_rng, districtCount - 1, used)];
        for (var k = 0; k < districts.Count; k++)
        {
            _districtCentre[districts[k]] = k == 0
                ? DemoPlaces.Near(_rng, DemoPlaces.CentreLatitude, DemoPlaces.CentreLongitude, 0.3, 1.0)
                : DemoPlaces.Near(_rng, DemoPlaces.CentreLatitude, DemoPlaces.CentreLongitude, 5, 25);
        }

        var items = new List<Item> { new(Part.Setda, 0, 20 + 0.04 * total) };
        if (big)
        {
            items.Add(new(Part.Setwan, 0, 6 + 0.012 * total));
        }
        if (total >= 300)
        {
            items.Add(new(Part.Inspektorat, 0, 6 + 0.008 * total));
        }
        var totalWeight = agencies.Sum(a => a.Weight);
        for (var a = 0; a < agencies.Count; a++)
        {
            items.Add(new(Part.Agency, a, 12 * agencies[a].Weight + 0.40 * total * agencies[a].Weight / totalWeight));
            if (agencies[a].Code == "disdik")
            {
                items.AddRange(Enumerable.Range(0, schoolCount).Select(k => new Item(Part.School, k, 3 + 0.10 * total / schoolCount)));
            }
        }
        items.AddRange(Enumerable.Range(0, districtCount).Select(k => new Item(Part.District, k, 14 + 0.07 * total / districtCount)));
        items.AddRange(Enumerable.Range(0, healthCount).Select(k => new Item(Part.HealthCenter, k, 3 + 0.15 * total * ramp / healthCount)));
        items.AddRange(Enumerable.Range(0, hospitalCount).Select(k => new Item(Part.Hospital, k, 4 + 0.10 * total * ramp / hospitalCount)));
        var sizes = Allocate(total, [.. items.Select(i => i.Weight)], 3);

        var parts = new List<(List<StaffSlot> Slots, int Size, int Posts)>();
        var schoolNumbers = new Dictionary<string, int>();
        for (var i = 0; i < items.Count; i++)
        {
            var before = _plan.Posts.Count;
            var n = sizes[i];
            var item = items[i];
            var slots = item.Part switch
            {
                Part.Setda => Secretariat("setda", "Sekretariat Daerah", "Sekda", DemoStructures.SetdaBagian, n, withAssistants: true),
                Part.Setwan => Secretariat("setwan", "Sekretariat DPRD", "Sekretaris DPRD", DemoStructures.SetwanBagian, n, withAssistants: false),
                Part.Inspektorat => Inspektorat(n),
                Part.Agency => Agency(agencies[item.Index], n, big ? districts : []),
                Part.School => School(districts[item.Index % districts.Count], item.Index % 4 == 3 ? "SMP" : "SD", schoolNumbers),
                Part.District => District(districts[item.Index], n),
                Part.HealthCenter => HealthCenter(districts[item.Index % districts.Count], item.Index >= districts.Count, n),
                _ => Hospital(item.Index, districts[^1], n),
            };
            parts.Add((slots, n, _plan.Posts.Count - before));
        }
        var wanted = parts.Select(p => (double)Math.Max(0, p.Size - p.Posts)).ToArray();
        var staff = Allocate(Math.Max(0, total - _plan.Posts.Count), wanted, 0);
        for (var i = 0; i < parts.Count; i++)
        {
            FillStaff(parts[i].Slots, staff[i]);
        }
        return _plan;
    }

    private static int Budget(int n) => Math.Max(1, (int)(StructuralShare * n + 0.5));

    private List<StaffSlot> Agency(AgencyTemplate tpl, int n, IReadOnlyList<string> districts)
    {
        var headTitle = tpl.HeadTitle ?? (tpl.IsBadan ? "Kepala Badan" : "Kepala Dinas");
        var (sectionPrefix, sectionTitle) = tpl.IsBadan ? ("Sub Bidang", "Kepala Sub Bidang") : ("Seksi", "Kepala Seksi");
        var bidang = tpl.Divisions.Count > 3 ? tpl.Divisions.Take(_rng.Next(3, tpl.Divisions.Count + 1)).ToList() : [.. tpl.Divisions];
        var divisions = new List<(string Slug, string Name, string Title, List<(string Slug, string Name, string Title)> Sections)>
        {
            ("sekretariat", "Sekretariat", "Sekretaris",
                [.. DemoStructures.SekretariatSubbag.Take(_rng.Next(2, 4)).Select(s => (s.Slug, s.Name, "Kepala Sub Bagian"))]),
        };
        foreach (var b in bidang)
        {
            var sections = b.Sections.Count > 0
                ? b.Sections.Select(s => (s.Slug, $"{sectionPrefix} {s.Name}", sectionTitle))
                : DemoStructures.GenericSections.Select(s => (s.Slug, $"{sectionPrefix} {s.Name} {b.Name}", sectionTitle));
            divisions.Add((b.Slug, $"Bidang {b.Name}", "Kepala Bidang", [.. sections.Take(_rng.Next(2, 4))]));
        }
        var upts = tpl.Upts.Select(u => (u.Slug, u.Name, District: (string?)null)).ToList();
        if (tpl.UptPerDistrict is { } perDistrict)
        {
            upts.AddRange(districts.Select(d => ($"{perDistrict.Slug}-{DemoPlaces.Slug(d)}", $"{perDistrict.Name} {d}", (string?)d)));
        }
        // Priority order: the budget takes a prefix, so a small agency keeps the top of its structure.
        var order = new List<(char Kind, int A, int B)> { ('h', 0, 0), ('d', 0, 0), ('s', 0, 0) };
        for (var k = 1; k < divisions.Count; k++)
        {
            order.Add(('d', k, 0));
            order.Add(('s', k, 0));
        }
        for (var j = 1; j < 3; j++)
        {
            order.AddRange(Enumerable.Range(0, divisions.Count).Where(k => j < divisions[k].Sections.Count).Select(k => ('s', k, j)));
        }
        order.AddRange(Enumerable.Range(0, upts.Count).Select(u => ('u', u, 0)));

        var agency = _plan.Unit(tpl.Code, tpl.Name, OrgUnitType.Agency, null);
        Locate(agency, DemoPlaces.CentreLatitude, DemoPlaces.CentreLongitude, 0.3, 3, 150, _regency);
        var units = new Dictionary<int, PlannedUnit>();
        var slots = new List<StaffSlot>();
        foreach (var (kind, a, b) in order.Take(Budget(n)))
        {
            switch (kind)
            {
                case 'h':
                    _plan.Add(agency, PositionLevel.Jpt, headTitle, tpl.Context, heads: true);
                    slots.Add(new(agency, 1.0, tpl.Context, false));
                    break;
                case 'd':
                    var d = divisions[a];
                    var division = units[a] = _plan.Unit($"{tpl.Code}.{d.Slug}", d.Name, OrgUnitType.Division, agency);
                    _plan.Add(division, PositionLevel.Administrator, d.Title, tpl.Context, heads: true);
                    slots.Add(new(division, 1.0, tpl.Context, false));
                    break;
                case 's':
                    var s = divisions[a].Sections[b];
                    var section = _plan.Unit($"{tpl.Code}.{divisions[a].Slug}.{s.Slug}", s.Name, OrgUnitType.Section, units[a]);
                    _plan.Add(section, PositionLevel.Supervisor, s.Title, tpl.Context, heads: true);
                    slots.Add(new(section, 3.0, tpl.Context, true));
                    break;
                default:
                    var u = upts[a];
                    var upt = _plan.Unit($"{tpl.Code}.{u.Slug}", u.Name, OrgUnitType.TechnicalUnit, agency);
                    var (lat, lon) = u.District is { } place ? _districtCentre[place] : (DemoPlaces.CentreLatitude, DemoPlaces.CentreLongitude);
                    Locate(upt, lat, lon, u.District is null ? 1 : 0.2, u.District is null ? 8 : 1.5, 150, u.District ?? _regency);
                    _plan.Add(upt, PositionLevel.Supervisor, "Kepala UPT", tpl.Context, heads: true);
                    slots.Add(new(upt, 2.5, tpl.Context, true));
                    break;
            }
        }
        return slots;
    }

    /// <summary>The Sekretariat Daerah (with its Asisten and Staf Ahli) or the Sekretariat DPRD.</summary>
    private List<StaffSlot> Secretariat(string code, string name, string headTitle, IReadOnlyList<BagianTemplate> bagian, int n, bool withAssistants)
    {
        var secretariat = _plan.Unit(code, name, OrgUnitType.Secretariat, null);
        Locate(secretariat, DemoPlaces.CentreLatitude, DemoPlaces.CentreLongitude, 0, withAssistants ? 0.2 : 1.5, 200, _regency);
        var divisions = bagian.Select(b => (Bagian: b, Sections: b.Subbagian.Take(_rng.Next(2, 4)).ToList())).ToList();
        var order = new List<(char Kind, int A, int B)> { ('h', 0, 0), ('d', 0, 0), ('s', 0, 0) };
        var asistenPlanned = new HashSet<int>();
        for (var k = 1; k < divisions.Count; k++)
        {
            var asisten = divisions[k].Bagian.Asisten;
            if (withAssistants && asistenPlanned.Add(asisten))
            {
                order.Add(('a', asisten, 0));
                order.Add(('x', 0, 0));
            }
            order.Add(('d', k, 0));
            order.Add(('s', k, 0));
        }
        for (var j = 1; j < 3; j++)
        {
            order.AddRange(Enumerable.Range(0, divisions.Count).Where(k => j < divisions[k].Sections.Count).Select(k => ('s', k, j)));
        }
        var asistenPosts = new Dictionary<int, Post>();
        var kabag = new List<(Post Head, int Asisten)>();
        var units = new Dictionary<int, PlannedUnit>();
        var slots = new List<StaffSlot> { new(secretariat, 1.5, "general", false) };
        foreach (var (kind, a, b) in order.Take(Budget(n)))
        {
            switch (kind)
            {
                case 'h':
                    _plan.Add(secretariat, PositionLevel.Jpt, headTitle, "general", heads: true);
                    break;
                case 'a':
                    asistenPosts[a] = _plan.Add(secretariat, PositionLevel.Jpt, "Asisten", "general");
                    break;
                case 'x':
                    _plan.Add(secretariat, PositionLevel.Jpt, "Staf Ahli", "general");
                    break;
                case 'd':
                    var template = divisions[a].Bagian;
                    var division = units[a] = _plan.Unit($"{code}.{template.Slug}", $"Bagian {template.Name}", OrgUnitType.Division, secretariat);
                    kabag.Add((_plan.Add(division, PositionLevel.Administrator, "Kepala Bagian", "general", heads: true), template.Asisten));
                    slots.Add(new(division, 1.0, "general", false));
                    break;
                default:
                    var s = divisions[a].Sections[b];
                    var section = _plan.Unit($"{code}.{divisions[a].Bagian.Slug}.{s.Slug}", $"Sub Bagian {s.Name}", OrgUnitType.Section, units[a]);
                    _plan.Add(section, PositionLevel.Supervisor, "Kepala Sub Bagian", "general", heads: true);
                    slots.Add(new(section, 3.0, "general", true));
                    break;
            }
        }
        // A Kepala Bagian reports to the Asisten over the Bagian, where the Setda is large enough to have one.
        foreach (var (head, asisten) in kabag)
        {
            head.ReportsTo = asistenPosts.GetValueOrDefault(asisten);
        }
        return slots;
    }

    private List<StaffSlot> Inspektorat(int n)
    {
        var inspektorat = _plan.Unit("inspektorat", "Inspektorat Daerah", OrgUnitType.Agency, null);
        Locate(inspektorat, DemoPlaces.CentreLatitude, DemoPlaces.CentreLongitude, 0.3, 3, 150, _regency);
        PlannedUnit? sekretariat = null;
        var slots = new List<StaffSlot> { new(inspektorat, 0.5, "audit", false) };
        string[] order = ["head", "sek", "irban1", "sub0", "irban2", "sub1", "irban3", "irban4", "sub2"];
        string[] roman = ["I", "II", "III", "IV"];
        foreach (var step in order.Take(Budget(n)))
        {
            if (step == "head")
            {
                _plan.Add(inspektorat, PositionLevel.Jpt, "Inspektur", "audit", heads: true);
            }
            else if (step == "sek")
            {
                sekretariat = _plan.Unit("inspektorat.sekretariat", "Sekretariat", OrgUnitType.Division, inspektorat);
                _plan.Add(sekretariat, PositionLevel.Administrator, "Sekretaris", "general", heads: true);
                slots.Add(new(sekretariat, 1.0, "general", false));
            }
            else if (step.StartsWith("irban", StringComparison.Ordinal))
            {
                var k = step[^1] - '0';
                var irban = _plan.Unit($"inspektorat.irban{k}", $"Inspektur Pembantu Wilayah {roman[k - 1]}", OrgUnitType.Division, inspektorat);
                _plan.Add(irban, PositionLevel.Administrator, "Inspektur Pembantu", "audit", heads: true);
                slots.Add(new(irban, 4.0, "audit", false));
            }
            else
            {
                var s = DemoStructures.SekretariatSubbag[step[^1] - '0'];
                var sub = _plan.Unit($"inspektorat.sekretariat.{s.Slug}", s.Name, OrgUnitType.Section, sekretariat);
                _plan.Add(sub, PositionLevel.Supervisor, "Kepala Sub Bagian", "general", heads: true);
                slots.Add(new(sub, 2.0, "general", true));
            }
        }
        return slots;
    }

    private List<StaffSlot> District(string name, int n)
    {
        var district = _plan.Unit($"kec-{DemoPlaces.Slug(name)}", $"Kecamatan {name}", OrgUnitType.District, null);
        var (lat, lon) = _districtCentre[name];
        district.Address = $"Jl. Raya {name} No. {_rng.Next(1, 120)}, Kecamatan {name}";
        district.Office = (lat, lon, 150);
        var villageCount = n >= 25 ? _rng.Next(2, 5) : n >= 8 ? 1 : 0;
        var villages = DemoPlaces.Names(_rng, villageCount, [.. _districtCentre.Keys, .. _plan.Units.Select(u => u.Name)]);
        var order = new List<(char Kind, int Index)> { ('h', 0), ('c', 0), ('s', 1), ('v', 0), ('s', 0), ('s', 2), ('v', 1), ('s', 3), ('v', 2), ('s', 4) };
        order.AddRange(Enumerable.Range(3, Math.Max(0, villages.Count - 3)).Select(k => ('v', k)));
        order.RemoveAll(o => o.Kind == 'v' && o.Index >= villages.Count);
        var slots = new List<StaffSlot> { new(district, 2.0, "district", false) };
        foreach (var (kind, index) in order.Take(Budget(n)))
        {
            switch (kind)
            {
                case 'h':
                    _plan.Add(district, PositionLevel.Administrator, "Camat", "district", heads: true);
                    break;
                case 'c':
                    _plan.Add(district, PositionLevel.Administrator, "Sekretaris Camat", "district");
                    break;
                case 's':
                    var (slug, sectionName, title) = DemoStructures.DistrictSections[index];
                    var section = _plan.Unit($"{district.Code}.{slug}", sectionName, OrgUnitType.Section, district);
                    _plan.Add(section, PositionLevel.Supervisor, title, "district", heads: true);
                    slots.Add(new(section, 2.0, "district", true));
                    break;
                default:
                    var village = villages[index];
                    var kelurahan = _plan.Unit($"{district.Code}.kel-{DemoPlaces.Slug(village)}", $"Kelurahan {village}", OrgUnitType.Village, district);
                    Locate(kelurahan, lat, lon, 0.5, 3, 100, $"Kelurahan {village}");
                    _plan.Add(kelurahan, PositionLevel.Supervisor, "Lurah", "district", heads: true);
                    slots.Add(new(kelurahan, 2.5, "district", true));
                    break;
            }
        }
        return slots;
    }

    /// <summary>A Puskesmas: a technical unit of the Dinas Kesehatan in one Kecamatan.</summary>
    private List<StaffSlot> HealthCenter(string place, bool second, int n)
    {
        var dinkes = _plan.Units.First(u => u.Code == "dinkes");
        var name = second ? $"{place} II" : place;
        var puskesmas = _plan.Unit($"dinkes.pkm-{DemoPlaces.Slug(name)}", $"Puskesmas {name}", OrgUnitType.HealthCenter, dinkes);
        var (lat, lon) = _districtCentre[place];
        Locate(puskesmas, lat, lon, 0.2, 2, 200, $"Kecamatan {place}");
        _plan.Add(puskesmas, PositionLevel.Supervisor, "Kepala Puskesmas", "healthcenter", heads: true);
        var slots = new List<StaffSlot> { new(puskesmas, 6.0, "healthcenter", false) };
        if (Budget(n) >= 2)
        {
            var tu = _plan.Unit($"{puskesmas.Code}.tu", "Sub Bagian Tata Usaha", OrgUnitType.Section, puskesmas);
            _plan.Add(tu, PositionLevel.Supervisor, "Kepala Sub Bagian Tata Usaha", "general", heads: true);
            slots.Add(new(tu, 1.0, "general", true));
        }
        return slots;
    }

    private List<StaffSlot> Hospital(int index, string lastDistrict, int n)
    {
        var (code, name, place) = index == 0
            ? ("rsud", $"RSUD {_regency}", _regency)
            : ($"rsud-pratama-{DemoPlaces.Slug(lastDistrict)}", $"RSUD Pratama {lastDistrict}", lastDistrict);
        var hospital = _plan.Unit(code, name, OrgUnitType.Hospital, null);
        var (lat, lon) = _districtCentre[place];
        Locate(hospital, lat, lon, 1, 3, 300, place);
        (char Kind, int A, int B)[] order =
            [('h', 0, 0), ('d', 0, 0), ('d', 1, 0), ('s', 0, 0), ('s', 1, 0), ('d', 2, 0), ('s', 2, 0), ('d', 3, 0), ('s', 3, 0), ('s', 1, 1), ('s', 2, 1), ('s', 0, 1), ('s', 3, 1)];
        var units = new Dictionary<int, PlannedUnit>();
        var slots = new List<StaffSlot> { new(hospital, 1.0, "hospital", false) };
        foreach (var (kind, a, b) in order.Take(Budget(n)))
        {
            var (dSlug, dName, dTitle, sections) = DemoStructures.HospitalDivisions[a];
            var context = a == 0 ? "general" : "hospital";
            if (kind == 'h')
            {
                _plan.Add(hospital, PositionLevel.Jpt, "Direktur", "hospital", heads: true);
            }
            else if (kind == 'd')
            {
                var division = units[a] = _plan.Unit($"{code}.{dSlug}", dName, OrgUnitType.Division, hospital);
                _plan.Add(division, PositionLevel.Administrator, dTitle, context, heads: true);
                slots.Add(new(division, a == 0 ? 1.0 : 6.0, context, false));
            }
            else
            {
                var (sSlug, sName, sTitle) = sections[b];
                var section = _plan.Unit($"{code}.{dSlug}.{sSlug}", sName, OrgUnitType.Section, units[a]);
                _plan.Add(section, PositionLevel.Supervisor, sTitle, context, heads: true);
                slots.Add(new(section, a == 0 ? 1.0 : 3.0, context, true));
            }
        }
        return slots;
    }

    /// <summary>A school of the Dinas Pendidikan, headed by its Kepala Sekolah (a teacher with the extra task).</summary>
    private List<StaffSlot> School(string place, string level, Dictionary<string, int> numbers)
    {
        var key = $"{level} {place}";
        var number = numbers[key] = numbers.GetValueOrDefault(key) + 1;
        var disdik = _plan.Units.First(u => u.Code == "disdik");
        var school = _plan.Unit($"disdik.{level.ToLowerInvariant()}{number}-{DemoPlaces.Slug(place)}", $"{level} Negeri {number} {place}", OrgUnitType.School, disdik);
        var (lat, lon) = _districtCentre[place];
        Locate(school, lat, lon, 0.3, 4, 150, $"Kecamatan {place}");
        _plan.Add(school, PositionLevel.Functional, "Kepala Sekolah", "school", heads: true);
        return [new(school, 1.0, "school", false)];
    }

    /// <summary>Places the non-structural people on the slots: one staff member first where a slot asks for one.</summary>
    private void FillStaff(List<StaffSlot> slots, int count)
    {
        var counts = new int[slots.Count];
        var firsts = Enumerable.Range(0, slots.Count).Where(i => slots[i].StaffFirst).Take(count).ToList();
        foreach (var i in firsts)
        {
            counts[i] = 1;
        }
        var rest = count - firsts.Count;
        if (rest > 0)
        {
            var extra = Allocate(rest, [.. slots.Select(s => s.Weight)], 0);
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] += extra[i];
            }
        }
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var share = DemoStructures.FunctionalShare.GetValueOrDefault(slot.Context, 0.2);
            for (var k = 0; k < counts[i]; k++)
            {
                var functional = !(slot.StaffFirst && k == 0) && _rng.NextDouble() < share;
                if (functional)
                {
                    var titles = DemoStructures.FunctionalTitles.GetValueOrDefault(slot.Context, DemoStructures.FunctionalTitles["general"]);
                    _plan.Add(slot.Unit, PositionLevel.Functional, DemoNames.Pick(_rng, titles), slot.Context);
                }
                else
                {
                    var title = _rng.NextDouble() < 0.6 ? DemoNames.Pick(_rng, DemoStructures.StaffTitles) : null;
                    _plan.Add(slot.Unit, PositionLevel.Staff, title, slot.Context);
                }
            }
        }
    }

    private void Locate(PlannedUnit unit, double latitude, double longitude, double minKm, double maxKm, int radius, string place)
    {
        var (lat, lon) = DemoPlaces.Near(_rng, latitude, longitude, minKm, maxKm);
        unit.Office = (lat, lon, radius);
        unit.Address = DemoPlaces.Address(_rng, place);
    }

    /// <summary>Integer sizes summing to <paramref name="total"/>, proportional to the weights, each at least <paramref name="minimum"/>.</summary>
    internal static int[] Allocate(int total, IReadOnlyList<double> weights, int minimum)
    {
        var n = weights.Count;
        if (n == 0)
        {
            return [];
        }
        minimum = Math.Min(minimum, total / n);
        var fixedAt = new bool[n];
        double freeTotal, freeWeight;
        bool changed;
        do
        {
            changed = false;
            freeTotal = total - minimum * fixedAt.Count(f => f);
            freeWeight = Enumerable.Range(0, n).Where(i => !fixedAt[i]).Sum(i => weights[i]);
            for (var i = 0; i < n; i++)
            {
                if (!fixedAt[i] && freeWeight > 0 && weights[i] * freeTotal / freeWeight < minimum)
                {
                    fixedAt[i] = true;
                    changed = true;
                }
            }
        }
        while (changed);
        var raw = Enumerable.Range(0, n).Select(i => fixedAt[i] ? minimum : freeWeight > 0 ? weights[i] * freeTotal / freeWeight : 0).ToArray();
        var sizes = raw.Select(r => (int)r).ToArray();
        var order = Enumerable.Range(0, n).OrderByDescending(i => raw[i] - sizes[i]).ThenBy(i => i).ToList();
        foreach (var i in order.Take(total - sizes.Sum()))
        {
            sizes[i]++;
        }
        return sizes;
    }
}
