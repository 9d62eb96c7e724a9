using Sikerja.Domain.Travel;

namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>The Indonesian words of the recap's groups and states, as the Kukar letter says them (purposes: Labels) (localized on the page).</summary>
public static class RecapLabels
{
    public static string Of(TravelCategory category) => category switch
    {
        TravelCategory.Structural => "Struktural",
        TravelCategory.FunctionalOrGeneral => "JFU/JFT",
        TravelCategory.NonAsn => "Non-ASN",
        _ => category.ToString(),
    };

    public static string Of(RecapStatus status) => status switch
    {
        RecapStatus.Draft => "Belum disampaikan",
        RecapStatus.SignedOff => "Ditandatangani, di Asisten",
        RecapStatus.Forwarded => "Diteruskan kepada Sekda",
        _ => status.ToString(),
    };

    /// <summary>How the trip was allowed: approved, or recorded by the supervisor after it had started.</summary>
    public static string Of(PermitStatus status) => status switch
    {
        PermitStatus.Approved => "Diizinkan",
        PermitStatus.Unapproved => "Tanpa izin (dicatat atasan)",
        PermitStatus.Pending => "Menunggu",
        PermitStatus.Rejected => "Ditolak",
        PermitStatus.Withdrawn => "Ditarik",
        _ => status.ToString(),
    };
}
