namespace IndustryTracker.Core.Http;

/// <summary>
/// Maps a URL to its file in a replay tree, refusing anything that would leave the tree. A URL ending in '/'
/// (a feed at https://host/news/feed/) is the file index.html in that folder, as recording tools store it.
/// </summary>
public static class ReplayPaths
{
    public static string? FileFor(string root, Uri url)
    {
        var relative = Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var full = Path.GetFullPath(Path.Combine(root, url.Host, relative));
        var hostRoot = Path.GetFullPath(Path.Combine(root, url.Host)) + Path.DirectorySeparatorChar;
        return full.StartsWith(hostRoot, StringComparison.Ordinal) ? full : null;
    }
}
