namespace Sikerja.Domain.People;

public enum Employment
{
    Pns,
    Pppk,
    NonAsn,
}
