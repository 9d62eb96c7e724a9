using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Policies;

/// <summary>
/// A circular through the pages, as browsers submit them: a tenant admin starts a draft from the Kebumen template,
/// completes it in the form (a refusal shows each problem and saves nothing), attaches the signed PDF and publishes;
/// an employee it covers finds it on the home page, reads it in words and acknowledges it; the admin sees the count.
/// </summary>
public sealed partial class PolicyPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "surat-edaran-2026";
    private static readonly byte[] Pdf = [.. "%PDF-1.4\n% SE Bupati\n"u8, .. new byte[512]];

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = web.Node.NewClient();
        using var signIn = await PageForms.SignInAsync(client, userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private string RedirectPath(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new Uri(web.Node.BaseAddress, response.Headers.Location!).AbsolutePath;
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static async Task<string> PageAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TextAsync(response);
    }

    /// <summary>The draft form as the Kebumen circular fills it, with the signer and date of issue added.</summary>
    private static List<KeyValuePair<string, string>> KebumenForm(DateOnly from, string exemptUnits, string count, string shiftEnd) =>
    [
        new("number", "060/1160/2026"),
        new("title", "Penyesuaian Sistem Kerja ASN dalam Upaya Pencegahan Penyebaran Covid-19"),
        new("signerName", "Yazid Mahfudz"),
        new("signerPost", "Bupati Kebumen"),
        new("issuedOn", from.AddDays(-1).ToString("yyyy-MM-dd")),
        new("effectiveFrom", from.ToString("yyyy-MM-dd")),
        new("effectiveUntil", from.AddDays(2).ToString("yyyy-MM-dd")),
        new("appliesTo", "Pns"),
        new("appliesTo", "Pppk"),
        new("exemptUnitTypes", "Hospital"),
        new("exemptUnitTypes", "HealthCenter"),
        new("exemptUnits", exemptUnits),
        new("shifts[0].code", "FULL"),
        new("shifts[0].start", "07:30"),
        new("shifts[0].end", shiftEnd),
        new("shifts[1].code", ""),
        new("alwaysOnSite[0].titles", "Sekda, Asisten, Kepala Dinas"),
        new("alwaysOnSite[1].titles", ""),
        new("minimumOnSite[0].per", "Agency"),
        new("minimumOnSite[0].levels", "Administrator"),
        new("minimumOnSite[0].count", count),
        new("minimumOnSite[1].per", "Section"),
        new("minimumOnSite[1].count", ""),
        new("minimumOnSite[2].per", "Section"),
        new("minimumOnSite[2].levels", "Staff"),
        new("minimumOnSite[2].count", "1"),
        new("capPercent", ""),
        new("staffing", "Minimum"),
        new("reporting", "Everyone"),
        new("officialInRegionNeedsPermit", "true"),
    ];

    [Fact]
    public async Task A_template_becomes_a_published_circular_that_covered_employees_read_and_acknowledge()
    {
        var t = await web.NewTenantAsync();
        var bpbd = await t.UnitAsync("bpbd", OrgUnitType.Agency);
        var bkpsdm = await t.UnitAsync("bkpsdm", OrgUnitType.Agency);
        var admin = await t.EmployeeAsync(bkpsdm, PositionLevel.Staff, name: "Admin Kepegawaian");
        var staff = await t.EmployeeAsync(bpbd, PositionLevel.Staff, name: "Staf BPBD");
        var contract = await t.EmployeeAsync(bpbd, PositionLevel.Staff, name: "Honorer BPBD", employment: Employment.NonAsn);
        await t.AccountAsync(admin, Role.TenantAdmin, password: Password);
        await t.AccountAsync(staff, password: Password);
        await t.AccountAsync(contract, password: Password);
        using var adminClient = await SignedInAsync(admin.Nip);
        using var staffClient = await SignedInAsync(staff.Nip);
        using var contractClient = await SignedInAsync(contract.Nip);

        // The template: a draft from tomorrow, the Kebumen units this tenant lacks dropped and named.
        Assert.Contains("Kabupaten Kebumen", await PageAsync(adminClient, "Policies/Templates"), StringComparison.Ordinal);
        using var started = await PageForms.SubmitAsync(adminClient, "Policies/Templates?key=kebumen-2020", []);
        var edit = RedirectPath(started);
        Assert.Matches("^/Policies/Edit/[0-9a-f-]{36}$", edit);
        var id = Guid.Parse(edit[^36..]);
        var form = await PageAsync(adminClient, edit.TrimStart('/'));
        Assert.Contains("dinkes.upt-paru, dinkes.labkesda, disperkimlh, satpolpp", form, StringComparison.Ordinal);
        Assert.Contains("placeholder=\"bpbd, satpolpp\">bpbd</textarea>", form, StringComparison.Ordinal);
        Assert.Contains("name=\"outOfRegionNeedsPermit\" value=\"true\" checked=\"checked\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"HomeWorkers\" selected=\"selected\">", form, StringComparison.Ordinal);

        // A refused form: each problem beside its field, nothing saved.
        var from = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(1);
        using (var refused = await PageForms.SubmitAsync(adminClient, edit.TrimStart('/'), KebumenForm(from, "bpbd, damkar", "0", "07:00")))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var html = await TextAsync(refused);
            Assert.Contains("tidak ada unit dengan kode 'damkar'", html, StringComparison.Ordinal);
            Assert.Contains("jumlah minimal harus 1 sampai 1000, bukan 0", html, StringComparison.Ordinal);
            Assert.Contains("shift FULL harus berakhir setelah mulai", html, StringComparison.Ordinal);
        }
        await using (var scope = web.Database.NewScope().InTenant(t.Id))
        {
            Assert.Null((await scope.Db.Policies.SingleAsync(p => p.Id == id)).IssuedOn);
        }

        using (var saved = await PageForms.SubmitAsync(adminClient, edit.TrimStart('/'), KebumenForm(from, "bpbd", "2", "16:00")))
        {
            Assert.Equal($"/Policies/Detail/{id}", RedirectPath(saved));
        }
        var detail = await PageAsync(adminClient, $"Policies/Detail/{id}");
        Assert.Contains("Minimal 2 Administrator per Dinas/Badan hadir di kantor", detail, StringComparison.Ordinal);
        Assert.Contains("Minimal 1 Pelaksana per Seksi/Subbagian", detail, StringComparison.Ordinal);
        Assert.Contains("Sekda, Asisten dan Kepala Dinas selalu bekerja di kantor.", detail, StringComparison.Ordinal);
        Assert.Contains("Unit bpbd (bpbd)", detail, StringComparison.Ordinal);
        Assert.Contains("<dd>Semua pegawai yang bertugas, di rumah maupun di kantor</dd>", detail, StringComparison.Ordinal);
        Assert.Contains("<dt>Ke luar daerah</dt><dd>Tidak perlu izin</dd>", detail, StringComparison.Ordinal);
        Assert.Contains("<dt>Perjalanan dinas di dalam daerah</dt><dd>Harus dengan izin</dd>", detail, StringComparison.Ordinal);

        // The signed document, uploaded as a browser does.
        using (var upload = new MultipartFormDataContent
        {
            { new StringContent(await PageForms.TokenAsync(adminClient, $"Policies/Detail/{id}")), "__RequestVerificationToken" },
            { new ByteArrayContent(Pdf), "file", "SE-060-1160.pdf" },
        })
        using (var uploaded = await adminClient.PostAsync($"Policies/Detail/{id}?handler=Upload", upload))
        {
            Assert.Equal($"/Policies/Detail/{id}", RedirectPath(uploaded));
        }

        // Publishing: the confirmation names the recipients (the PNS, not the non-ASN), then the circular is in force.
        Assert.Contains("Terbitkan dan kirim ke 2 pegawai", await PageAsync(adminClient, $"Policies/Publish/{id}"), StringComparison.Ordinal);
        using (var published = await PageForms.SubmitAsync(adminClient, $"Policies/Publish/{id}", []))
        {
            Assert.Equal($"/Policies/Detail/{id}", RedirectPath(published));
        }
        await using (var scope = web.Database.NewScope().InTenant(t.Id))
        {
            Assert.Equal(PolicyStatus.Published, (await scope.Db.Policies.SingleAsync(p => p.Id == id)).Status);
        }

        // The employee: told on the home page, reads it in words, downloads the document, acknowledges once.
        Assert.Contains("Surat edaran yang belum Anda baca", await PageAsync(staffClient, ""), StringComparison.Ordinal);
        using (var list = await staffClient.GetAsync("Policies"))
        {
            Assert.Equal("/Policies/Mine", RedirectPath(list));
        }
        Assert.Contains("060/1160/2026", await PageAsync(staffClient, "Policies/Mine"), StringComparison.Ordinal);
        var asEmployee = await PageAsync(staffClient, $"Policies/Detail/{id}");
        Assert.Contains("Minimal 2 Administrator per Dinas/Badan", asEmployee, StringComparison.Ordinal);
        Assert.DoesNotContain("Tanda baca per perangkat daerah", asEmployee, StringComparison.Ordinal);
        using (var document = await staffClient.GetAsync($"Policies/Detail/{id}?handler=Document"))
        {
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Pdf, await document.Content.ReadAsByteArrayAsync());
        }
        using (var acknowledged = await PageForms.SubmitAsync(staffClient, $"Policies/Detail/{id}", [], "Acknowledge"))
        {
            Assert.Equal($"/Policies/Detail/{id}", RedirectPath(acknowledged));
        }
        Assert.Contains("Anda menyatakan sudah membaca surat edaran ini pada", await PageAsync(staffClient, $"Policies/Detail/{id}"), StringComparison.Ordinal);
        Assert.DoesNotContain("Surat edaran yang belum Anda baca", await PageAsync(staffClient, ""), StringComparison.Ordinal);

        // Not covered, not shown; not an admin, no form.
        using (var hidden = await contractClient.GetAsync($"Policies/Detail/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }
        using (var denied = await staffClient.GetAsync("Policies/Edit"))
        {
            Assert.Equal("/Accounts/Denied", RedirectPath(denied));
        }

        // The admin sees how far each agency has read it.
        var counts = await PageAsync(adminClient, $"Policies/Detail/{id}");
        Assert.Contains("1 dari 2 penerima sudah membaca (50%)", counts, StringComparison.Ordinal);
        Assert.Matches(new Regex("Unit bkpsdm</td>\\s*<td class=\"num\">1</td>\\s*<td class=\"num\">0</td>"), counts);
    }
}
