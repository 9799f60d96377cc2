using System.Collections.Frozen;
using System.Reflection;

namespace ScopeFn.Script.Tf.Api;

/// <summary>
/// The member names of TensorFlow's public modules, read from the API golden files
/// (tensorflow/tools/api/golden/v1 and v2) and embedded as one name per line. A module with no
/// recorded list is not filtered.
/// </summary>
public static class ApiGolden
{
    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> Lists = new(Load);

    /// <summary>The members of a module by golden key (<c>v2.tensorflow.nn</c>, <c>v1.tensorflow</c>), or null if none is recorded.</summary>
    public static IReadOnlySet<string>? Members(string key) => Lists.Value.GetValueOrDefault(key);

    public static IEnumerable<string> Keys => Lists.Value.Keys;

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        const string prefix = "ScopeFn.Script.Tf.Api.";
        var assembly = typeof(ApiGolden).Assembly;
        var lists = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal) && r.EndsWith(".txt", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var names = reader.ReadToEnd().Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && !line.StartsWith('#'));
            lists[resource[prefix.Length..^".txt".Length]] = names.ToFrozenSet(StringComparer.Ordinal);
        }
        return lists.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
