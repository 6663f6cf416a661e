namespace IndustryTracker.Core.Http;

/// <summary>Writes every successful live response into a directory in the replay layout.</summary>
public sealed class RecordingHandler(string root) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode && request.RequestUri is not null && ReplayPaths.FileFor(root, request.RequestUri) is { } path)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        }

        return response;
    }
}
