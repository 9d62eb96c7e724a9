using Sikerja.Domain.Rosters;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// A scenario made from a tenant's stored organisation, with the way back from its ids (unit codes, NIPs) to the
/// stored rows.
/// </summary>
public sealed class StoredScenario(Scenario scenario, IReadOnlyDictionary<string, Guid> unitIds, IReadOnlyDictionary<string, Guid> employeeIds)
{
    private Dictionary<Guid, string>? _nips;
    private Dictionary<string, string>? _agencyOf;

    public Scenario Scenario => scenario;

    /// <summary>Stored unit id by unit code.</summary>
    public IReadOnlyDictionary<string, Guid> UnitIds => unitIds;

    /// <summary>Stored employee id by NIP (the scenario's employee id).</summary>
    public IReadOnlyDictionary<string, Guid> EmployeeIds => employeeIds;

    public string NipOf(Guid employeeId) => (_nips ??= employeeIds.ToDictionary(kv => kv.Value, kv => kv.Key))[employeeId];

    /// <summary>The code of the top-level unit (agency) a unit belongs to.</summary>
    public string AgencyOf(string unitCode)
    {
        if (_agencyOf is null)
        {
            var parents = scenario.Units.ToDictionary(u => u.Id, u => u.Parent);
            _agencyOf = parents.Keys.ToDictionary(code => code, code =>
            {
                var top = code;
                while (parents[top] is { } parent)
                {
                    top = parent;
                }
                return top;
            });
        }
        return _agencyOf[unitCode];
    }
}
