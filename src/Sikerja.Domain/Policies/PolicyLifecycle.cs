namespace Sikerja.Domain.Policies;

/// <summary>
/// The life of a circular: a draft is edited freely and published once; a published one can be extended (a later
/// end), amended (a new version that supersedes it from a date) or revoked (from a date, with a reason); it expires
/// after its end. At most one circular is in force on any day: publishing one that overlaps others must name them,
/// and each then ends the day before it begins. What was in force before today never changes.
/// Each command checks everything first and changes the policies only when it returns no problem.
/// </summary>
public static class PolicyLifecycle
{
    public const int MaxSignerLength = 200;
    public const int MaxReasonLength = 500;

    /// <summary>What a draft must satisfy to be saved: valid rules, a signer that fits, exempt units the tenant has.</summary>
    public static IReadOnlyList<Problem> CheckDraft(
        PolicyRules rules, string? signerName, string? signerPost, DateOnly? issuedOn, IReadOnlySet<string> unitCodes)
    {
        var problems = PolicyRulesCheck.Validate(rules).ToList();
        if (signerName?.Trim().Length > MaxSignerLength)
        {
            problems.Add(new Problem("signerName", $"nama penanda tangan paling panjang {MaxSignerLength} karakter"));
        }
        if (signerPost?.Trim().Length > MaxSignerLength)
        {
            problems.Add(new Problem("signerPost", $"jabatan penanda tangan paling panjang {MaxSignerLength} karakter"));
        }
        if (issuedOn is { Year: < PolicyRulesCheck.FirstYear or > PolicyRulesCheck.LastYear })
        {
            problems.Add(new Problem("issuedOn", $"tanggal surat di luar tahun {PolicyRulesCheck.FirstYear}–{PolicyRulesCheck.LastYear}"));
        }
        for (var i = 0; i < rules.ExemptUnits.Count; i++)
        {
            var code = rules.ExemptUnits[i];
            if (!unitCodes.Contains(code) && !problems.Any(p => p.Where == $"exemptUnits[{i}]"))
            {
                problems.Add(new Problem($"exemptUnits[{i}]", $"tidak ada unit dengan kode '{code}'"));
            }
        }
        return problems;
    }

    /// <summary>Only a draft is edited or deleted; a published circular changes through extension, amendment or revocation.</summary>
    public static IReadOnlyList<Problem> CheckEditable(Policy policy) =>
        policy.Status == PolicyStatus.Draft
            ? []
            : [new Problem("status", $"surat edaran {policy.Number} sudah terbit: ubah dengan perpanjangan, perubahan atau pencabutan")];

    /// <summary>
    /// Publishes <paramref name="draft"/>. <paramref name="others"/> are the tenant's other circulars (drafts are
    /// ignored); <paramref name="supersede"/> names those it replaces. An amendment replaces the version before it
    /// without naming it.
    /// </summary>
    public static IReadOnlyList<Problem> Publish(
        Policy draft, IReadOnlyCollection<Policy> others, IReadOnlyCollection<Guid> supersede, IReadOnlySet<string> unitCodes,
        DateOnly today, DateTime now, Guid? by)
    {
        if (draft.Status != PolicyStatus.Draft)
        {
            return [new Problem("status", $"surat edaran {draft.Number} sudah terbit")];
        }
        var problems = CheckDraft(draft.Rules, draft.SignerName, draft.SignerPost, draft.IssuedOn, unitCodes).ToList();
        if (string.IsNullOrWhiteSpace(draft.SignerName))
        {
            problems.Add(new Problem("signerName", "nama penanda tangan wajib diisi sebelum terbit"));
        }
        if (string.IsNullOrWhiteSpace(draft.SignerPost))
        {
            problems.Add(new Problem("signerPost", "jabatan penanda tangan (mis. Bupati) wajib diisi sebelum terbit"));
        }
        if (draft.IssuedOn is null)
        {
            problems.Add(new Problem("issuedOn", "tanggal surat wajib diisi sebelum terbit"));
        }
        var published = others.Where(o => o.IsPublished && o.Id != draft.Id).ToList();
        if (published.FirstOrDefault(o => o.SeriesId != draft.SeriesId && o.Number == draft.Number) is { } sameNumber)
        {
            problems.Add(new Problem("number", $"nomor {draft.Number} sudah dipakai surat edaran lain yang terbit ({sameNumber.Title})"));
        }
        var replaced = new List<Policy>();
        if (draft.Version > 1)
        {
            var previous = published.FirstOrDefault(o => o.SeriesId == draft.SeriesId && o.Status == PolicyStatus.Published);
            if (previous is null)
            {
                problems.Add(new Problem("status", "versi sebelumnya sudah tidak berlaku (dicabut atau diganti): perubahan ini tidak dapat terbit"));
            }
            else if (!previous.Overlaps(draft.EffectiveFrom, draft.EffectiveUntil) || draft.EffectiveFrom < previous.EffectiveFrom)
            {
                problems.Add(new Problem("effectiveFrom",
                    $"perubahan harus mulai berlaku dalam masa berlaku versi {previous.Version} ({Period(previous)})"));
            }
            else
            {
                replaced.Add(previous);
            }
        }
        foreach (var id in supersede.Distinct())
        {
            if (published.FirstOrDefault(o => o.Id == id) is not { } named)
            {
                problems.Add(new Problem("supersedes", "surat edaran yang akan digantikan tidak ditemukan atau belum terbit"));
            }
            else if (!named.Overlaps(draft.EffectiveFrom, draft.EffectiveUntil))
            {
                problems.Add(new Problem("supersedes", $"{named.Number} ({Period(named)}) tidak tumpang tindih dengan surat edaran ini: tidak perlu digantikan"));
            }
            else if (!replaced.Contains(named))
            {
                replaced.Add(named);
            }
        }
        foreach (var clash in published.Where(o => o.Overlaps(draft.EffectiveFrom, draft.EffectiveUntil) && !replaced.Contains(o)))
        {
            problems.Add(new Problem("supersedes",
                $"masa berlaku bertumpang tindih dengan {clash.Number} ({Period(clash)}): pilih untuk digantikan, atau ubah tanggal berlaku"));
        }
        if (replaced.Count > 0 && draft.EffectiveFrom < today)
        {
            problems.Add(new Problem("effectiveFrom",
                $"surat edaran yang menggantikan yang lain mulai berlaku paling cepat hari ini ({today:yyyy-MM-dd}): yang sudah berlaku tidak diubah mundur"));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        foreach (var old in replaced)
        {
            old.EndAfter(draft.EffectiveFrom.AddDays(-1));
            old.Status = PolicyStatus.Superseded;
            old.SupersededById = draft.Id;
        }
        draft.Status = PolicyStatus.Published;
        draft.PublishedAt = now;
        draft.PublishedBy = by;
        return [];
    }

    /// <summary>Moves the end of a published circular later, or makes it open-ended (<paramref name="until"/> null).</summary>
    public static IReadOnlyList<Problem> Extend(Policy policy, DateOnly? until, IReadOnlyCollection<Policy> others)
    {
        if (policy.Status != PolicyStatus.Published)
        {
            return [new Problem("status", $"hanya surat edaran yang terbit dan belum diganti atau dicabut yang dapat diperpanjang")];
        }
        if (policy.EffectiveUntil is not { } current)
        {
            return [new Problem("effectiveUntil", "surat edaran ini berlaku sampai dicabut: tidak perlu diperpanjang")];
        }
        if (until is { } end && end <= current)
        {
            return [new Problem("effectiveUntil", $"tanggal akhir yang baru harus setelah {current:yyyy-MM-dd}")];
        }
        if (until is { Year: > PolicyRulesCheck.LastYear })
        {
            return [new Problem("effectiveUntil", $"tanggal akhir berlaku di luar tahun {PolicyRulesCheck.FirstYear}–{PolicyRulesCheck.LastYear}")];
        }
        var clashes = others
            .Where(o => o.Id != policy.Id && o.Overlaps(current.AddDays(1), until))
            .Select(o => new Problem("effectiveUntil",
                $"perpanjangan bertumpang tindih dengan {o.Number} ({Period(o)}): perpanjang paling lama sampai {o.EffectiveFrom.AddDays(-1):yyyy-MM-dd}"))
            .ToList();
        if (clashes.Count > 0)
        {
            return clashes;
        }
        policy.EndAfter(until);
        return [];
    }

    /// <summary>Withdraws a published circular from <paramref name="from"/> on: it stays in force until the day before.</summary>
    public static IReadOnlyList<Problem> Revoke(Policy policy, DateOnly from, string? reason, DateOnly today)
    {
        var problems = new List<Problem>();
        if (policy.Status != PolicyStatus.Published)
        {
            return [new Problem("status", "hanya surat edaran yang terbit dan belum diganti atau dicabut yang dapat dicabut")];
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new Problem("reason", "alasan pencabutan wajib diisi"));
        }
        else if (reason.Trim().Length > MaxReasonLength)
        {
            problems.Add(new Problem("reason", $"alasan pencabutan paling panjang {MaxReasonLength} karakter"));
        }
        if (from < today)
        {
            problems.Add(new Problem("from", $"pencabutan berlaku paling cepat hari ini ({today:yyyy-MM-dd}): yang sudah berlaku tidak diubah mundur"));
        }
        else if (policy.EffectiveUntil is { } until && from > until)
        {
            problems.Add(new Problem("from", $"surat edaran ini sudah berakhir {until:yyyy-MM-dd}: tidak ada yang dicabut"));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        policy.EndAfter(from.AddDays(-1));
        policy.Status = PolicyStatus.Revoked;
        policy.RevokedFrom = from;
        policy.RevocationReason = reason!.Trim();
        return [];
    }

    /// <summary>
    /// Starts an amendment of a published circular: a draft of the next version, with its rules, in force from
    /// <paramref name="from"/>; publishing it supersedes this version from that day. <paramref name="series"/> holds
    /// every version of the circular.
    /// </summary>
    public static (Policy? Amendment, IReadOnlyList<Problem> Problems) Amend(
        Policy policy, IReadOnlyCollection<Policy> series, DateOnly from, DateOnly today, DateTime now, Guid? by)
    {
        if (policy.Status != PolicyStatus.Published)
        {
            return (null, [new Problem("status", "hanya surat edaran yang terbit dan belum diganti atau dicabut yang dapat diubah")]);
        }
        if (series.FirstOrDefault(v => v.SeriesId == policy.SeriesId && v.Status == PolicyStatus.Draft) is { } pending)
        {
            return (null, [new Problem("status", $"sudah ada rancangan perubahan (versi {pending.Version}): lanjutkan atau hapus rancangan itu")]);
        }
        var problems = new List<Problem>();
        if (from < today)
        {
            problems.Add(new Problem("from", $"perubahan berlaku paling cepat hari ini ({today:yyyy-MM-dd}): yang sudah berlaku tidak diubah mundur"));
        }
        if (from < policy.EffectiveFrom || (policy.EffectiveUntil is { } until && from > until))
        {
            problems.Add(new Problem("from", $"perubahan harus mulai berlaku dalam masa berlaku surat edaran ini ({Period(policy)})"));
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var amendment = new Policy
        {
            TenantId = policy.TenantId,
            SeriesId = policy.SeriesId,
            Version = series.Where(v => v.SeriesId == policy.SeriesId).Select(v => v.Version).DefaultIfEmpty(policy.Version).Max() + 1,
            SignerName = policy.SignerName,
            SignerPost = policy.SignerPost,
            Reporting = policy.Reporting,
            OutOfRegionNeedsPermit = policy.OutOfRegionNeedsPermit,
            OfficialInRegionNeedsPermit = policy.OfficialInRegionNeedsPermit,
            Status = PolicyStatus.Draft,
            CreatedAt = now,
            CreatedBy = by,
        };
        amendment.SetRules(policy.Rules with { EffectiveFrom = from });
        return (amendment, []);
    }

    /// <summary>"2020-03-26 s.d. 2020-03-28", or "mulai 2020-03-24" when open-ended.</summary>
    public static string Period(Policy policy) =>
        policy.EffectiveUntil is { } until ? $"{policy.EffectiveFrom:yyyy-MM-dd} s.d. {until:yyyy-MM-dd}" : $"mulai {policy.EffectiveFrom:yyyy-MM-dd}";
}
