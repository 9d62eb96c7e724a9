namespace Sikerja.Domain.Rosters;

public enum WorkMode
{
    Office,
    Home,
    Off,
}
