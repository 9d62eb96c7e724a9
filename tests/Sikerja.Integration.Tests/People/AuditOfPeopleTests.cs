using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.People;

namespace Sikerja.Integration.Tests.People;

public abstract class AuditOfPeopleTests(DatabaseFixture db) : DatabaseTest(db)
{
    [Fact]
    public async Task A_change_is_recorded_with_before_and_after_but_health_reasons_are_masked()
    {
        var t = await NewTenantAsync();
        var unit = await t.UnitAsync("dinsos", OrgUnitType.Agency);
        var employee = await t.EmployeeAsync(unit, PositionLevel.Staff, name: "Nur Aini");
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        await using var scope = await AsAsync(admin);
        var input = new EmployeeInput(employee.Nip, "Nur Aini Lubis", Employment.Pns, PositionLevel.Staff, unit.Id,
            PriorityHome: true, PriorityHomeReason: "hamil trimester ketiga");
        var result = await scope.Get<EmployeeService>().UpdateAsync(employee.Id, input, CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));

        var entry = await scope.Db.AuditEntries.OrderByDescending(a => a.At).FirstAsync(a => a.EntityId == employee.Id.ToString() && a.Action == "Updated");
        Assert.Equal(admin, entry.ActorUserId);
        Assert.Contains("\"Name\":\"Nur Aini\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"Name\":\"Nur Aini Lubis\"", entry.After, StringComparison.Ordinal);
        Assert.Contains("PriorityHomeReason", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("hamil", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_cannot_be_edited()
    {
        var t = await NewTenantAsync();
        await t.UnitAsync("dinsos", OrgUnitType.Agency);
        await using var scope = Db.NewScope().InTenant(t.Id);
        var entry = await scope.Db.AuditEntries.FirstAsync(a => a.TenantId == t.Id);
        entry.ActorName = "someone else";
        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.Db.SaveChangesAsync());
    }

    public sealed class OnSqlite(SqliteFixture db) : AuditOfPeopleTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : AuditOfPeopleTests(db), IClassFixture<PostgresFixture>;
}
