namespace Sikerja.Domain.Travel;

/// <summary>Who decides at one step of a travel approval chain.</summary>
public enum ApprovalStep
{
    /// <summary>The employee's direct superior (atasan langsung).</summary>
    DirectSuperior,

    /// <summary>The head of the employee's agency (Kepala Perangkat Daerah).</summary>
    AgencyHead,

    /// <summary>The head of the Secretariat (Sekda).</summary>
    Sekda,

    /// <summary>The head of the region (Bupati / Wali Kota / Gubernur), acting through a leadership account.</summary>
    RegionHead,
}
