using ScopeFn.Core.Collections;
using System.Globalization;
using LanguageExt;

namespace ScopeFn.Core.Graphs;

/// <summary>
/// <c>Graph.unique_name</c> (ops.py), spec §1.1: prefix the thread's name stack, count uses per
/// lower-cased full name, and on a repeat probe <c>name_i, name_(i+1), …</c> past names already
/// registered, registering the generated one too. Returns the name in its original case.
/// </summary>
public static class UniqueName
{
    public static (RerootingMap<string, int> NamesInUse, string Name) Apply(
        RerootingMap<string, int> namesInUse, string nameStack, string name, bool markAsUsed = true)
    {
        if (nameStack.Length > 0) name = nameStack + "/" + name;
        var key = name.ToLowerInvariant();
        var i = namesInUse.GetValueOrDefault(key, 0);
        if (markAsUsed) namesInUse = namesInUse.SetItem(key, i + 1);
        if (i == 0) return (namesInUse, name);

        var probe = key;
        while (namesInUse.ContainsKey(probe))
        {
            probe = string.Create(CultureInfo.InvariantCulture, $"{key}_{i}");
            i++;
        }
        if (markAsUsed) namesInUse = namesInUse.SetItem(probe, 1);
        // An all-lower-case name is its own key, so the probed key is the name.
        var unique = ReferenceEquals(key, name) ? probe : string.Create(CultureInfo.InvariantCulture, $"{name}_{i - 1}");
        return (namesInUse, unique);
    }

    /// <summary>ops.py <c>name_from_scope_name</c>: a scope string minus its one trailing slash.</summary>
    public static string FromScopeName(string name) => name.Length > 0 && name[^1] == '/' ? name[..^1] : name;
}
