namespace ScopeFn.Oracle.Export;

/// <summary>
/// graph_to_functiondef.cc's <c>NodeNameMapping</c>: argument names are normalized to ArgDef's
/// <c>[a-z][a-z0-9_]*</c>; input args, output args and body nodes share one set of used names, a
/// taken name gets the next free <c>_N</c> suffix (counted per name), and body node names keep
/// their case (so an input <c>A</c> and a node <c>a</c> become <c>a</c> and <c>a_0</c>).
/// </summary>
public sealed class NodeNameMapping
{
    // Used name → the next suffix to try for it (UniquifyHelper's counter).
    private readonly Dictionary<string, int> used = new(StringComparer.Ordinal);

    // Original node name → the name it has in the function.
    private readonly Dictionary<string, string> mapping = new(StringComparer.Ordinal);

    /// <summary><c>GetInputName</c>: normalized, made unique, and recorded for the node.</summary>
    public string GetInputName(string name) => mapping[name] = Uniquified(Normalize(name));

    /// <summary><c>GetOutputName</c>: normalized and made unique; not recorded, it names no node.</summary>
    public string GetOutputName(string name) => Uniquified(Normalize(name));

    /// <summary><c>Uniquify</c>: a body node's name made unique, recorded for the node.</summary>
    public string Uniquify(string name) => mapping[name] = Uniquified(name);

    /// <summary><c>Lookup</c>: the name the node got, or null when it is neither an input nor in the body.</summary>
    public string? Lookup(string name) => mapping.GetValueOrDefault(name);

    private string Uniquified(string name)
    {
        if (used.TryAdd(name, 0)) return name;
        while (true)
        {
            var candidate = $"{name}_{used[name]++}";
            if (used.TryAdd(candidate, 0)) return candidate;
        }
    }

    /// <summary>
    /// <c>Normalize</c>: ASCII letters lower-cased, every other non-alphanumeric byte made '_', then
    /// everything before the first letter dropped; <c>unknown</c> when empty or letterless.
    /// </summary>
    public static string Normalize(string name)
    {
        if (name.Length == 0) return "unknown";
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray();
        var first = Array.FindIndex(chars, char.IsAsciiLetter);
        return first < 0 ? "unknown" : new string(chars, first, chars.Length - first);
    }
}
