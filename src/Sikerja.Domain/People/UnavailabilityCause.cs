namespace Sikerja.Domain.People;

public enum UnavailabilityCause
{
    Sick,
    Quarantine,
    Leave,
}
