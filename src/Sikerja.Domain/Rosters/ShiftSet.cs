using System.Numerics;

namespace Sikerja.Domain.Rosters;

/// <summary>A set of a policy's shifts, bit i standing for the policy's i-th shift. Compact because a
/// province's roster holds millions of assignments.</summary>
public readonly record struct ShiftSet(uint Bits)
{
    /// <summary>A policy has at most this many shifts.</summary>
    public const int MaxShifts = 8;

    public static ShiftSet None => default;

    public static ShiftSet One(int index) => new(1u << index);

    public static ShiftSet All(int shiftCount) => new((1u << shiftCount) - 1);

    public bool Contains(int index) => (Bits & (1u << index)) != 0;

    public int Count => BitOperations.PopCount(Bits);

    public IEnumerable<int> Indexes()
    {
        for (var i = 0; i < MaxShifts; i++)
        {
            if (Contains(i))
            {
                yield return i;
            }
        }
    }
}
