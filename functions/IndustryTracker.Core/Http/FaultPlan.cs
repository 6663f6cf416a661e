using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace IndustryTracker.Core.Http;

/// <summary>
/// Decides, per request, whether and how to fault, and counts what was injected. The decision hashes the seed, the
/// URL and how many times that URL was asked for, so it does not depend on the order of concurrent requests.
/// One per host (a singleton): the handler instances the client factory recycles share it.
/// </summary>
public sealed class FaultPlan(ReplayFaultOptions options)
{
    private static readonly FaultKind[] Kinds = Enum.GetValues<FaultKind>();

    // A 404 or 304 has no document to cut short or mislabel: those draw from the faults that replace the answer.
    private static readonly FaultKind[] WithoutDocument = [FaultKind.ServiceUnavailable, FaultKind.TooManyRequests, FaultKind.Stall, FaultKind.BlockPage];
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<FaultKind, int> _injected = new();

    public bool Enabled => options.Rate > 0;

    /// <summary>The faults actually injected so far, by kind.</summary>
    public IReadOnlyDictionary<FaultKind, int> Injected => _injected.ToDictionary(p => p.Key, p => p.Value);

    public int Requests => _attempts.Values.Sum();

    /// <summary>The fault for this request and, for throttling faults, the Retry-After to send; null for none.</summary>
    /// <param name="hasDocument">Whether the true answer is a 200 with a body, so every kind of fault applies.</param>
    public (FaultKind Kind, TimeSpan RetryAfter)? Next(Uri url, bool hasDocument)
    {
        var attempt = _attempts.AddOrUpdate(url.AbsoluteUri, 1, (_, n) => n + 1);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{options.Seed}|{url.AbsoluteUri}|{attempt}")));
        var draw = (BitConverter.ToUInt64(hash, 0) >> 11) * (1.0 / (1UL << 53));
        if (draw >= options.Rate)
        {
            return null;
        }

        var kinds = hasDocument ? Kinds : WithoutDocument;
        var kind = kinds[hash[8] % kinds.Length];
        _injected.AddOrUpdate(kind, 1, (_, n) => n + 1);
        return (kind, TimeSpan.FromSeconds(hash[9] % (options.MaxRetryAfterSeconds + 1)));
    }
}
