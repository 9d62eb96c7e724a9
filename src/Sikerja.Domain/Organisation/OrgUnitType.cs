namespace Sikerja.Domain.Organisation;

/// <summary>The kinds of unit in a regional government (see GLOSSARY.md).</summary>
public enum OrgUnitType
{
    Secretariat,
    Agency,
    Division,
    Section,
    TechnicalUnit,
    District,
    Village,
    HealthCenter,
    Hospital,
    School,
}
