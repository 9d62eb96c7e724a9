using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Domain.Imports;

/// <summary>The stored values of units and employees, copied and compared as a whole (the id and tenant excepted).</summary>
public static class EntityValues
{
    public static void CopyTo(this OrgUnit from, OrgUnit to)
    {
        to.Code = from.Code;
        to.Name = from.Name;
        to.Type = from.Type;
        to.ParentId = from.ParentId;
        to.Path = from.Path;
        to.HeadId = from.HeadId;
        to.Address = from.Address;
        to.OfficeLatitude = from.OfficeLatitude;
        to.OfficeLongitude = from.OfficeLongitude;
        to.OfficeRadiusMetres = from.OfficeRadiusMetres;
        to.IsClosed = from.IsClosed;
    }

    public static void CopyTo(this Employee from, Employee to)
    {
        to.Nip = from.Nip;
        to.Name = from.Name;
        to.Employment = from.Employment;
        to.Level = from.Level;
        to.Title = from.Title;
        to.UnitId = from.UnitId;
        to.SupervisorId = from.SupervisorId;
        to.SupervisorOverride = from.SupervisorOverride;
        to.Phone = from.Phone;
        to.PriorityHome = from.PriorityHome;
        to.PriorityHomeReason = from.PriorityHomeReason;
        to.IsActive = from.IsActive;
    }

    public static OrgUnit Copy(this OrgUnit unit)
    {
        var copy = new OrgUnit { Id = unit.Id, TenantId = unit.TenantId, Code = unit.Code, Name = unit.Name };
        unit.CopyTo(copy);
        return copy;
    }

    public static Employee Copy(this Employee employee)
    {
        var copy = new Employee { Id = employee.Id, TenantId = employee.TenantId, Nip = employee.Nip, Name = employee.Name };
        employee.CopyTo(copy);
        return copy;
    }

    public static bool SameValues(this OrgUnit a, OrgUnit b) =>
        a.Code == b.Code && a.Name == b.Name && a.Type == b.Type && a.ParentId == b.ParentId && a.Path == b.Path
        && a.HeadId == b.HeadId && a.Address == b.Address && a.OfficeLatitude == b.OfficeLatitude
        && a.OfficeLongitude == b.OfficeLongitude && a.OfficeRadiusMetres == b.OfficeRadiusMetres && a.IsClosed == b.IsClosed;

    public static bool SameValues(this Employee a, Employee b) =>
        a.Nip == b.Nip && a.Name == b.Name && a.Employment == b.Employment && a.Level == b.Level && a.Title == b.Title
        && a.UnitId == b.UnitId && a.SupervisorId == b.SupervisorId && a.SupervisorOverride == b.SupervisorOverride
        && a.Phone == b.Phone && a.PriorityHome == b.PriorityHome && a.PriorityHomeReason == b.PriorityHomeReason
        && a.IsActive == b.IsActive;
}
