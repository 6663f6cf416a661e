namespace IndustryTracker.Core.Http;

/// <summary>The ways a source misbehaves in practice, as <see cref="FaultInjectingHandler"/> reproduces them.</summary>
public enum FaultKind
{
    /// <summary>503 with Retry-After.</summary>
    ServiceUnavailable,

    /// <summary>429 with Retry-After.</summary>
    TooManyRequests,

    /// <summary>No answer until the caller's timeout gives up.</summary>
    Stall,

    /// <summary>200 with half the body and the full Content-Length.</summary>
    TruncatedBody,

    /// <summary>200 with SEC's "Request Rate Threshold Exceeded" page in place of the document.</summary>
    BlockPage,

    /// <summary>200 with the document under a media type of another kind.</summary>
    WrongContentType,
}
