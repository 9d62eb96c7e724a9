namespace Sikerja.Domain.People;

public enum PositionLevel
{
    Jpt,
    Administrator,
    Supervisor,
    Staff,
    Functional,
}
