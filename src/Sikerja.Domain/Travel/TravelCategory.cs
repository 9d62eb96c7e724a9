namespace Sikerja.Domain.Travel;

/// <summary>The groups the monthly travel recap counts separately (Kukar).</summary>
public enum TravelCategory
{
    /// <summary>Pejabat struktural: the Jpt, Administrator and Supervisor levels.</summary>
    Structural,

    /// <summary>Functional and general ASN staff.</summary>
    FunctionalOrGeneral,

    NonAsn,
}
