namespace Sikerja.Domain.Reports;

public enum TargetStatus
{
    Proposed,
    Agreed,
    Returned,
}
