using Microsoft.Playwright;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Web.Tests.Browser.Pages;

namespace Sikerja.Web.Tests.Browser;

/// <summary>People using the pages in Chromium on a phone-sized screen.</summary>
public sealed class OrganisationBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private const string Password = "peramban-2026";

    [Fact]
    public async Task A_tenant_admin_browses_the_tree_with_head_counts_and_finds_people()
    {
        var t = await web.NewTenantAsync();
        var dinkes = await t.UnitAsync("dinkes", OrgUnitType.Agency);
        var p2p = await t.UnitAsync("dinkes.p2p", OrgUnitType.Division, dinkes);
        await t.EmployeeAsync(dinkes, PositionLevel.Jpt, head: true, name: "Dr. Bambang Sutrisno");
        await t.EmployeeAsync(p2p, PositionLevel.Administrator, head: true, name: "Ratna Dewi");
        await t.EmployeeAsync(p2p, PositionLevel.Staff, name: "Agus Salim");
        var admin = await t.EmployeeAsync(dinkes, PositionLevel.Staff, name: "Admin Kepegawaian");
        await t.AccountAsync(admin, Role.TenantAdmin, password: Password);

        var page = await web.NewPhonePageAsync();
        await new SignInPage(page).SignInAsync(admin.Nip, Password);
        var tree = new OrganisationPage(page);
        await tree.OpenAsync();
        Assert.Equal(4, await tree.HeadCountAsync("Unit dinkes"));
        await tree.EnterAsync("Unit dinkes");
        Assert.Equal(2, await tree.HeadCountAsync("Unit dinkes.p2p"));
        Assert.Contains("Ratna Dewi", await tree.Row("Unit dinkes.p2p").InnerTextAsync(), StringComparison.Ordinal);

        var people = new PeoplePage(page);
        await people.SearchAsync("agus");
        Assert.Equal(["Agus Salim"], await people.ResultNames.AllInnerTextsAsync());
    }

    [Fact]
    public async Task An_employee_sees_their_own_profile_and_chain_but_not_the_organisation()
    {
        var t = await web.NewTenantAsync();
        var dinas = await t.UnitAsync("disdik", OrgUnitType.Agency);
        var sekolah = await t.UnitAsync("disdik.sd1", OrgUnitType.School, dinas);
        await t.EmployeeAsync(dinas, PositionLevel.Jpt, head: true, name: "Hj. Sri Wahyuni");
        await t.EmployeeAsync(sekolah, PositionLevel.Supervisor, head: true, name: "Made Wirawan");
        var guru = await t.EmployeeAsync(sekolah, PositionLevel.Functional, name: "Yohana Lestari", priorityHome: true);
        await t.EmployeeAsync(sekolah, PositionLevel.Functional, name: "Rekan Guru Lain");
        await t.AccountAsync(guru, password: Password);

        var page = await web.NewPhonePageAsync();
        await new SignInPage(page).SignInAsync(guru.Nip, Password);
        Assert.Contains("Yohana Lestari", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Organisasi" }).CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Lihat profil lengkap dan rantai pelaporan" }).ClickAsync();
        var chain = await page.Locator("ol.chain li").AllInnerTextsAsync();
        Assert.Equal(2, chain.Count);
        Assert.StartsWith("Made Wirawan", chain[0], StringComparison.Ordinal);
        Assert.StartsWith("Hj. Sri Wahyuni", chain[1], StringComparison.Ordinal);
        Assert.Contains("komorbid", await page.ContentAsync(), StringComparison.Ordinal);

        var people = new PeoplePage(page);
        await people.SearchAsync("");
        Assert.Equal(["Yohana Lestari"], await people.ResultNames.AllInnerTextsAsync());

        await page.GotoAsync("/Organisation");
        Assert.Contains("/Accounts/Denied", page.Url, StringComparison.Ordinal);
    }
}
