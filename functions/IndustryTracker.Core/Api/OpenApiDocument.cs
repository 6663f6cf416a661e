using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Microsoft.AspNetCore.Mvc;

namespace IndustryTracker.Core.Api;

/// <summary>
/// The OpenAPI 3 document, generated from <see cref="ApiCatalog"/>: paths and parameters from the definitions,
/// schemas from the response types through System.Text.Json's schema exporter, so they match what is serialized.
/// </summary>
public static class OpenApiDocument
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
    private static readonly Lazy<string> Document = new(() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    public static string Text => Document.Value;

    public static JsonObject Build()
    {
        var schemas = new JsonObject { ["ProblemDetails"] = Schema(typeof(ProblemDetails)) };
        var paths = new JsonObject();
        foreach (var endpoint in ApiCatalog.Endpoints)
        {
            var responses = new JsonObject { ["200"] = Ok(endpoint, schemas) };
            if (endpoint.Parameters.Count > 0)
            {
                responses["400"] = Problem("A parameter is invalid; `parameter` names it");
            }

            if (endpoint.Cached)
            {
                responses["304"] = new JsonObject { ["description"] = "Not modified (If-None-Match matched the ETag)" };
            }

            if (endpoint.RequiresKey)
            {
                responses["401"] = Problem(endpoint.Admin
                    ? "An admin key is required (the host's master or admin key in Azure; x-api-key with tracker serve --api-key)"
                    : "A key is required (x-functions-key in Azure; x-api-key with tracker serve --api-key)");
            }

            if (endpoint.Method == "post")
            {
                responses["502"] = Problem("SEC could not be read; nothing was stored");
            }

            responses["503"] = Problem("Storage is unreachable");
            var operation = new JsonObject
            {
                ["operationId"] = endpoint.Name,
                ["summary"] = endpoint.Summary,
                ["parameters"] = new JsonArray(endpoint.Parameters.Select(Parameter).ToArray<JsonNode?>()),
                ["responses"] = responses,
            };
            if (!endpoint.RequiresKey)
            {
                operation["security"] = new JsonArray();
            }

            if (endpoint.RequestBody is { } body)
            {
                var name = SchemaName(body);
                schemas[name] ??= Schema(body);
                operation["requestBody"] = new JsonObject
                {
                    ["required"] = true,
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = $"#/components/schemas/{name}" } } },
                };
                // A write answers 201 Created with what it stored.
                responses["201"] = responses["200"]!.DeepClone();
                responses["201"]!["description"] = "Created";
                responses.Remove("200");
                responses["400"] ??= Problem("A field is invalid; `parameter` names it");
            }


            // One path, several methods (GET and POST /api/companies).
            if (paths["/api/" + endpoint.Route] is not JsonObject path)
            {
                path = new JsonObject();
                paths["/api/" + endpoint.Route] = path;
            }

            path[endpoint.Method] = operation;
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "IndustryTracker API",
                ["version"] = "1.0",
                ["description"] = "Cited headcount, layoffs and financials of big employers: every number with the filing or notice and the sentence it came from.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    ["functionKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-functions-key" },
                    ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-api-key" },
                },
            },
            ["security"] = new JsonArray(new JsonObject { ["functionKey"] = new JsonArray() }, new JsonObject { ["apiKey"] = new JsonArray() }),
        };
    }

    private static JsonObject Ok(ApiEndpoint endpoint, JsonObject schemas)
    {
        var content = new JsonObject();
        if (endpoint.Response is { } type)
        {
            var name = SchemaName(type);
            schemas[name] ??= Schema(type);
            content[endpoint.ContentType] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = $"#/components/schemas/{name}" } };
        }
        else
        {
            content[endpoint.ContentType] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["format"] = "binary" } };
        }

        if (endpoint.Csv)
        {
            content["text/csv"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } };
        }

        return new JsonObject { ["description"] = "OK", ["content"] = content };
    }

    private static JsonObject Problem(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/ProblemDetails" } } },
    };

    private static JsonObject Parameter(ApiParameter p)
    {
        var schema = new JsonObject { ["type"] = p.Type };
        if (p.Allowed is { } allowed)
        {
            schema["enum"] = new JsonArray(allowed.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
        }

        var parameter = new JsonObject { ["name"] = p.Name, ["in"] = p.In, ["required"] = p.Required || p.In == "path", ["description"] = p.Description, ["schema"] = schema };
        if (p.Example is { } example)
        {
            parameter["example"] = example;
        }

        return parameter;
    }

    private static JsonNode Schema(Type type) => JsonSchemaExporter.GetJsonSchemaAsNode(Json, type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });

    private static string SchemaName(Type type) => type.IsGenericType
        ? string.Concat(type.GetGenericArguments().Select(SchemaName)) + "List"
        : type.Name;
}
