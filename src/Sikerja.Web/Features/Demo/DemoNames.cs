using Sikerja.Domain.People;

namespace Sikerja.Web.Features.Demo;

/// <summary>
/// Indonesian personal names as a regency's staff carry them: Javanese, Sundanese, Malay/Banjar, Bugis, Batak,
/// Minang, Balinese, eastern Christian and Chinese-Indonesian names, with the degrees and honorifics written
/// with them on official lists (dr., Drs., Hj., S.Pd., M.Si. …).
/// </summary>
internal static class DemoNames
{
    /// <summary>A naming tradition; <c>Noble</c> is a title some of its people carry before the name (Bugis "Andi").</summary>
    private sealed record Group(double Weight, bool Muslim, double FamilyShare, string[] Male, string[] Female, string[] MaleFamily, string[] FemaleFamily, string? Noble = null);

    private static string[] W(string words) => words.Split(',', StringSplitOptions.TrimEntries);

    private static readonly Group[] Groups =
    [
        new(34, true, 0.8,
            W("Agus, Bambang, Budi, Dwi, Eko, Hadi, Joko, Slamet, Sugeng, Teguh, Wahyu, Heru, Sutrisno, Hari, Suryadi, Bayu, Dimas, Purnomo, Sigit, Sutarno, Tri, Wawan, Yanto, Yoga, Darmawan, Edi, Subagyo, Supriyadi, Anton, Nanang, Mulyadi, Imam, Fajar, Arif, Adi, Haryanto, Suparman, Triyono, Sukirno, Catur, Aji, Bagus, Ilham, Rizky, Danang"),
            W("Sri, Dewi, Endang, Rina, Fitri, Yuni, Wulan, Ratna, Indah, Dian, Ayu, Putri, Rini, Kartini, Winarti, Sari, Yanti, Ernawati, Tuti, Wati, Retno, Rukmini, Sulastri, Suryani, Titin, Heni, Erna, Puji, Endah, Siti, Nur, Eka, Anisa, Novi, Wahyu"),
            W("Susanto, Wibowo, Pratama, Saputra, Setiawan, Nugroho, Kurniawan, Santoso, Purnomo, Prasetyo, Sulistyo, Hartono, Suharto, Wahyudi, Suryanto, Prabowo, Hermawan, Widodo, Pamungkas, Subekti, Kusuma, Aditya, Mahendra, Wijayanto, Raharjo"),
            W("Lestari, Wulandari, Rahayu, Handayani, Puspitasari, Anggraini, Permatasari, Wahyuni, Susanti, Kusumawati, Rahmawati, Purwanti, Yuliani, Sulistyowati, Setyaningsih, Maharani, Ningsih, Hartati, Fitriani, Pertiwi, Utami, Astuti, Indriani, Damayanti, Kartika")),
        new(10, true, 0.8,
            W("Asep, Ujang, Dede, Cecep, Aep, Deden, Dadang, Iwan, Yayat, Ade, Engkos, Hendra, Ridwan, Rizal, Yudi, Agus, Wawan, Tatang"),
            W("Euis, Neneng, Iis, Imas, Nining, Yeni, Lilis, Eti, Tati, Ai, Dedeh, Nenden, Rina, Ratna, Yuyun"),
            W("Supriatna, Hidayat, Permana, Gunawan, Sudrajat, Kurnia, Somantri, Saepudin, Suherman, Sumarna, Firmansyah, Ramdani"),
            W("Nurhayati, Rosita, Kurniasih, Marlina, Komariah, Rohmah, Juwita, Nurjanah, Sumiati, Hermawati")),
        new(14, true, 0.7,
            W("Muhammad, Ahmad, Rusdiansyah, Jumadi, Sahrani, Aspian, Bahrul, Amirudin, Syahrani, Fauzan, Khairul, Rahmadi, Hasanudin, Syamsul, Zainal, Taufik, Rahmat, Firdaus, Arbain, Mahlan, Anang, Muhammad Yusuf, Ahmad Fauzi, Rizal"),
            W("Rabiatul, Hairiah, Norhayati, Mariani, Salmah, Dahlia, Noor, Aisyah, Fatimah, Rahmah, Laila, Nurul, Rusmini, Jamilah, Siti Aminah, Mariam, Hamidah, Nor Aini"),
            W("Noor, Rahman, Hidayatullah, Rasyid, Anwar, Basri, Ismail, Iskandar, Yusran, Arsyad, Fadillah, Effendi, Hakim, Maulana"),
            W("Rahmawati, Hidayah, Fitriani, Yuliana, Mariana, Hasanah, Maulida, Aulia, Safitri, Noorhayati")),
        new(10, true, 0.6,
            W("Muhammad, Syamsuddin, Baharuddin, Nurdin, Arsyad, Amiruddin, Hasanuddin, Syahrir, Jufri, Irfan, Ridwan, Muhlis, Asri, Akbar, Rusli, Halim, Muhammad Ilyas"),
            W("Sitti, Hasnawati, Nurhayati, Hasnah, Nurbaya, Suriani, Rosmiati, Hadijah, Nuraeni, Rahmatia, Mardiana, Asnawati, Wahida"),
            W("Ramli, Mappiasse, Latif, Hamid, Sultan, Tahir, Karim, Lewa, Bakri, Sanusi, Jamaluddin, Madjid"),
            W("Ramli, Latif, Hamid, Tahir, Karim, Bakri, Sanusi, Amir"),
            Noble: "Andi"),
        new(8, false, 1.0,
            W("Robert, Hotman, Benny, Togar, Parlindungan, Rudi, Martua, Sahat, Tumpal, Bonar, Jansen, Daniel, Frans, Poltak, Halomoan, Ronald"),
            W("Romauli, Rosmawati, Lasma, Tiurma, Debora, Nurmala, Friska, Meilani, Rotua, Sondang, Ruth, Maria, Hotmaida"),
            W("Siregar, Lubis, Nasution, Harahap, Simanjuntak, Sembiring, Tambunan, Hutapea, Sitompul, Pardede, Ginting, Hasibuan, Situmorang, Panjaitan, Manurung, Sinaga, Silalahi, Simatupang, Pasaribu"),
            W("Siregar, Lubis, Nasution, Harahap, Simanjuntak, Sembiring, Tambunan, Hutapea, Sitompul, Pardede, Ginting, Hasibuan, Situmorang, Panjaitan, Manurung, Sinaga, Silalahi, Simatupang, Pasaribu")),
        new(8, true, 0.6,
            W("Fadli, Yusri, Rahmat, Afrizal, Zulkifli, Syafrizal, Erizal, Hendri, Irwandi, Yulius, Refki, Andika, Fauzi, Dodi, Zulfikar, Edwar"),
            W("Yulia, Desi, Rini, Yusnita, Elfira, Nelly, Fitria, Rahmi, Yenni, Syafrida, Nova, Zurmaini, Mardiah, Deswita"),
            W("Putra, Syahputra, Saputra, Efendi, Rasyid, Anwar, Tanjung, Koto, Piliang, Sikumbang, Caniago"),
            W("Putri, Yanti, Sari, Wati, Syafitri, Oktavia, Rahmadani")),
        new(4, false, 0.0,
            W("Sudarsana, Artawan, Suardana, Wirawan, Budiarta, Adnyana, Suparta, Mahendra, Suarjana, Widiana, Arsana, Sukadana"),
            W("Sukmawati, Ari Susanti, Sukerti, Sudiani, Puspawati, Suartini, Widiastuti, Sriasih, Ariani, Sri Wahyuni"),
            [], []),
        new(6, false, 1.0,
            W("Yohanes, Petrus, Daniel, Marthen, Yosef, Stevanus, Fransiskus, Agustinus, Yakobus, Markus, Paulus, Obed, Hendrik, Jefri"),
            W("Maria, Theresia, Debora, Yohana, Maria Goreti, Agustina, Elisabeth, Margaretha, Yuliana, Serlina, Novita, Kristina, Grace"),
            W("Wenas, Pangemanan, Rumengan, Pattiasina, Sahetapy, Latuheru, Tuhumury, Wanma, Rumbiak, Koten, Manek, Bria, Ndun, Lumintang"),
            W("Wenas, Pangemanan, Rumengan, Pattiasina, Sahetapy, Latuheru, Tuhumury, Wanma, Rumbiak, Koten, Manek, Bria, Ndun, Lumintang")),
        new(3, false, 0.9,
            W("Hendra, Budi, Rudy, Johan, Steven, Kevin, Andreas, Sanjaya, Felix, William, Teddy"),
            W("Susanti, Lili, Lanny, Meiliana, Yenny, Vivian, Cindy, Stella, Linda, Merry, Agnes, Jessica"),
            W("Wijaya, Halim, Tanoto, Santoso, Gunawan, Kurniawan, Salim, Tjandra, Hartanto, Setiawan, Susilo, Lim"),
            W("Wijaya, Halim, Tanoto, Santoso, Gunawan, Kurniawan, Salim, Tjandra, Hartanto, Setiawan, Susilo, Lim")),
    ];

    private static readonly string[] BalineseMale = ["Wayan", "Putu", "Gede", "Made", "Kadek", "Nyoman", "Komang", "Ketut"];
    private static readonly string[] BalineseFemale = ["Luh", "Putu", "Made", "Kadek", "Nyoman", "Komang", "Ketut"];
    private static readonly double TotalWeight = Groups.Sum(g => g.Weight);

    /// <summary>A full name with the degrees that go with the post (a doctor is "dr.", a teacher "S.Pd." …).</summary>
    public static string Person(Random rng, Gender gender, PositionLevel level, string? title, int age, string context)
    {
        var group = PickGroup(rng);
        var female = gender == Gender.Female;
        var name = BareName(rng, group, female);
        var prefix = "";
        if (title is "Dokter" or "Dokter Spesialis" || (title == "Direktur" && context == "hospital"))
        {
            prefix = "dr. ";
        }
        else if (title == "Dokter Gigi")
        {
            prefix = "drg. ";
        }
        else if (age > 55 && level is PositionLevel.Jpt or PositionLevel.Administrator && rng.NextDouble() < 0.4)
        {
            prefix = female ? "Dra. " : "Drs. ";
        }
        else if (group.Muslim && age > 42 && rng.NextDouble() < 0.12)
        {
            prefix = female ? "Hj. " : "H. ";
        }
        var suffix = Suffix(rng, level, title, context);
        return prefix + name + (suffix.Length > 0 ? ", " + suffix : "");
    }

    private static Group PickGroup(Random rng)
    {
        var x = rng.NextDouble() * TotalWeight;
        foreach (var g in Groups)
        {
            x -= g.Weight;
            if (x < 0)
            {
                return g;
            }
        }
        return Groups[^1];
    }

    private static string BareName(Random rng, Group group, bool female)
    {
        var given = Pick(rng, female ? group.Female : group.Male);
        if (group.MaleFamily.Length == 0)
        {
            // Balinese: the birth-order name comes first, after I (men) or Ni (women).
            return female ? $"Ni {Pick(rng, BalineseFemale)} {given}" : $"I {Pick(rng, BalineseMale)} {given}";
        }
        if (group.Noble is { } noble && rng.NextDouble() < 0.1)
        {
            given = $"{noble} {given}";
        }
        return rng.NextDouble() < group.FamilyShare ? $"{given} {Pick(rng, female ? group.FemaleFamily : group.MaleFamily)}" : given;
    }

    private static string Suffix(Random rng, PositionLevel level, string? title, string context) => title switch
    {
        "Guru" or "Kepala Sekolah" => Pick(rng, ["S.Pd.", "S.Pd.", "S.Pd.I.", "S.Pd., M.Pd."]),
        "Perawat" => Pick(rng, ["S.Kep., Ns.", "A.Md.Kep."]),
        "Bidan" => Pick(rng, ["A.Md.Keb.", "S.Tr.Keb."]),
        "Apoteker" => "S.Farm., Apt.",
        "Dokter Spesialis" => Pick(rng, ["Sp.PD", "Sp.A", "Sp.OG", "Sp.B", "Sp.P"]),
        "Dokter" or "Dokter Gigi" => rng.NextDouble() < 0.15 ? "M.Kes." : "",
        "Direktur" when context == "hospital" => Pick(rng, ["M.Kes.", "MARS", "Sp.PD"]),
        _ => level switch
        {
            PositionLevel.Jpt => Pick(rng, ["M.Si.", "M.M.", "M.Pd.", "S.H., M.H.", "M.Kes.", "M.T."]),
            PositionLevel.Administrator => Pick(rng, ["S.Sos., M.Si.", "S.E., M.M.", "S.T.", "S.H.", "S.IP., M.Si.", "S.Pd."]),
            PositionLevel.Supervisor => Pick(rng, ["S.E.", "S.Sos.", "S.Kom.", "S.IP.", "S.T.", "A.Md.", "S.H."]),
            _ => rng.NextDouble() < 0.35 ? Pick(rng, ["A.Md.", "S.E.", "S.Sos.", "S.Kom.", "S.H.", "S.AP."]) : "",
        },
    };

    public static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
