namespace Sikerja.Benchmarks;

/// <summary>
/// Personal and place names as they appear in a regency's staff list (the lists of shared/tools/gen_scenario.py),
/// so that name searches hit as many people as they would in a real tenant.
/// </summary>
internal static class IndonesianNames
{
    private static readonly string[] MaleFirst = Words(
        "Agus Ahmad Andi Arif Bambang Budi Dedi Dwi Eko Fajar Hadi Hendra Imam Joko Rudi Slamet Sugeng Teguh Wahyu Yusuf "
        + "Zainal Taufik Rahmat Hasan Ilham Irwan Syamsul Firdaus Yudi Heru Sutrisno Hari Suryadi Rizal Rizky Adi Bayu Dimas "
        + "Fauzi Gunawan Haris Iwan Jamal Kurnia Lukman Mulyadi Nanang Nur Purnomo Ridwan Sigit Sutarno Syaiful Tri Umar Wawan "
        + "Yanto Yoga Abdul Aris Darmawan Edi Fikri Gilang Hamdan Indra Junaidi Khairul Mahmud Muhammad Anton Riko Samsudin "
        + "Subagyo Supriyadi Ujang Yohanes Petrus Daniel Marthen Hery Ade Bahrul Jumadi Amirudin Erwin");

    private static readonly string[] FemaleFirst = Words(
        "Siti Sri Dewi Ani Endang Rina Nur Fitri Yuni Wulan Ratna Indah Dian Ayu Putri Nurul Rini Kartini Maya Novi Eka Lia "
        + "Tri Winarti Sari Yanti Ernawati Susi Tuti Wati Rahma Aisyah Fatimah Hana Ika Intan Kiki Lina Mega Nanda Nia Okta "
        + "Puji Rahmi Rosita Santi Tika Umi Vina Yulia Zahra Anisa Dina Erna Heni Ida Juwita Kurniasih Laila Melati Nining "
        + "Retno Rukmini Sulastri Suryani Titin Utami Yeni Agustina Maria Theresia Debora Noor Mariani Salmah Dahlia");

    private static readonly string[] MaleLast = Words(
        "Susanto Wibowo Pratama Saputra Hidayat Setiawan Nugroho Kurniawan Santoso Purnomo Syahputra Rahman Hakim Siregar "
        + "Lubis Nasution Harahap Simanjuntak Sembiring Tambunan Prasetyo Firmansyah Ramadhan Gunawan Sutanto Wijaya Hartono "
        + "Suharto Sulistyo Permana Putra Munandar Hasibuan Syahrir Ismail Iskandar Maulana Mahendra Pamungkas Sudrajat "
        + "Wahyudi Suryanto Prabowo Hermawan Arifin Irawan Efendi Fauzan Anwar Rasyid Basri Noor Aditya Kusuma Subekti Widodo");

    private static readonly string[] FemaleLast = Words(
        "Lestari Wulandari Rahayu Handayani Safitri Puspitasari Anggraini Permatasari Wahyuni Susanti Kusumawati Rahmawati "
        + "Purwanti Yuliani Sulistyowati Setyaningsih Maharani Ningsih Hartati Fitriani Novitasari Oktaviani Pertiwi Rosalina "
        + "Sari Utami Yulianti Astuti Indriani Suryani Damayanti Kartika Agustina Hidayah Nurhayati Marlina Siregar Lubis");

    private static readonly string[] Degrees = ["A.Md.", "S.E.", "S.Sos.", "S.Kom.", "S.H.", "S.AP.", "S.T.", "S.IP."];
    private static readonly string[] SeniorDegrees = ["S.Sos., M.Si.", "S.E., M.M.", "S.T., M.T.", "S.H., M.H.", "S.IP., M.Si.", "S.Pd., M.Pd."];
    private static readonly string[] PlaceHeads = ["Suka", "Karang", "Tanjung", "Sungai", "Muara", "Bukit", "Teluk", "Batu", "Sumber", "Mekar", "Tanah", "Padang", "Rantau", "Simpang", "Lubuk", "Pasir"];
    private static readonly string[] PlaceTails = ["Jaya", "Makmur", "Sari", "Baru", "Mulya", "Indah", "Harapan", "Rejo", "Asri", "Raya", "Lestari", "Agung", "Tengah", "Hilir", "Hulu", "Timur", "Barat", "Damai"];

    /// <summary>A full name with the academic degree the post suggests (teachers S.Pd., nurses S.Kep., Ns. …).</summary>
    public static string Person(Random random, bool female, string? title, bool senior)
    {
        var first = Pick(random, female ? FemaleFirst : MaleFirst);
        var name = random.NextDouble() < 0.12 ? first : $"{first} {Pick(random, female ? FemaleLast : MaleLast)}";
        var degree = title switch
        {
            "Guru" or "Kepala Sekolah" => Pick(random, ["S.Pd.", "S.Pd.", "S.Pd.I.", "S.Pd., M.Pd."]),
            "Perawat" => Pick(random, ["S.Kep., Ns.", "A.Md.Kep."]),
            "Bidan" => Pick(random, ["A.Md.Keb.", "S.Tr.Keb."]),
            "Dokter" or "Direktur" => null,
            _ when senior => Pick(random, SeniorDegrees),
            _ => random.NextDouble() < 0.4 ? Pick(random, Degrees) : null,
        };
        var prefix = title is "Dokter" or "Direktur" ? "dr. " : "";
        return prefix + name + (degree is null ? "" : ", " + degree);
    }

    /// <summary>Distinct place names for districts, villages and health centres, in a stable order.</summary>
    public static IReadOnlyList<string> Places(Random random, int count)
    {
        var all = PlaceHeads.SelectMany(h => PlaceTails.Select(t => h is "Suka" or "Karang" or "Sumber" or "Mekar" ? h + t.ToLowerInvariant() : $"{h} {t}")).ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all));
        return [.. Enumerable.Range(0, count).Select(i => i < all.Count ? all[i] : $"{all[i % all.Count]} {i / all.Count + 1}")];
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
