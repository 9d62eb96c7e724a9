namespace Sikerja.Domain.People;

public enum Gender
{
    Male,
    Female,
}
