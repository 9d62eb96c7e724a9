using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;

namespace Sikerja.Domain.Tests.Policies;

/// <summary>Circulars for the lifecycle tests: Kebumen-like rules, dates given per test.</summary>
internal static class PolicySamples
{
    public static readonly Guid Tenant = Guid.CreateVersion7();
    public static readonly DateTime Now = new(2020, 3, 20, 2, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly Today = new(2020, 3, 20);
    public static readonly IReadOnlySet<string> Units = new HashSet<string> { "setda", "bpbd", "dinkes", "dinkes.labkesda" };

    public static PolicyRules Rules(string number, DateOnly from, DateOnly? until) => new(
        number,
        "Penyesuaian Sistem Kerja ASN dalam Upaya Pencegahan Penyebaran Covid-19",
        from,
        until,
        [Employment.Pns, Employment.Pppk],
        [OrgUnitType.Hospital, OrgUnitType.HealthCenter],
        ["bpbd", "dinkes.labkesda"],
        [Shift.FullDay],
        [new Selector(Titles: ["Sekda", "Asisten"])],
        [new MinimumRule(OrgUnitType.Agency, new Selector(Levels: [PositionLevel.Administrator]), 2)],
        null,
        Staffing.Minimum);

    public static Policy Draft(string number, DateOnly from, DateOnly? until)
    {
        var policy = new Policy
        {
            TenantId = Tenant,
            SignerName = "Yazid Mahfudz",
            SignerPost = "Bupati Kebumen",
            IssuedOn = from.AddDays(-1),
            Status = PolicyStatus.Draft,
            CreatedAt = Now,
        };
        policy.SeriesId = policy.Id;
        policy.SetRules(Rules(number, from, until));
        return policy;
    }

    public static Policy Published(string number, DateOnly from, DateOnly? until)
    {
        var policy = Draft(number, from, until);
        Assert.Empty(PolicyLifecycle.Publish(policy, [], [], Units, new DateOnly(2000, 1, 1), Now, null));
        return policy;
    }

    public static DateOnly D(int month, int day) => new(2020, month, day);
}
