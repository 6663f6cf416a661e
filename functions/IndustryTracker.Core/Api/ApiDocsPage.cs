using System.Net;
using System.Text;

namespace IndustryTracker.Core.Api;

/// <summary>A readable page of the API, generated from <see cref="ApiCatalog"/> (no scripts: it works offline).</summary>
public static class ApiDocsPage
{
    private static readonly Lazy<string> Page = new(Render);

    public static string Html => Page.Value;

    private static string Render()
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>IndustryTracker API</title>")
            .Append("<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}")
            .Append("code,pre{background:#f4f4f4;padding:.1em .3em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left;vertical-align:top}h2{margin-top:2em}</style></head><body>")
            .Append("<h1>IndustryTracker API</h1><p>Every number comes with its sources: the filing or notice, its URL and the sentence or XBRL element that states it. ")
            .Append("Machine-readable: <a href=\"/api/openapi.json\">/api/openapi.json</a> (OpenAPI 3). Bad input answers 400 with a problem body whose <code>parameter</code> names the culprit. ")
            .Append("Data endpoints answer with an <code>ETag</code>; send it back in <code>If-None-Match</code> for a 304.</p>");
        foreach (var endpoint in ApiCatalog.Endpoints)
        {
            html.Append("<h2 id=\"").Append(E(endpoint.Name)).Append("\">").Append(endpoint.Method.ToUpperInvariant()).Append(" /api/").Append(E(endpoint.Route)).Append("</h2><p>").Append(E(endpoint.Summary)).Append("</p>");
            html.Append(endpoint.Admin ? "<p><small>Needs an admin key.</small></p>" : endpoint.RequiresKey ? "<p><small>Needs a key.</small></p>" : "<p><small>Open.</small></p>");
            if (endpoint.Parameters.Count > 0)
            {
                html.Append("<table><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr>");
                foreach (var p in endpoint.Parameters)
                {
                    var allowed = p.Allowed is null ? "" : $" One of: {string.Join(", ", p.Allowed)}.";
                    html.Append("<tr><td><code>").Append(E(p.Name)).Append("</code></td><td>").Append(E(p.In)).Append("</td><td>").Append(E(p.Type))
                        .Append("</td><td>").Append(E(p.Description + "." + allowed)).Append("</td></tr>");
                }

                html.Append("</table>");
            }

            html.Append(endpoint.Method == "get"
                ? $"<pre>curl '{E(Example(endpoint))}'</pre>"
                : endpoint.RequestBody is null
                    ? $"<pre>curl -X {E(endpoint.Method.ToUpperInvariant())} -H 'x-api-key: KEY' '{E(Example(endpoint))}'</pre>"
                    // A write takes its fields as a JSON body and the key (`tracker serve --api-key KEY`; the admin key in Azure).
                    : $"<pre>curl -X {E(endpoint.Method.ToUpperInvariant())} -H 'x-api-key: KEY' -H 'content-type: application/json' -d '{{\"company\":\"MSFT\",\"date\":\"2025-07-02\",\"count\":9000,\"url\":\"https://…\",\"quote\":\"…\",\"publisher\":\"…\",\"addedBy\":\"…\"}}' '{E(Example(endpoint))}'</pre>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Example(ApiEndpoint endpoint)
    {
        var route = endpoint.Parameters.Where(p => p.In == "path").Aggregate(endpoint.Route, (r, p) => r.Replace("{" + p.Name + "}", p.Example ?? p.Name, StringComparison.Ordinal));
        var query = string.Join('&', endpoint.Parameters.Where(p => p.In == "query" && p.Example is not null).Select(p => $"{p.Name}={p.Example}"));
        return $"http://localhost:7071/api/{route}{(query.Length > 0 ? "?" + query : "")}";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
