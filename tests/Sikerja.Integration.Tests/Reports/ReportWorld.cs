using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Reports;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Reports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Reports;

/// <summary>
/// A Dinas (WIB, Monday to Friday) headed by a Kepala Dinas, with a Bidang whose head (the Kepala Bidang) is the direct
/// superior of two staff members; a Sekretaris in the Dinas who can stand in; a teacher of another agency. Every one
/// has an account. Services run at a fake time in the tenant's zone.
/// </summary>
public sealed class ReportWorld
{
    /// <summary>A Thursday: the week's Friday follows, then a weekend.</summary>
    public static readonly DateOnly Thursday = new(2025, 10, 2);

    public static DateOnly Friday => Thursday.AddDays(1);
    public static DateOnly Monday => Thursday.AddDays(4);

    public required TestTenant Tenant { get; init; }
    public required Employee Head { get; init; }
    public required Employee Kabid { get; init; }
    public required Employee StaffA { get; init; }
    public required Employee StaffB { get; init; }
    public required Employee Secretary { get; init; }
    public required Employee Teacher { get; init; }
    public required IReadOnlyDictionary<Guid, Guid> Accounts { get; init; }

    public Guid AccountOf(Employee e) => Accounts[e.Id];

    public static async Task<ReportWorld> CreateAsync(DatabaseFixture db)
    {
        var t = await TestTenant.CreateAsync(db);
        var dinas = await t.UnitAsync("dinas", OrgUnitType.Agency);
        var bidang = await t.UnitAsync("dinas.bidang", OrgUnitType.Division, dinas);
        var sekolah = await t.UnitAsync("sekolah", OrgUnitType.School);
        var head = await t.EmployeeAsync(dinas, PositionLevel.Jpt, head: true, name: "Kepala Dinas");
        var kabid = await t.EmployeeAsync(bidang, PositionLevel.Administrator, head: true, name: "Kepala Bidang");
        var a = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Ani Staf");
        var b = await t.EmployeeAsync(bidang, PositionLevel.Staff, name: "Budi Staf");
        var secretary = await t.EmployeeAsync(dinas, PositionLevel.Administrator, name: "Sekretaris Dinas");
        var teacher = await t.EmployeeAsync(sekolah, PositionLevel.Functional, name: "Guru Lain");
        var accounts = new Dictionary<Guid, Guid>();
        foreach (var e in new[] { head, kabid, a, b, secretary, teacher })
        {
            accounts[e.Id] = await t.AccountAsync(e);
        }
        return new ReportWorld
        {
            Tenant = t, Head = head, Kabid = kabid, StaffA = a, StaffB = b, Secretary = secretary, Teacher = teacher, Accounts = accounts,
        };
    }

    /// <summary>A fake clock at a WIB wall-clock time.</summary>
    public static FakeTimeProvider At(DateOnly date, int hour, int minute = 0) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7)));

    public static ActivityDraft Activity(int fromHour = 8, int toHour = 10, string what = "Menyusun notula rapat koordinasi", Guid? target = null) =>
        new(new TimeOnly(fromHour, 0), new TimeOnly(toHour, 0), what, 1, "dokumen", target);

    /// <summary>The service of the scope, made with the fake clock where it keeps time.</summary>
    public static T Service<T>(TestScope scope, TimeProvider clock) where T : notnull =>
        typeof(T).GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(TimeProvider)))
            ? ActivatorUtilities.CreateInstance<T>(scope.Services, clock)
            : scope.Get<T>();

    /// <summary>Runs <paramref name="act"/> as <paramref name="who"/>, at <paramref name="clock"/>, with the service it needs.</summary>
    public async Task<TResult> AsAsync<TService, TResult>(DatabaseFixture db, Employee who, TimeProvider clock, Func<TService, Task<TResult>> act)
        where TService : notnull
    {
        await using var scope = await db.NewScope().AsAsync(AccountOf(who));
        return await act(Service<TService>(scope, clock));
    }

    public Task<CommandResult<ReportActivity>> AddAsync(DatabaseFixture db, Employee who, DateOnly date, TimeProvider clock, ActivityDraft? draft = null, AttachmentUpload? file = null) =>
        AsAsync<ReportEditingService, CommandResult<ReportActivity>>(db, who, clock, s => s.AddActivityAsync(date, draft ?? Activity(), file, CancellationToken.None));

    public Task<CommandResult<DailyReport>> SubmitAsync(DatabaseFixture db, Employee who, DateOnly date, TimeProvider clock) =>
        AsAsync<ReportEditingService, CommandResult<DailyReport>>(db, who, clock, s => s.SubmitAsync(date, CancellationToken.None));

    /// <summary>Writes and submits the report of <paramref name="date"/> (at 15:00 that day) and returns it.</summary>
    public async Task<DailyReport> SubmittedAsync(DatabaseFixture db, Employee who, DateOnly date)
    {
        var clock = At(date, 15);
        Assert.True((await AddAsync(db, who, date, clock)).IsDone);
        var submitted = await SubmitAsync(db, who, date, clock);
        Assert.True(submitted.IsDone, string.Join("; ", submitted.Problems));
        return submitted.Value!;
    }

    public Task<CommandResult<DailyReport>> ReviewAsync(DatabaseFixture db, Employee who, Guid report, bool approve, string? comment = null) =>
        AsAsync<ReportReviewService, CommandResult<DailyReport>>(db, who, At(Monday, 9), s => s.ReviewAsync(report, new ReviewDecision(approve, comment), CancellationToken.None));

    public Task<ReviewList> ListAsync(DatabaseFixture db, Employee who, TimeProvider? clock = null) =>
        AsAsync<ReportReviewService, ReviewList>(db, who, clock ?? At(Monday, 9), async s => (await s.ListAsync(1, 50, CancellationToken.None)).Value!);

    public async Task<DailyReport> StoredAsync(DatabaseFixture db, Guid report)
    {
        await using var scope = db.NewScope().InTenant(Tenant.Id);
        return await scope.Db.DailyReports.AsNoTracking().SingleAsync(r => r.Id == report);
    }

    public async Task HolidayAsync(DatabaseFixture db, DateOnly date)
    {
        await using var scope = db.NewScope().InTenant(Tenant.Id);
        scope.Db.Holidays.Add(new Holiday { TenantId = Tenant.Id, Date = date, Name = "Libur uji", Kind = HolidayKind.Regional });
        await scope.Db.SaveChangesAsync();
    }
}
