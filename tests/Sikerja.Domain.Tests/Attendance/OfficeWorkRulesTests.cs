using Sikerja.Domain.Attendance;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Tests.Attendance;

public sealed class OfficeWorkRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly Guid Staff = Guid.NewGuid();
    private static readonly Guid Superior = Guid.NewGuid();

    [Fact]
    public void A_home_day_of_the_published_roster_may_be_asked_for_with_a_reason()
    {
        Assert.Empty(OfficeWorkRules.CheckAsk(Today.AddDays(1), Today, "rapat", WorkMode.Home, hasSupervisor: true, alreadyAsked: false));
    }

    [Theory]
    [InlineData(WorkMode.Office, "tanggal itu sudah dijadwalkan bekerja di kantor")]
    [InlineData(WorkMode.Off, "tanggal itu Anda tidak bertugas")]
    [InlineData(null, "belum ada jadwal piket terbit untuk tanggal itu")]
    public void Only_a_home_day_may_be_asked_for(WorkMode? scheduled, string message)
    {
        Assert.Equal(message, Assert.Single(OfficeWorkRules.CheckAsk(Today, Today, "rapat", scheduled, true, false)).Message);
    }

    [Fact]
    public void A_past_day_no_reason_no_superior_or_a_second_request_is_refused()
    {
        var problems = OfficeWorkRules.CheckAsk(Today.AddDays(-1), Today, "", WorkMode.Home, hasSupervisor: false, alreadyAsked: true).ToList();
        Assert.Equal(["reason", "date", "date", "date"], problems.Select(p => p.Where));
    }

    [Fact]
    public void Only_the_direct_superior_decides_and_only_once()
    {
        Assert.Null(OfficeWorkRules.CheckDecide(Staff, Superior, Superior, RequestStatus.Pending, null));
        Assert.Equal("permohonan sendiri tidak dapat diputuskan sendiri", OfficeWorkRules.CheckDecide(Staff, Staff, Staff, RequestStatus.Pending, null)?.Message);
        Assert.Equal("hanya atasan langsung pemohon yang dapat memutuskan", OfficeWorkRules.CheckDecide(Staff, Superior, Guid.NewGuid(), RequestStatus.Pending, null)?.Message);
        Assert.Equal("hanya atasan langsung pemohon yang dapat memutuskan", OfficeWorkRules.CheckDecide(Staff, Superior, null, RequestStatus.Pending, null)?.Message);
        Assert.Equal("permohonan ini sudah diputuskan", OfficeWorkRules.CheckDecide(Staff, Superior, Superior, RequestStatus.Approved, null)?.Message);
        Assert.Equal("note", OfficeWorkRules.CheckDecide(Staff, Superior, Superior, RequestStatus.Pending, new string('x', 401))?.Where);
    }
}
