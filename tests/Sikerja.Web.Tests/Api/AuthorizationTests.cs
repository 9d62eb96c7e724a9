using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Tenants;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Features.Accounts;
using Sikerja.Web.Features.Attendance;
using Sikerja.Web.Features.Calendar;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Features.RosterRepairs;
using Sikerja.Web.Features.Organisation;
using Sikerja.Web.Features.People;
using Sikerja.Web.Features.Policies;
using Sikerja.Web.Features.Rosters;
using Sikerja.Web.Features.Tenants;
using Sikerja.Web.Features.TravelRecaps;
using Sikerja.Web.Features.Travel;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Api;

/// <summary>
/// Every protected API operation, called by someone who must not use it on tenant A's data: no one signed in
/// (401), tenant B's admin (403/404) and a plain employee of tenant A (403/404, or only what an employee may see).
/// None of them gets data that is not theirs, and nothing of tenant A changes. Tenant A's admin, for contrast,
/// is let through. A new endpoint whose route ids or body this test cannot fill makes it fail until it is added here.
/// Operations of the installation (tenants) are refused to every tenant user and let through for a system admin.
/// </summary>
public sealed partial class AuthorizationTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "rahasia-uji-123";
    private const string HealthSecret = "RAHASIA-KESEHATAN-KABID";

    private sealed record World(
        TestTenant Tenant, OrgUnit Agency, OrgUnit Division, OrgUnit OtherAgency,
        Employee Head, Employee Kabid, Employee Staff, Employee Stranger,
        string AdminUser, string StaffUser, Guid HeadAccount, Guid HeadGrant, Guid ImportBatch, Holiday Holiday, Holiday SpareHoliday,
        Guid Policy, Guid AdminNotification, Guid PublishedRoster, Guid Roster, Guid SpareRoster, Guid Unavailability);

    /// <summary>The week tenant A's rosters plan, under a circular published for that month.</summary>
    private static readonly DateOnly RosterMonday = new(2040, 3, 5);

    private async Task<World> ArrangeTenantAsync(string prefix)
    {
        var t = await web.NewTenantAsync();
        var agency = await t.UnitAsync($"{prefix}-dinas", OrgUnitType.Agency);
        var division = await t.UnitAsync($"{prefix}-dinas.bidang", OrgUnitType.Division, agency);
        var other = await t.UnitAsync($"{prefix}-disdik", OrgUnitType.Agency);
        var head = await t.EmployeeAsync(agency, PositionLevel.Jpt, head: true, name: $"{prefix} Kepala Dinas");
        var kabid = await t.EmployeeAsync(division, PositionLevel.Administrator, head: true, name: $"{prefix} Kepala Bidang", priorityHome: true);
        await using (var scope = web.Database.NewScope().InTenant(t.Id))
        {
            (await scope.Db.Employees.SingleAsync(e => e.Id == kabid.Id)).PriorityHomeReason = HealthSecret;
            await scope.Db.SaveChangesAsync();
        }
        var staff = await t.EmployeeAsync(division, PositionLevel.Staff, name: $"{prefix} Staf");
        var stranger = await t.EmployeeAsync(other, PositionLevel.Functional, name: $"{prefix} Guru Lain");
        var admin = await t.EmployeeAsync(agency, PositionLevel.Staff, name: $"{prefix} Admin BKPSDM");
        var adminAccount = await t.AccountAsync(admin, Role.TenantAdmin, password: Password);
        await t.AccountAsync(staff, password: Password);
        var headAccount = await t.AccountAsync(head, Role.Leadership);
        Guid headGrant;
        await using (var scope = web.Database.NewScope())
        {
            headGrant = await scope.Db.RoleGrants.Where(g => g.UserId == headAccount).Select(g => g.Id).SingleAsync();
        }
        var batch = await PreviewImportAsync(admin.Nip, $"Kode unit;Nama unit;Jenis unit;Kode unit induk\n{prefix}-dinas.baru;Bidang Baru;Bidang;{prefix}-dinas\n");
        Holiday holiday, spare;
        await using (var scope = web.Database.NewScope().InTenant(t.Id))
        {
            holiday = new Holiday { TenantId = t.Id, Date = new DateOnly(2039, 10, 1), Name = $"{prefix} Hari Jadi", Kind = HolidayKind.Regional };
            spare = new Holiday { TenantId = t.Id, Date = new DateOnly(2039, 10, 2), Name = $"{prefix} Cuti Hari Jadi", Kind = HolidayKind.CollectiveLeave };
            scope.Db.Holidays.AddRange(holiday, spare);
            await scope.Db.SaveChangesAsync();
        }
        Guid notification;
        await using (var scope = web.Database.NewScope().InTenant(t.Id))
        {
            // Names others may not see: whoever reads the admin's notification but the admin leaks them.
            var sent = await scope.Get<Notifier>().SendAsync([admin.Id], "Jadwal berubah", $"{stranger.Name} dan {staff.Name}: WFO → WFH", "/People");
            notification = sent.Single().Id;
        }
        var (_, published) = await PublishedRosterWorld.PublishTenantAsync(web.Database, t.Id, adminAccount, days: 7);
        var policy = await PublishPolicyAsync(admin.Nip, prefix);
        await t.PublishedPolicyAsync(new PolicyRules($"{prefix}/SE/2040", "Sistem kerja uji", RosterMonday.AddDays(-4), RosterMonday.AddDays(26),
            [Employment.Pns, Employment.Pppk, Employment.NonAsn], [], [], [Shift.FullDay], [], [], null, Staffing.Minimum));
        Guid roster, spareRoster;
        await using (var scope = await web.Database.NewScope().AsAsync(adminAccount))
        {
            var generator = scope.Get<RosterGenerator>();
            roster = (await generator.GenerateAsync(new GenerateRequest(null, RosterMonday, RosterMonday.AddDays(4)), CancellationToken.None)).Value!.Id;
            spareRoster = (await generator.GenerateAsync(new GenerateRequest(agency.Id, RosterMonday, RosterMonday.AddDays(4)), CancellationToken.None)).Value!.Id;
        }
        var sick = new Unavailability
        {
            TenantId = t.Id, EmployeeId = staff.Id, From = new DateOnly(2039, 11, 2), To = new DateOnly(2039, 11, 4),
            Cause = UnavailabilityCause.Sick, RecordedAt = DateTime.UtcNow,
        };
        await using (var scope = web.Database.NewScope().InTenant(t.Id))
        {
            scope.Db.Unavailabilities.Add(sick);
            await scope.Db.SaveChangesAsync();
        }
        await ArrangeAttendanceAsync(t, agency, kabid);
        await ArrangeTravelAsync(t, admin, agency.Id);
        await ArrangeReportsAsync(t, head, kabid, admin);
        return new World(t, agency, division, other, head, kabid, staff, stranger, admin.Nip, staff.Nip, headAccount, headGrant, batch, holiday, spare,
            policy, notification, published.Id, roster, spareRoster, sick.Id);
    }

    /// <summary>A circular of tenant A covering its PNS (the staff member among them), published through the API by its
    /// admin with its signed document attached.</summary>
    private async Task<Guid> PublishPolicyAsync(string adminUser, string prefix)
    {
        using var admin = await web.ApiClientAsync(adminUser, Password);
        using var created = await admin.PostAsJsonAsync("api/v1/policies", new PoliciesApi.PolicyDraftRequest("Bupati Uji", "Bupati Uji", new DateOnly(2039, 12, 31), PolicyRules($"{prefix}/SE/2041")));
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, body);
        var id = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        using var published = await admin.PostAsJsonAsync($"api/v1/policies/{id}/publish", new PoliciesApi.PublishRequest(null));
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4\n"u8.ToArray()), "file", "se.pdf" } };
        using var attached = await admin.PutAsync($"api/v1/policies/{id}/document", form);
        Assert.True(attached.IsSuccessStatusCode, await attached.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>A policy object of the spec, open-ended from 2041 so that no test day changes it and the roster's circular of March 2040 is not overlapped.</summary>
    private static System.Text.Json.JsonElement PolicyRules(string number) => System.Text.Json.JsonDocument.Parse($$"""
        { "number": "{{number}}", "title": "Sistem kerja ASN", "effectiveFrom": "2041-01-01", "effectiveUntil": null,
          "appliesTo": ["Pns"], "exemptUnitTypes": ["Hospital"], "exemptUnits": [],
          "alwaysOnSite": [{ "levels": ["Jpt"] }], "minimumOnSite": [{ "per": "Agency", "select": { "levels": ["Staff"] }, "count": 1 }],
          "maxOnSiteFraction": null, "staffing": "Minimum" }
        """).RootElement.Clone();

    /// <summary>An import preview of tenant A, made through the API by its admin.</summary>
    private async Task<Guid> PreviewImportAsync(string adminUser, string csv)
    {
        using var admin = await web.ApiClientAsync(adminUser, Password);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "unit.csv" } };
        using var response = await admin.PostAsync("api/v1/imports", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task No_protected_operation_lets_an_outsider_reach_tenant_data()
    {
        var a = await ArrangeTenantAsync("a");
        var b = await ArrangeTenantAsync("b");
        var operations = EndpointCatalog.ProtectedOperations(web.Node);
        Assert.NotEmpty(operations);

        using var anonymous = web.Node.NewClient();
        using var otherTenantAdmin = await web.ApiClientAsync(b.AdminUser, Password);
        using var plainEmployee = await web.ApiClientAsync(a.StaffUser, Password);
        var auditBefore = await AuditCountAsync(a.Tenant);
        var failures = new List<string>();

        foreach (var op in operations)
        {
            using (var response = await SendAsync(anonymous, op, a))
            {
                if (response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    failures.Add($"{op} without sign-in: {(int)response.StatusCode}, expected 401");
                }
            }
            using (var response = await SendAsync(otherTenantAdmin, op, a))
            {
                var body = await response.Content.ReadAsStringAsync();
                if ((TargetsTenantData(op) || IsInstallationOperation(op)) && response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                {
                    failures.Add($"{op} by tenant B's admin: {(int)response.StatusCode}, expected 403/404");
                }
                failures.AddRange(Leaks(op, "tenant B's admin", body, SecretsOf(a)));
            }
            using (var response = await SendAsync(plainEmployee, op, a))
            {
                var body = await response.Content.ReadAsStringAsync();
                if (((IsWrite(op) && !SelfServiceOperations.Contains(Key(op)) && !EmployeeOperations.Contains(Key(op))) || IsInstallationOperation(op))
                    && response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                {
                    failures.Add($"{op} by a plain employee: {(int)response.StatusCode}, expected 403/404");
                }
                failures.AddRange(Leaks(op, "a plain employee", body, [a.Stranger.Nip, a.Stranger.Name, a.OtherAgency.Code, HealthSecret]));
            }
        }
        Assert.Equal(auditBefore, await AuditCountAsync(a.Tenant));

        // Tenant A's own admin (a system admin for the installation) is let through: the refusals above come from
        // rights, not from broken requests.
        using var admin = await web.ApiClientAsync(a.AdminUser, Password);
        using var systemAdmin = await web.ApiClientAsync((await TestAccounts.SystemAdminAsync(web.Database, Password)).UserName!, Password);
        foreach (var op in operations)
        {
            using var response = await SendAsync(IsInstallationOperation(op) ? systemAdmin : admin, op, a);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
            {
                failures.Add($"{op} by tenant A's {(IsInstallationOperation(op) ? "system" : "")} admin: {(int)response.StatusCode}, expected to be allowed");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// An operation that names tenant A's data (by id or in its body) must be refused to outsiders; a plain list
    /// or search answers with the caller's own tenant, which the leak check covers. An upload to a collection (an
    /// import preview) names nothing of tenant A either: it lands in the caller's tenant.
    /// </summary>
    private static bool TargetsTenantData(ApiOperation op) =>
        (op.Route.Contains('{', StringComparison.Ordinal) || (op.Method != "GET" && !op.AcceptsForm))
        && !OwnTenantOperations.Contains(Key(op)) && !SelfServiceOperations.Contains(Key(op)) && !Computations.Contains(Key(op));

    private static string Key(ApiOperation op) => $"{op.Method} {op.Route.TrimEnd('/')}";

    /// <summary>Writes that name nothing but the caller's own tenant: tenant B's admin uses them on tenant B (and tenant A stays unchanged).</summary>
    private static readonly HashSet<string> OwnTenantOperations =
        [
            "POST /api/v1/calendar/holidays", "POST /api/v1/calendar/holidays/import", "POST /api/v1/calendar/holidays/national", "PUT /api/v1/tenant",
            "POST /api/v1/policies", "POST /api/v1/policies/import", "POST /api/v1/policies/from-template", "PUT /api/v1/reports/settings",
            .. TravelOwnTenant,
        ];

    /// <summary>Writes every employee makes on what is theirs: acknowledging a circular that covers them.</summary>
    private static readonly HashSet<string> EmployeeOperations =
        ["POST /api/v1/policies/{id:guid}/acknowledge", "POST /api/v1/assemblies/{id:guid}/attend"];

    /// <summary>Computations on the request body alone (a scenario simulated): open to every signed-in caller,
    /// reading and changing no tenant's data.</summary>
    private static readonly HashSet<string> Computations = ["POST /api/v1/rosters/simulate"];

    /// <summary>Operations on nothing but the caller's own things (their own notifications, their own day's report, the reports
    /// their own review rights cover): every employee may use them, on their own.</summary>
    private static readonly HashSet<string> SelfServiceOperations =
        ["POST /api/v1/notifications/read", "POST /api/v1/schedule/feed", "DELETE /api/v1/schedule/feed", "POST /api/v1/office-work-requests", "POST /api/v1/attendance/check-ins",
            "POST /api/v1/travel-permits",
         .. ReportSelfService];

    private static bool IsInstallationOperation(ApiOperation op) => op.Route.StartsWith("/api/v1/tenants", StringComparison.Ordinal);

    private static bool IsWrite(ApiOperation op) => op.Method != "GET" && !Computations.Contains($"{op.Method} {op.Route.TrimEnd('/')}");

    private static IEnumerable<string> Leaks(ApiOperation op, string who, string body, IEnumerable<string> secrets) =>
        secrets.Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{op} by {who} disclosed '{s}'");

    private static string[] SecretsOf(World w) =>
        [w.Agency.Code, w.Division.Code, w.OtherAgency.Code, w.Head.Nip, w.Kabid.Nip, w.Staff.Nip, w.Stranger.Nip, w.Staff.Name, HealthSecret];

    private async Task<int> AuditCountAsync(TestTenant tenant)
    {
        await using var scope = web.Database.NewScope().InTenant(tenant.Id);
        return await scope.Db.AuditEntries.CountAsync(e => e.TenantId == tenant.Id);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, ApiOperation op, World target)
    {
        var path = RouteParameter().Replace(op.Route, m => $"/{m.Groups["segment"].Value}/{RouteValue(op, m.Groups["segment"].Value, target)}");
        var request = new HttpRequestMessage(new HttpMethod(op.Method), path.TrimStart('/'));
        if (op.AcceptsForm)
        {
            var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent("kode;nama\n"u8.ToArray()), "file", "uji.csv");
            request.Content = form;
        }
        else if (op.BodyType is { } type)
        {
            request.Content = JsonContent.Create(BodyFor(op, type, target), type);
        }
        return client.SendAsync(request);
    }

    /// <summary>A route parameter's value: a date after <c>days</c>, otherwise the id of tenant A's resource.</summary>
    private static string RouteValue(ApiOperation op, string segment, World w) =>
        segment == "days" ? RosterMonday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : IdFor(op, segment, w).ToString();

    /// <summary>The id of tenant A's resource that a route parameter names, by the literal segment before it.</summary>
    private static Guid IdFor(ApiOperation op, string segment, World w) => segment switch
    {
        "units" => w.Division.Id,
        "employees" => w.Staff.Id,
        "accounts" => w.HeadAccount,
        "roles" => w.HeadGrant,
        "imports" => w.ImportBatch,
        "holidays" => op.Method == "DELETE" ? w.SpareHoliday.Id : w.Holiday.Id,
        "tenants" => w.Tenant.Id,
        "policies" => w.Policy,
        "notifications" => w.AdminNotification,
        "unavailability" => w.Unavailability,
        "rosters" => op.Route.Contains("/repairs", StringComparison.Ordinal) ? w.PublishedRoster : op.Method == "DELETE" ? w.SpareRoster : w.Roster,
        "agencies" => w.Agency.Id,
        "assemblies" => AttendanceOf(w).Assembly,
        "visits" => AttendanceOf(w).Visit,
        "office-work-requests" => AttendanceOf(w).OfficeWork,
        "travel-permits" => TravelOf(w).Permit,
        "high-risk-regions" => TravelOf(w).Marking,
        "travel-regions" => op.Method == "DELETE" ? TravelOf(w).SpareRegion : TravelOf(w).OwnRegion,
        "reports" => ReportsOf(w).Report,
        "targets" => ReportsOf(w).Target,
        "delegations" => ReportsOf(w).Delegation,
        _ => throw new InvalidOperationException($"{op}: add the id of a tenant A resource for route segment '{segment}' to AuthorizationTests.IdFor"),
    };

    /// <summary>A body that tenant A's admin could send, aimed at tenant A's data.</summary>
    private static object BodyFor(ApiOperation op, Type type, World w) => type.Name switch
    {
        nameof(OrgUnitInput) => new OrgUnitInput($"{w.Agency.Code}.baru{Guid.NewGuid():N}"[..40], "Bidang Baru", OrgUnitType.Division, w.Agency.Id),
        nameof(OrganisationApi.MoveRequest) => new OrganisationApi.MoveRequest(w.OtherAgency.Id),
        nameof(NewAccountInput) => new NewAccountInput(w.Stranger.Id),
        nameof(GrantInput) => new GrantInput(Role.HealthOfficer),
        nameof(EmployeeInput) => new EmployeeInput(TestTenant.NextNip(880_000 + Random.Shared.Next(1000)), "Pegawai Baru", Employment.Pns, PositionLevel.Staff, w.Division.Id),
        nameof(HolidayInput) => new HolidayInput(FreeDate(), "Libur Uji", HolidayKind.Regional),
        nameof(CalendarApi.ImportRequest) => new CalendarApi.ImportRequest($"date,name,kind\n{FreeDate():yyyy-MM-dd},Libur Impor,Regional\n", "csv"),
        nameof(TenantsApi.TenantRequest) => new TenantsApi.TenantRequest($"t{Guid.NewGuid():N}"[..12], "Pemerintah Kota Uji", TenantKind.City, IndonesianTimeZones.Wib),
        nameof(TenantsApi.TenantSettingsRequest) => new TenantsApi.TenantSettingsRequest("Pemerintah Kabupaten Uji", IndonesianTimeZones.Wib, ["Mon", "Tue", "Wed", "Thu", "Fri"]),
        nameof(RepairRequest) => new RepairRequest(DryRun: true),
        nameof(UnavailabilityInput) => LeaveFrom(FreeDate()),
        nameof(TenantsApi.AdminRequest) => new TenantsApi.AdminRequest($"admin{Guid.NewGuid():N}"[..20], "Admin Uji"),
        nameof(GenerateRequest) => new GenerateRequest(w.Agency.Id, RosterMonday, RosterMonday.AddDays(4)),
        nameof(CellEditInput) => new CellEditInput(w.Staff.Id, RosterMonday, WorkMode.Office, null, Override: true, OverrideReason: "rapat koordinasi"),
        nameof(System.Text.Json.JsonElement) when op.Route == "/api/v1/rosters/simulate" => SimulatedScenario(),
        nameof(PoliciesApi.PolicyDraftRequest) => new PoliciesApi.PolicyDraftRequest("Bupati Uji", "Bupati Uji", null, PolicyRules($"SE/{Guid.NewGuid():N}"[..20])),
        nameof(System.Text.Json.JsonElement) => PolicyRules($"SE/{Guid.NewGuid():N}"[..20]),
        nameof(PoliciesApi.TemplateRequest) => new PoliciesApi.TemplateRequest("kebumen-2020"),
        nameof(PoliciesApi.PublishRequest) => new PoliciesApi.PublishRequest(null),
        nameof(PoliciesApi.ExtendRequest) => new PoliciesApi.ExtendRequest(new DateOnly(2042, 1, 1)),
        nameof(PoliciesApi.AmendRequest) => new PoliciesApi.AmendRequest(new DateOnly(2041, 6, 1)),
        nameof(PoliciesApi.RevokeRequest) => new PoliciesApi.RevokeRequest(new DateOnly(2045, 1, 1), "Uji pencabutan"),
        nameof(PoliciesApi.ReminderRequest) => new PoliciesApi.ReminderRequest(null),
        nameof(ManualAttendanceInput) => new ManualAttendanceInput(w.Staff.Id, new DateOnly(2026, 1, 5), new TimeOnly(7, 30), new TimeOnly(16, 0), WorkMode.Office, "Ponsel rusak"),
        nameof(AssemblyInput) => new AssemblyInput(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2), new TimeOnly(7, 30), "Apel uji", null, "Halaman kantor", w.Agency.Id),
        nameof(AssemblyAttendInput) => new AssemblyAttendInput(Guid.NewGuid(), null),
        nameof(AssemblyManualInput) => new AssemblyManualInput(w.Staff.Id, "tidak ada sinyal"),
        nameof(VisitInput) => new VisitInput(w.Agency.Id, "Tamu Uji", "081234567890", w.Head.Id, null),
        nameof(VisitLeaveInput) => new VisitLeaveInput(),
        nameof(OfficeWorkInput) => new OfficeWorkInput(RosterMonday, "rapat koordinasi"),
        nameof(OfficeWorkApi.DecisionRequest) => new OfficeWorkApi.DecisionRequest(null),
        nameof(TravelRecapsApi.SignOffRequest) => new TravelRecapsApi.SignOffRequest("2040-01", "800/1/Uji"),
        nameof(TravelRecapsApi.ForwardRequest) => new TravelRecapsApi.ForwardRequest("2040-01"),
        nameof(TravelRequestInput) => PastTrip(),
        nameof(TravelPermitsApi.CommentRequest) => new TravelPermitsApi.CommentRequest("uji"),
        nameof(TravelPermitsApi.ReturnRequest) => new TravelPermitsApi.ReturnRequest(RosterMonday),
        nameof(UnapprovedTripInput) => UnapprovedTrip(w),
        nameof(AttendanceApi.CheckInRequest) => new AttendanceApi.CheckInRequest(Guid.NewGuid(), CheckDirection.In, WorkMode.Home, DateTime.UtcNow, null, null, null, null, null),
        nameof(Sikerja.Web.Features.Reports.ReportSettingsInput) => new Sikerja.Web.Features.Reports.ReportSettingsInput(1, new TimeOnly(10, 0), new TimeOnly(16, 0)),
        _ => ReportBodyFor(type) ?? TravelBodyFor(type) ?? throw new InvalidOperationException($"{op}: add a sample body of type {type.Name} to AuthorizationTests.BodyFor"),
    };

    /// <summary>A scenario of its own (no tenant's data): one unit, one employee, one day.</summary>
    private static System.Text.Json.JsonElement SimulatedScenario() => System.Text.Json.JsonDocument.Parse("""
        {
          "tenant": { "name": "Pemerintah Kabupaten Simulasi", "timeZone": "Asia/Jakarta" },
          "period": { "from": "2020-03-26", "to": "2020-03-26" },
          "units": [ { "id": "sim", "name": "Dinas Simulasi", "type": "Agency", "parent": null } ],
          "employees": [ { "id": "197603152001121003", "name": "Pegawai Simulasi", "unit": "sim", "employment": "Pns", "level": "Staff" } ],
          "policy": { "number": "1/2020", "title": "Simulasi", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum" }
        }
        """).RootElement.Clone();

    private static UnavailabilityInput LeaveFrom(DateOnly from) => new(from, from.AddDays(1), UnavailabilityCause.Leave, "cuti tahunan");

    /// <summary>A date no holiday of the test has, so that a holiday body is valid for tenant A's admin.</summary>
    private static DateOnly FreeDate() => new DateOnly(2041, 1, 1).AddDays(Random.Shared.Next(3000));

    [GeneratedRegex(@"/(?<segment>[a-z-]+)/\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
