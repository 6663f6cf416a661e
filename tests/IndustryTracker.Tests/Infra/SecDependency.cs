using System.Reflection;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Functions;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Tests.Infra;

/// <summary>Which functions can reach SEC: those whose class, through constructor dependencies, needs a <see cref="SecClient"/>.</summary>
public static class SecDependency
{
    public static IReadOnlyList<string> FunctionsReachingSecClient() =>
        [.. typeof(NormalizeFunction).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Select(m => (Type: t, Function: m.GetCustomAttribute<FunctionAttribute>())))
            .Where(f => f.Function is not null && Reaches(f.Type, typeof(SecClient)))
            .Select(f => f.Function!.Name)
            .Order(StringComparer.Ordinal)];

    private static bool Reaches(Type root, Type target)
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([root]);
        while (pending.TryDequeue(out var type))
        {
            if (type == target)
            {
                return true;
            }

            // Follow the app's own types only: framework services (options, loggers, HttpClient) never reach SEC themselves.
            if (!seen.Add(type) || type.Assembly.GetName().Name?.StartsWith("IndustryTracker.", StringComparison.Ordinal) != true)
            {
                continue;
            }

            foreach (var parameter in type.GetConstructors().SelectMany(c => c.GetParameters()))
            {
                pending.Enqueue(parameter.ParameterType);
            }
        }

        return false;
    }
}
