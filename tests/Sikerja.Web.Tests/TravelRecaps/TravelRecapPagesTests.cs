using System.Net;
using Sikerja.Integration.Tests.TravelRecaps;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.TravelRecaps;

/// <summary>The recap pages over HTTP: the head signs on the page, the A4 letter, the workbook, the routes page.</summary>
public sealed class TravelRecapPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private static readonly string Month = RecapWorld.PastMonth.ToString();

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = web.Node.NewClient();
        using var signIn = await PageForms.SignInAsync(client, userName, RecapWorld.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    [Fact]
    public async Task The_head_signs_on_the_page_and_the_printed_letter_has_the_number_and_the_signature_block()
    {
        var w = await RecapWorld.CreateAsync(web.Database);
        await w.UsualPermitsAsync(web.Database, RecapWorld.PastMonth);
        var page = $"TravelRecaps?agency={w.Dinkes.Id}&month={Month}";

        using (var admin = await SignedInAsync(w.AdminStaff.Nip))
        {
            var html = await admin.GetStringAsync(page);
            Assert.Contains(w.Staff.Name, html);
            Assert.DoesNotContain("Tandatangani dan kirim", html);
        }

        using var head = await SignedInAsync(w.Kadis.Nip);
        Assert.Contains("Tandatangani dan kirim", await head.GetStringAsync(page));
        using (var empty = await PageForms.SubmitAsync(head, page, new Dictionary<string, string>
               { ["agency"] = w.Dinkes.Id.ToString(), ["month"] = Month, ["number"] = "" }, "SignOff"))
        {
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            Assert.Contains("nomor surat wajib diisi", await empty.Content.ReadAsStringAsync());
        }
        using (var signed = await PageForms.SubmitAsync(head, page, new Dictionary<string, string>
               { ["agency"] = w.Dinkes.Id.ToString(), ["month"] = Month, ["number"] = "094/517/Dinkes" }, "SignOff"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        }
        var after = await head.GetStringAsync(page);
        Assert.Contains("094/517/Dinkes", after);
        Assert.DoesNotContain("Tandatangani dan kirim", after);

        var letter = await head.GetStringAsync($"TravelRecaps/Print?agency={w.Dinkes.Id}&month={Month}");
        Assert.Contains("<td id=\"letter-number\">094/517/Dinkes</td>", letter);
        Assert.Contains("PEMERINTAH KABUPATEN UJI", letter);
        Assert.Contains("Yth. Sekretaris Daerah Kabupaten Uji", letter);
        Assert.Contains("melalui Asisten Pemerintahan dan Kesejahteraan Rakyat (Akhmad Asisten)", letter);
        Assert.Contains("@page { size: A4", await head.GetStringAsync("css/recap-print.css"));
        var signature = letter[letter.IndexOf("id=\"signature\"", StringComparison.Ordinal)..];
        Assert.Contains("Kepala Dinas Kesehatan", signature);
        Assert.Contains($"<p class=\"name\">{w.Kadis.Name}</p>", signature);
        Assert.Contains($"NIP. {w.Kadis.Nip}", signature);
        Assert.Contains("Ditandatangani secara elektronik", signature);

        using var file = await head.GetAsync($"TravelRecaps?handler=Xlsx&agency={w.Dinkes.Id}&month={Month}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(SpreadsheetWriter.XlsxContentType, file.Content.Headers.ContentType?.MediaType);

        using var staff = await SignedInAsync(w.Staff.Nip);
        using var refused = await staff.GetAsync($"TravelRecaps/Print?agency={w.Dinkes.Id}&month={Month}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task A_tenant_admin_sets_an_agencys_Asisten_on_the_routes_page()
    {
        var w = await RecapWorld.CreateAsync(web.Database);
        using var admin = await SignedInAsync(w.TenantAdmin.Nip);
        Assert.Contains(w.Asisten.Name, await admin.GetStringAsync("TravelRecaps/Routes"));
        using (var saved = await PageForms.SubmitAsync(admin, "TravelRecaps/Routes", new Dictionary<string, string>
               { ["agency"] = w.Disdik.Id.ToString(), ["asisten"] = w.Asisten.Id.ToString() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        using var head = await SignedInAsync(w.KepalaDisdik.Nip);
        var html = await head.GetStringAsync($"TravelRecaps?agency={w.Disdik.Id}&month={Month}");
        Assert.DoesNotContain("belum ada Asisten", html);
        Assert.Contains("Tandatangani dan kirim", html);

        using var kadis = await SignedInAsync(w.Kadis.Nip);
        using var denied = await kadis.GetAsync("TravelRecaps/Routes");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }
}
