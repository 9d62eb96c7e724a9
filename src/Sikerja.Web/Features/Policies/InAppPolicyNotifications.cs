using Sikerja.Web.Features.Notifications;

namespace Sikerja.Web.Features.Policies;

/// <summary>A published circular, or a reminder to read it, arrives in each covered employee's notifications (and
/// through every channel the installation enables, e.g. e-mail) with a link to the circular.</summary>
public sealed class InAppPolicyNotifications(Notifier notifier) : IPolicyNotifications
{
    public Task PublishedAsync(PolicyNotice notice, CancellationToken ct) =>
        notifier.SendAsync(notice.EmployeeIds, $"Surat edaran baru: {notice.Number}",
            $"{notice.Title}. Bacalah dan nyatakan telah membacanya.", LinkTo(notice), ct);

    public Task ReminderAsync(PolicyNotice notice, CancellationToken ct) =>
        notifier.SendAsync(notice.EmployeeIds, $"Pengingat: surat edaran {notice.Number}",
            $"{notice.Title}. Anda belum menyatakan telah membacanya.", LinkTo(notice), ct);

    private static string LinkTo(PolicyNotice notice) => $"/Policies/Detail/{notice.PolicyId}";
}
