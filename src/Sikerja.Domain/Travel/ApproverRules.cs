namespace Sikerja.Domain.Travel;

/// <summary>
/// Who decides the current step of a pending permit: the requester's direct superior, the head of the requester's
/// agency, the head of the Secretariat (Sekda), or for the head of the region any leadership account; the holders
/// are read when deciding, so a new head decides what the old one left. Never the requester.
/// </summary>
public static class ApproverRules
{
    /// <param name="decider">The employee of the deciding account; null for an account without one.</param>
    /// <param name="holderOf">The employee who holds a person step for the requester now.</param>
    public static Problem? CheckDecider(ApprovalStep step, Guid requester, Guid? decider, bool deciderIsLeadership, Func<ApprovalStep, Guid?> holderOf)
    {
        if (decider == requester)
        {
            return new Problem("status", "izin bepergian sendiri tidak dapat diputuskan sendiri");
        }
        var allowed = step == ApprovalStep.RegionHead ? deciderIsLeadership : decider is { } d && holderOf(step) == d;
        return allowed ? null : new Problem("status", step switch
        {
            ApprovalStep.DirectSuperior => "langkah ini diputuskan atasan langsung pemohon",
            ApprovalStep.AgencyHead => "langkah ini diputuskan kepala perangkat daerah pemohon",
            ApprovalStep.Sekda => "langkah ini diputuskan Sekretaris Daerah",
            _ => "langkah ini diputuskan pimpinan daerah",
        });
    }
}
