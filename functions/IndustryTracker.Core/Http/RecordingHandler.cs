namespace IndustryTracker.Core.Http;

/// <summary>
/// Writes every successful live response into a directory in the replay layout. The body streams to the file and
/// the caller then reads it back from there, so a hostile answer costs disk, never the memory of the run: the
/// source's size cap applies to the recorded copy exactly as it does to a live or replayed body.
/// </summary>
public sealed class RecordingHandler(string root) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode && request.RequestUri is not null && ReplayPaths.FileFor(root, request.RequestUri) is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var file = File.Create(path))
            {
                await response.Content.CopyToAsync(file, cancellationToken);
            }

            var recorded = new StreamContent(File.OpenRead(path));
            foreach (var header in response.Content.Headers)
            {
                recorded.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = recorded;
        }

        return response;
    }
}
