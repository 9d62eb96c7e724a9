using Sikerja.Data.Rosters;
using Sikerja.Domain.Access;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Reports;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Tenants;
using Sikerja.Domain.Travel;

namespace Sikerja.Web.Features.Shared;

/// <summary>
/// The Indonesian words for the domain's enums, as people in a Pemda say them. Pages pass them through the
/// localizer (<c>T[Labels.Of(x)]</c>) for the English.
/// </summary>
public static class Labels
{
    public static string Of(OrgUnitType type) => type switch
    {
        OrgUnitType.Secretariat => "Sekretariat",
        OrgUnitType.Agency => "Dinas/Badan",
        OrgUnitType.Division => "Bagian/Bidang",
        OrgUnitType.Section => "Seksi/Subbagian",
        OrgUnitType.TechnicalUnit => "UPT",
        OrgUnitType.District => "Kecamatan",
        OrgUnitType.Village => "Kelurahan",
        OrgUnitType.HealthCenter => "Puskesmas",
        OrgUnitType.Hospital => "Rumah Sakit",
        OrgUnitType.School => "Sekolah",
        _ => type.ToString(),
    };

    public static string Of(PositionLevel level) => level switch
    {
        PositionLevel.Jpt => "JPT Pratama",
        PositionLevel.Administrator => "Administrator",
        PositionLevel.Supervisor => "Pengawas",
        PositionLevel.Staff => "Pelaksana",
        PositionLevel.Functional => "Fungsional",
        _ => level.ToString(),
    };

    public static string Of(Employment employment) => employment switch
    {
        Employment.Pns => "PNS",
        Employment.Pppk => "PPPK",
        Employment.NonAsn => "Non-ASN",
        _ => employment.ToString(),
    };

    public static string Of(Role role) => role switch
    {
        Role.AgencyAdmin => "Admin OPD",
        Role.TenantAdmin => "Admin Pemda",
        Role.Leadership => "Pimpinan",
        Role.HealthOfficer => "Petugas kesehatan",
        Role.SystemAdmin => "Admin sistem",
        _ => role.ToString(),
    };

    public static string Of(HolidayKind kind) => kind switch
    {
        HolidayKind.National => "Libur nasional",
        HolidayKind.CollectiveLeave => "Cuti bersama",
        HolidayKind.Regional => "Libur daerah",
        _ => kind.ToString(),
    };

    public static string Of(TenantKind kind) => kind switch
    {
        TenantKind.Regency => "Kabupaten",
        TenantKind.City => "Kota",
        TenantKind.Province => "Provinsi",
        _ => kind.ToString(),
    };

    public static string Of(HolidayChange change) => change switch
    {
        HolidayChange.Add => "Baru",
        HolidayChange.Update => "Diperbarui",
        HolidayChange.Unchanged => "Tidak berubah",
        _ => change.ToString(),
    };

    public static string Of(PolicyState state) => state switch
    {
        PolicyState.Draft => "Rancangan",
        PolicyState.Scheduled => "Terjadwal",
        PolicyState.InForce => "Berlaku",
        PolicyState.Expired => "Berakhir",
        PolicyState.Superseded => "Diganti",
        PolicyState.Revoked => "Dicabut",
        _ => state.ToString(),
    };

    public static string Of(Staffing staffing) => staffing switch
    {
        Staffing.Minimum => "Minimal (hanya yang diwajibkan)",
        Staffing.Capacity => "Sampai batas kehadiran (bergiliran)",
        _ => staffing.ToString(),
    };

    public static string Of(ReportingScope scope) => scope switch
    {
        ReportingScope.HomeWorkers => "Pegawai yang bekerja dari rumah",
        ReportingScope.Everyone => "Semua pegawai yang bertugas, di rumah maupun di kantor",
        ReportingScope.Nobody => "Tidak seorang pun",
        _ => scope.ToString(),
    };

    public static string Of(WorkMode mode) => mode switch
    {
        WorkMode.Office => "Di kantor (WFO)",
        WorkMode.Home => "Di rumah (WFH)",
        WorkMode.Off => "Tidak bertugas",
        _ => mode.ToString(),
    };

    public static string Of(AssignmentReason reason) => reason switch
    {
        AssignmentReason.Unavailable => "Berhalangan (sakit, karantina atau cuti)",
        AssignmentReason.NoPolicy => "Di luar masa berlaku surat edaran",
        AssignmentReason.OutOfScope => "Status kepegawaian tidak diatur surat edaran",
        AssignmentReason.ExemptUnit => "Unit dikecualikan",
        AssignmentReason.AlwaysOnSite => "Wajib selalu di kantor",
        AssignmentReason.Minimum => "Piket minimum",
        AssignmentReason.Capacity => "Mengisi kapasitas kantor",
        AssignmentReason.PriorityHome => "Prioritas bekerja di rumah",
        AssignmentReason.Home => "Bekerja di rumah",
        _ => reason.ToString(),
    };

    public static string Of(RosterStatus status) => status switch
    {
        RosterStatus.Draft => "Draf",
        RosterStatus.Published => "Terbit",
        _ => status.ToString(),
    };

    public static string Of(UnavailabilityCause cause) => cause switch
    {
        UnavailabilityCause.Sick => "Sakit",
        UnavailabilityCause.Quarantine => "Karantina",
        UnavailabilityCause.Leave => "Cuti",
        _ => cause.ToString(),
    };

    public static string Of(ChangeCause cause) => cause switch
    {
        ChangeCause.Unavailable => "Berhalangan",
        ChangeCause.AvailableAgain => "Tersedia lagi",
        ChangeCause.NeededAtOffice => "Dibutuhkan di kantor",
        ChangeCause.NotNeededAtOffice => "Tidak lagi dibutuhkan di kantor",
        ChangeCause.ShiftChanged => "Pindah shift",
        ChangeCause.ReasonChanged => "Aturan lain berlaku",
        _ => cause.ToString(),
    };

    public static string Of(DailyStatus status) => status switch
    {
        DailyStatus.PresentAtOffice => "Hadir di kantor",
        DailyStatus.PresentAtHome => "Hadir dari rumah",
        DailyStatus.Late => "Terlambat",
        DailyStatus.Absent => "Tidak hadir",
        DailyStatus.OnLeave => "Cuti",
        DailyStatus.Sick => "Sakit",
        DailyStatus.OfficialTravel => "Dinas luar",
        DailyStatus.Off => "Libur/tidak bertugas",
        DailyStatus.NotYetCheckedIn => "Belum presensi",
        _ => status.ToString(),
    };

    public static string Of(AttendanceFlags flag) => flag switch
    {
        AttendanceFlags.NotScheduled => "Tidak sesuai jadwal",
        AttendanceFlags.ClockGap => "Jam ponsel berselisih",
        AttendanceFlags.PoorAccuracy => "Akurasi lokasi rendah",
        AttendanceFlags.ImpossibleJump => "Lompatan lokasi mustahil",
        AttendanceFlags.RepeatedLocation => "Lokasi sama persis dengan hari lain",
        AttendanceFlags.OutsideHomeArea => "Di luar area rumah",
        AttendanceFlags.NoCheckOut => "Tanpa check-out",
        _ => flag.ToString(),
    };

    public static string Of(TravelPurpose purpose) => purpose switch
    {
        TravelPurpose.Official => "Dinas",
        TravelPurpose.Family => "Keluarga",
        TravelPurpose.Personal => "Pribadi",
        _ => purpose.ToString(),
    };

    public static string Of(PermitStatus status) => status switch
    {
        PermitStatus.Pending => "Menunggu keputusan",
        PermitStatus.Approved => "Disetujui",
        PermitStatus.Rejected => "Ditolak",
        PermitStatus.Withdrawn => "Ditarik",
        PermitStatus.Unapproved => "Tanpa izin",
        _ => status.ToString(),
    };

    public static string Of(ApprovalStep step) => step switch
    {
        ApprovalStep.DirectSuperior => "Atasan langsung",
        ApprovalStep.AgencyHead => "Kepala perangkat daerah",
        ApprovalStep.Sekda => "Sekretaris Daerah",
        ApprovalStep.RegionHead => "Kepala daerah",
        _ => step.ToString(),
    };

    public static string Of(TravelCategory category) => category switch
    {
        TravelCategory.Structural => "Struktural",
        TravelCategory.FunctionalOrGeneral => "Fungsional dan pelaksana",
        TravelCategory.NonAsn => "Non-ASN",
        _ => category.ToString(),
    };

    public static string Of(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "Draf",
        ReportStatus.Submitted => "Menunggu tinjauan",
        ReportStatus.Returned => "Dikembalikan",
        ReportStatus.Approved => "Disetujui",
        _ => status.ToString(),
    };

    public static string Of(TargetStatus status) => status switch
    {
        TargetStatus.Proposed => "Diajukan",
        TargetStatus.Agreed => "Disetujui",
        TargetStatus.Returned => "Dikembalikan",
        _ => status.ToString(),
    };
}
