namespace Sikerja.Domain.Travel;

public enum TravelPurpose
{
    /// <summary>Perjalanan dinas: only when important and urgent, with the leave of the head of the region (Seruyan).</summary>
    Official,
    Family,
    Personal,
}
