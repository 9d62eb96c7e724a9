using System.Net;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Editing;

/// <summary>
/// The edit pages of units and employees over HTTP, as a browser submits them: a refusal comes back as the form
/// with each problem beside its field and nothing changed; success redirects; a caller without the right gets
/// the denied page or nothing at all.
/// </summary>
public sealed class EditPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "ubah-data-2026";

    private sealed record World(TestTenant Tenant, OrgUnit Dinkes, OrgUnit P2p, OrgUnit Disdik, Employee Kadis, Employee Kabid, Employee Staf, Employee Guru, Employee Admin);

    private async Task<World> ArrangeAsync(Role adminRole, Func<World, OrgUnit>? agency = null)
    {
        var t = await web.NewTenantAsync();
        var dinkes = await t.UnitAsync($"{t.Code}.dinkes", OrgUnitType.Agency);
        var p2p = await t.UnitAsync($"{t.Code}.dinkes.p2p", OrgUnitType.Division, dinkes);
        var disdik = await t.UnitAsync($"{t.Code}.disdik", OrgUnitType.Agency);
        var kadis = await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Kadis Kesehatan");
        var kabid = await t.EmployeeAsync(p2p, PositionLevel.Administrator, head: true, name: "Kabid P2P");
        var staf = await t.EmployeeAsync(p2p, PositionLevel.Staff, name: "Staf Surveilans", priorityHome: true);
        var guru = await t.EmployeeAsync(disdik, PositionLevel.Functional, name: "Guru Kelas");
        var admin = await t.EmployeeAsync(dinkes, PositionLevel.Staff, name: "Admin Kepegawaian");
        var world = new World(t, dinkes, p2p, disdik, kadis, kabid, staf, guru, admin);
        await t.AccountAsync(admin, adminRole, agency?.Invoke(world), Password);
        return world;
    }

    private async Task<HttpClient> SignedInAsync(World w)
    {
        var client = web.Node.NewClient();
        using var signIn = await PageForms.SignInAsync(client, w.Admin.Nip, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    /// <summary>Where a redirect points, without host or query (the sign-in redirects are absolute, the pages' relative).</summary>
    private string RedirectPath(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new Uri(web.Node.BaseAddress, response.Headers.Location!).AbsolutePath;
    }

    private async Task<T> InTenantAsync<T>(World w, Func<Sikerja.Data.SikerjaDbContext, Task<T>> read)
    {
        await using var scope = web.Database.NewScope().InTenant(w.Tenant.Id);
        return await read(scope.Db);
    }

    [Fact]
    public async Task Adding_a_sub_unit_shows_each_refusal_beside_its_field_then_saves_and_redirects()
    {
        var w = await ArrangeAsync(Role.TenantAdmin);
        using var client = await SignedInAsync(w);
        var page = $"Organisation/Edit?parent={w.Dinkes.Id}";

        using var refused = await PageForms.SubmitAsync(client, page, new Dictionary<string, string>
        {
            ["code"] = "Bidang Baru", ["name"] = "", ["type"] = "Division", ["latitude"] = "abc", ["longitude"] = "115.2", ["radius"] = "3",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("kode unit 'Bidang Baru' hanya boleh huruf kecil", html, StringComparison.Ordinal);
        Assert.Contains("nama unit wajib diisi", html, StringComparison.Ordinal);
        Assert.Contains("Lintang harus berupa angka", html, StringComparison.Ordinal);
        Assert.Contains("radius harus antara 10 dan 5000 meter", html, StringComparison.Ordinal);
        Assert.Equal(3, await InTenantAsync(w, db => db.OrgUnits.CountAsync()));

        var code = $"{w.Tenant.Code}.dinkes.yankes";
        using var saved = await PageForms.SubmitAsync(client, page, new Dictionary<string, string>
        {
            ["code"] = code, ["name"] = "Bidang Pelayanan Kesehatan", ["type"] = "Division",
            ["latitude"] = "-8.6705", ["longitude"] = "115.2126", ["radius"] = "150",
        });
        var unit = await InTenantAsync(w, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == code));
        Assert.Equal($"/Organisation/{unit.Id}", RedirectPath(saved));
        Assert.Equal((w.Dinkes.Id, -8.6705, 115.2126, 150), (unit.ParentId, unit.OfficeLatitude, unit.OfficeLongitude, unit.OfficeRadiusMetres));
    }

    [Fact]
    public async Task Moving_under_a_sub_unit_and_closing_a_unit_with_people_are_refused_on_the_page()
    {
        var w = await ArrangeAsync(Role.TenantAdmin);
        using var client = await SignedInAsync(w);
        var page = $"Organisation/Edit/{w.Dinkes.Id}";

        using var move = await PageForms.SubmitAsync(client, page, new Dictionary<string, string> { ["newParent"] = w.P2p.Code }, "Move");
        Assert.Contains("tidak dapat dipindahkan ke bawah dirinya sendiri", await move.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var unconfirmed = await PageForms.SubmitAsync(client, $"Organisation/Edit/{w.P2p.Id}", new Dictionary<string, string>(), "Close");
        Assert.Contains("Centang konfirmasi", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var close = await PageForms.SubmitAsync(client, $"Organisation/Edit/{w.P2p.Id}", new Dictionary<string, string> { ["confirm"] = "true" }, "Close");
        Assert.Contains("unit masih memiliki 2 pegawai aktif", await close.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stored = await InTenantAsync(w, db => db.OrgUnits.AsNoTracking().Where(u => u.Id == w.Dinkes.Id || u.Id == w.P2p.Id).ToListAsync());
        Assert.All(stored, u => Assert.False(u.IsClosed));
        Assert.Null(stored.Single(u => u.Id == w.Dinkes.Id).ParentId);
    }

    [Fact]
    public async Task An_agency_admin_is_kept_out_of_another_agency_and_changes_nothing_there()
    {
        var w = await ArrangeAsync(Role.AgencyAdmin, x => x.Dinkes);
        using var client = await SignedInAsync(w);

        using var otherUnit = await client.GetAsync($"Organisation/Edit/{w.Disdik.Id}");
        Assert.Equal("/Accounts/Denied", RedirectPath(otherUnit));
        using var topLevel = await client.GetAsync("Organisation/Edit");
        Assert.Equal("/Accounts/Denied", RedirectPath(topLevel));
        using var otherPerson = await client.GetAsync($"People/Edit/{w.Guru.Id}");
        Assert.Equal(HttpStatusCode.NotFound, otherPerson.StatusCode);

        // A form rendered for the admin's own unit, sent to another agency's unit.
        using var forged = await PageForms.PostFormAsync(client, $"Organisation/Edit/{w.P2p.Id}", $"Organisation/Edit/{w.Disdik.Id}", new Dictionary<string, string>
        {
            ["code"] = w.Disdik.Code, ["name"] = "Diambil alih", ["type"] = "Agency",
        });
        Assert.Equal("/Accounts/Denied", RedirectPath(forged));
        Assert.Equal($"Unit {w.Disdik.Code}", await InTenantAsync(w, db => db.OrgUnits.Where(u => u.Id == w.Disdik.Id).Select(u => u.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_employee_form_names_unit_by_code_and_superior_by_nip_and_shows_the_default_superior()
    {
        var w = await ArrangeAsync(Role.AgencyAdmin, x => x.Dinkes);
        using var client = await SignedInAsync(w);
        var page = $"People/Edit/{w.Staf.Id}";
        var form = await client.GetStringAsync(page);
        Assert.Contains($"Kabid P2P ({w.Kabid.Nip})", form, StringComparison.Ordinal);
        Assert.Contains("name=\"priorityHome\"", form, StringComparison.Ordinal);

        Dictionary<string, string> Fields(string unitCode, string supervisor) => new()
        {
            ["nip"] = w.Staf.Nip, ["name"] = "Staf Surveilans", ["employment"] = "Pns", ["level"] = "Staff",
            ["unitCode"] = unitCode, ["supervisor"] = supervisor, ["priorityHome"] = "true", ["priorityHomeReason"] = "komorbid", ["isActive"] = "true",
        };
        using var outside = await PageForms.SubmitAsync(client, page, Fields(w.Disdik.Code, ""));
        Assert.Contains($"Tidak ada unit berkode &#x27;{w.Disdik.Code}&#x27; yang dapat Anda ubah.", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var saved = await PageForms.SubmitAsync(client, page, Fields(w.Dinkes.Code, w.Kadis.Nip));
        Assert.Equal($"/People/Detail/{w.Staf.Id}", RedirectPath(saved));
        var stored = await InTenantAsync(w, db => db.Employees.AsNoTracking().SingleAsync(e => e.Id == w.Staf.Id));
        Assert.Equal((w.Dinkes.Id, w.Kadis.Id, w.Kadis.Id, true, "komorbid"),
            (stored.UnitId, stored.SupervisorOverride, stored.SupervisorId, stored.PriorityHome, stored.PriorityHomeReason));
    }
}
