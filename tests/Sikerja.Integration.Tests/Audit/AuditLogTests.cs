using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Audit;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Accounts;
using Sikerja.Web.Features.Audit;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Audit;

/// <summary>Reading the audit log: who may, what they see, the filters; and that nobody edits it.</summary>
public abstract class AuditLogTests(DatabaseFixture db) : DatabaseTest(db)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private async Task<CommandResult<AuditPage>> SearchAsync(Guid user, AuditFilter filter, int page = 1)
    {
        await using var scope = await AsAsync(user);
        return await scope.Get<AuditQuery>().SearchAsync(filter, page, Ct);
    }

    /// <summary>Entries written straight into the log, at chosen instants (adding is what the log allows).</summary>
    private async Task<List<AuditEntry>> WriteAsync(Guid tenant, params (DateTime At, string Actor, string Action, string Type)[] entries)
    {
        await using var scope = Db.NewScope();
        var written = entries.Select(e => new AuditEntry
        {
            TenantId = tenant,
            At = e.At,
            ActorName = e.Actor,
            Action = e.Action,
            EntityType = e.Type,
            EntityId = Guid.CreateVersion7().ToString(),
            After = """{"Name":"x"}""",
        }).ToList();
        scope.Db.AuditEntries.AddRange(written);
        await scope.Db.SaveChangesAsync();
        return written;
    }

    [Fact]
    public async Task A_tenant_admin_reads_all_of_the_tenant_log_newest_first_and_nothing_of_another_tenant()
    {
        var a = await NewTenantAsync();
        var b = await NewTenantAsync();
        var adminA = await a.AccountAsync(null, Role.TenantAdmin);
        var adminB = await b.AccountAsync(null, Role.TenantAdmin);
        var unitA = await a.UnitAsync("dinkes", OrgUnitType.Agency);
        var unitB = await b.UnitAsync("dinkes", OrgUnitType.Agency);

        var page = (await SearchAsync(adminA, new AuditFilter())).Value!;

        await using var scope = Db.NewScope();
        var ofA = await scope.Db.AuditEntries.Where(e => e.TenantId == a.Id).Select(e => e.Id).ToListAsync();
        var ofB = await scope.Db.AuditEntries.Where(e => e.TenantId == b.Id).Select(e => e.EntityId).ToListAsync();
        Assert.Equal(ofA.ToHashSet(), page.Rows.Select(r => r.Id).ToHashSet());
        Assert.Equal(ofA.Count, page.Total);
        Assert.Contains(page.Rows, r => r.EntityType == "OrgUnit" && r.EntityId == unitA.Id.ToString());
        Assert.DoesNotContain(page.Rows, r => ofB.Contains(r.EntityId) || r.EntityId == unitB.Id.ToString() || r.EntityId == adminB.ToString());
        Assert.Equal(page.Rows.OrderByDescending(r => r.At).Select(r => r.At), page.Rows.Select(r => r.At));
        Assert.Empty((await SearchAsync(adminA, new AuditFilter(EntityId: unitB.Id.ToString()))).Value!.Rows);
    }

    [Fact]
    public async Task Filters_narrow_by_type_action_actor_entity_and_by_days_of_the_tenant_zone()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        // The tenant is in WIB (UTC+7): 17:00 UTC is midnight of the next local day.
        var written = await WriteAsync(t.Id,
            (new DateTime(2026, 3, 1, 16, 59, 59, DateTimeKind.Utc), "Siti Aminah", "Created", "Employee"),
            (new DateTime(2026, 3, 1, 17, 0, 0, DateTimeKind.Utc), "Siti Aminah", "Updated", "Employee"),
            (new DateTime(2026, 3, 2, 16, 59, 59, DateTimeKind.Utc), "Budi 100%", "Deleted", "Holiday"),
            (new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc), "Budi 100%", "Updated", "OrgUnit"));

        async Task<List<Guid>> Ids(AuditFilter f) => (await SearchAsync(admin, f)).Value!.Rows.Select(r => r.Id).ToList();

        var day = new DateOnly(2026, 3, 2);
        Assert.Equal([written[2].Id, written[1].Id], await Ids(new AuditFilter(From: day, To: day)));
        Assert.Equal([written[3].Id, written[2].Id, written[1].Id], await Ids(new AuditFilter(From: day, To: day.AddDays(1))));
        Assert.Equal([written[1].Id, written[0].Id], await Ids(new AuditFilter(EntityType: "Employee")));
        Assert.Equal([written[3].Id, written[1].Id], await Ids(new AuditFilter(Action: "Updated", To: new DateOnly(2026, 3, 3))));
        Assert.Equal([written[1].Id, written[0].Id], await Ids(new AuditFilter(Actor: "siti")));
        Assert.Equal([written[3].Id, written[2].Id], await Ids(new AuditFilter(Actor: "0%")));
        Assert.Empty(await Ids(new AuditFilter(Actor: "%a")));
        Assert.Equal([written[2].Id], await Ids(new AuditFilter(EntityId: written[2].EntityId)));

        var row = (await SearchAsync(admin, new AuditFilter(EntityId: written[1].EntityId))).Value!.Rows.Single();
        Assert.Equal(("WIB", new DateTime(2026, 3, 2, 0, 0, 0)), (row.Zone, row.LocalAt));
        Assert.Equal(new AuditChange("Name", null, "x"), Assert.Single(row.Changes));

        var reversed = await SearchAsync(admin, new AuditFilter(From: day, To: day.AddDays(-1)));
        Assert.Equal("to", Assert.Single(reversed.Problems).Where);
    }

    [Fact]
    public async Task The_log_is_paged_by_fifty()
    {
        var t = await NewTenantAsync();
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await WriteAsync(t.Id, [.. Enumerable.Range(0, 60).Select(i => (start.AddMinutes(i), "Impor", "Created", "Employee"))]);

        var first = (await SearchAsync(admin, new AuditFilter(EntityType: "Employee"))).Value!;
        var second = (await SearchAsync(admin, new AuditFilter(EntityType: "Employee"), page: 2)).Value!;

        Assert.Equal((60, 50, 10), (first.Total, first.Rows.Count, second.Rows.Count));
        Assert.Equal(start.AddMinutes(59), first.Rows[0].At);
        Assert.Equal(start, second.Rows[^1].At);
    }

    [Fact]
    public async Task Only_tenant_admins_read_the_tenant_log_and_only_system_admins_the_system_entries()
    {
        var t = await NewTenantAsync();
        var agency = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var employee = await t.EmployeeAsync(agency, Domain.People.PositionLevel.Staff);
        var admin = await t.AccountAsync(null, Role.TenantAdmin);
        foreach (var user in new[]
                 {
                     await t.AccountAsync(employee), await t.AccountAsync(null, Role.Leadership),
                     await t.AccountAsync(null, Role.AgencyAdmin, agency), await t.AccountAsync(null, Role.HealthOfficer),
                 })
        {
            Assert.Equal(CommandStatus.Forbidden, (await SearchAsync(user, new AuditFilter())).Status);
        }

        Guid systemAdmin;
        await using (var scope = Db.NewScope())
        {
            systemAdmin = (await scope.Get<SystemAdminSetup>().CreateAsync($"sys{Guid.NewGuid():N}"[..12], "admin-sistem-1", Ct)).Value!.Id;
        }
        var system = (await SearchAsync(systemAdmin, new AuditFilter())).Value!;
        Assert.Contains(system.Rows, r => r.EntityType == "AppUser" && r.EntityId == systemAdmin.ToString());
        Assert.Contains(system.Rows, r => r.EntityType == "RoleGrant");
        Assert.All(system.Rows, r => Assert.Equal("UTC", r.Zone));
        await using (var scope = Db.NewScope())
        {
            Assert.Equal(await scope.Db.AuditEntries.CountAsync(e => e.TenantId == null), system.Total);
        }

        var tenant = (await SearchAsync(admin, new AuditFilter())).Value!;
        Assert.DoesNotContain(tenant.Rows, r => r.EntityId == systemAdmin.ToString());
        Assert.Contains(tenant.Rows, r => r.EntityId == admin.ToString());
    }

    [Fact]
    public async Task The_context_refuses_to_change_or_delete_an_audit_entry()
    {
        var t = await NewTenantAsync();
        var entryId = (await WriteAsync(t.Id, (DateTime.UtcNow, "Siti", "Created", "Employee")))[0].Id;

        await using (var scope = Db.NewScope())
        {
            var entry = await scope.Db.AuditEntries.SingleAsync(e => e.Id == entryId);
            entry.ActorName = "Orang lain";
            var edit = await Assert.ThrowsAsync<InvalidOperationException>(() => scope.Db.SaveChangesAsync());
            Assert.Contains("cannot be edited", edit.Message, StringComparison.Ordinal);
        }
        await using (var scope = Db.NewScope())
        {
            scope.Db.AuditEntries.Remove(await scope.Db.AuditEntries.SingleAsync(e => e.Id == entryId));
            await Assert.ThrowsAsync<InvalidOperationException>(() => scope.Db.SaveChangesAsync());
        }
        await using (var scope = Db.NewScope())
        {
            Assert.Equal("Siti", (await scope.Db.AuditEntries.SingleAsync(e => e.Id == entryId)).ActorName);
        }
    }

    public sealed class OnSqlite(SqliteFixture db) : AuditLogTests(db), IClassFixture<SqliteFixture>;

    public sealed class OnPostgres(PostgresFixture db) : AuditLogTests(db), IClassFixture<PostgresFixture>;
}
