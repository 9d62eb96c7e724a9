namespace Sikerja.Data.Audit;

/// <summary>Who is making the changes being saved: a signed-in user, or a named batch process.</summary>
public sealed class AuditActor
{
    public Guid? UserId { get; private set; }
    public string Name { get; private set; } = "system";

    public void Set(Guid? userId, string name)
    {
        UserId = userId;
        Name = name;
    }
}
