using Sikerja.Domain.People;

namespace Sikerja.Domain.Travel;

public static class TravelCategories
{
    /// <summary>Non-ASN first (whatever their post), then structural posts, then everyone else.</summary>
    public static TravelCategory Of(Employment employment, PositionLevel level) => employment switch
    {
        Employment.NonAsn => TravelCategory.NonAsn,
        _ when level is PositionLevel.Jpt or PositionLevel.Administrator or PositionLevel.Supervisor => TravelCategory.Structural,
        _ => TravelCategory.FunctionalOrGeneral,
    };
}
