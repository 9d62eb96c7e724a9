using Sikerja.Domain.Imports;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Domain.Tests.Imports;

public sealed class ImportPlannerTests
{
    private static readonly Guid Tenant = Guid.NewGuid();

    private static UnitRow Unit(int row, string code, string parent = "", string? head = null, string type = "Dinas") =>
        new(row, code, $"Unit {code}", type, parent, null, null, null, null, head);

    private static EmployeeRow Person(int row, string nip, string unit, string? supervisor = null, string? phone = null, string level = "Pelaksana") =>
        new(row, nip, $"Pegawai {nip}", "Non-ASN", level, null, unit, supervisor, phone, null, null, null);

    private static ImportPlan Plan(IReadOnlyList<UnitRow> units, IReadOnlyList<EmployeeRow> employees, IEnumerable<OrgUnit>? existingUnits = null,
        IEnumerable<Employee>? existingEmployees = null, ImportScope? scope = null) =>
        ImportPlanner.Plan(new ImportedFile(units, employees, []), existingUnits ?? [], existingEmployees ?? [], scope ?? ImportScope.Tenant, Tenant);

    private static OrgUnit Stored(string code, OrgUnit? parent = null)
    {
        var unit = new OrgUnit { TenantId = Tenant, Code = code, Name = $"Unit {code}", Type = OrgUnitType.Agency, ParentId = parent?.Id };
        unit.Path = OrgTreeRules.PathOf(unit.Id, parent?.Path);
        return unit;
    }

    [Fact]
    public void A_stored_unit_is_updated_by_its_code_and_keeps_its_id()
    {
        var dinkes = Stored("dinkes");
        var plan = Plan([Unit(2, "dinkes") with { Name = "Dinas Kesehatan" }], [], [dinkes]);
        Assert.Empty(plan.Problems);
        var next = Assert.Single(plan.Units);
        Assert.Equal((dinkes.Id, "Dinas Kesehatan"), (next.Id, next.Name));
        Assert.Equal("Unit dinkes", dinkes.Name);
        Assert.Equal(1, plan.Summary.UnitsUpdated);
    }

    [Fact]
    public void A_column_left_out_keeps_the_stored_value_and_an_empty_cell_clears_it()
    {
        var dinkes = Stored("dinkes");
        var stored = new Employee { TenantId = Tenant, Nip = "H-1", Name = "Pegawai H-1", Employment = Employment.NonAsn, Level = PositionLevel.Staff, UnitId = dinkes.Id, Phone = "+6281234567890" };
        var kept = Plan([], [Person(2, "H-1", "dinkes", phone: null)], [dinkes], [stored]);
        var cleared = Plan([], [Person(2, "H-1", "dinkes", phone: "")], [dinkes], [stored]);
        Assert.Equal("+6281234567890", kept.Employees.Single().Phone);
        Assert.Equal(1, kept.Summary.EmployeesUnchanged);
        Assert.Null(cleared.Employees.Single().Phone);
        Assert.Equal(1, cleared.Summary.EmployeesUpdated);
    }

    [Fact]
    public void Moving_a_unit_gives_its_whole_subtree_new_paths()
    {
        var dinkes = Stored("dinkes");
        var disdik = Stored("disdik");
        var bidang = Stored("dinkes.b", dinkes);
        var seksi = Stored("dinkes.b.s", bidang);
        var plan = Plan([Unit(2, "dinkes.b", parent: "disdik", type: "Bidang")], [], [dinkes, disdik, bidang, seksi]);
        var next = plan.Units.ToDictionary(u => u.Code);
        Assert.Equal(disdik.Path + OrgUnit.PathSegment(bidang.Id) + OrgUnit.PathSegment(seksi.Id), next["dinkes.b.s"].Path);
        Assert.Equal(1, plan.Summary.OthersUpdated);
    }

    [Fact]
    public void A_unit_code_written_in_capitals_is_the_same_code()
    {
        var cells = new Dictionary<ImportColumn, string>
        {
            [UnitSheet.Code] = "DINKES.B", [UnitSheet.Name] = "Bidang", [UnitSheet.Type] = "Bidang", [UnitSheet.ParentCode] = "Dinkes",
        };
        var row = UnitSheet.Read(3, c => cells.GetValueOrDefault(c));
        var plan = Plan([Unit(2, "dinkes"), row], [Person(2, "H-1", "dinkes.b")]);
        Assert.Empty(plan.Problems);
        var units = plan.Units.ToDictionary(u => u.Code);
        Assert.Equal(units["dinkes"].Id, units["dinkes.b"].ParentId);
        Assert.Null(row.Address);
    }

    [Fact]
    public void A_loop_of_superiors_is_reported_on_every_row_that_sets_one()
    {
        var plan = Plan([Unit(2, "dinkes")], [Person(2, "A", "dinkes", supervisor: "B"), Person(3, "B", "dinkes", supervisor: "A")]);
        Assert.Equal([2, 3], plan.Problems.Select(p => p.Row));
        Assert.All(plan.Problems, p => Assert.Equal(EmployeeSheet.SupervisorNip.Header, p.Column));
        Assert.Contains("Pegawai A → Pegawai B → Pegawai A", plan.Problems[0].Message);
    }

    [Fact]
    public void An_agency_admin_may_add_units_and_people_below_the_agency_only()
    {
        var dinkes = Stored("dinkes");
        var disdik = Stored("disdik");
        var plan = Plan(
            [Unit(2, "dinkes.b", parent: "dinkes", type: "Bidang"), Unit(3, "disdik.b", parent: "disdik", type: "Bidang")],
            [Person(2, "A", "dinkes.b"), Person(3, "B", "disdik")],
            [dinkes, disdik], scope: ImportScope.WithinAgencies([dinkes.Id]));
        Assert.Equal([("Unit", 3, UnitSheet.ParentCode.Header), ("Pegawai", 3, EmployeeSheet.UnitCode.Header)], plan.Problems.Select(p => (p.Sheet, p.Row, p.Column)));
    }

    [Fact]
    public void A_file_without_rows_is_a_problem()
    {
        var problem = Assert.Single(Plan([], []).Problems);
        Assert.Equal(ImportProblem.FileSheet, problem.Sheet);
    }
}
