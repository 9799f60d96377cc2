using ScopeFn.Core.Collections;
using System.Globalization;

namespace ScopeFn.Core.Graphs;

/// <summary>
/// <c>Graph.unique_name</c> (ops.py), spec §1.1: prefix the thread's name stack, count uses per
/// lower-cased full name, and on a repeat probe <c>name_i, name_(i+1), …</c> past names already
/// registered, registering the generated one too. Returns the name in its original case.
/// </summary>
/// <remarks>
/// Graph building calls this once per op, so the full name, its key and each probe are composed in
/// a character buffer and looked up as spans: a string is made only for what is kept (a newly
/// registered key, the returned name), never for a key that is already registered or a probe that
/// is taken.
/// </remarks>
public static class UniqueName
{
    // "_" and the digits of an int.
    private const int SuffixRoom = 12;

    public static (RerootingMap<string, int> NamesInUse, string Name) Apply(
        RerootingMap<string, int> namesInUse, string nameStack, string name, bool markAsUsed = true)
    {
        var length = nameStack.Length > 0 ? nameStack.Length + 1 + name.Length : name.Length;
        var room = length + SuffixRoom;
        var buffer = room <= 256 ? stackalloc char[2 * room] : new char[2 * room];
        // `full` holds the name as given (with a suffix once probing), `key` its lower-cased form.
        var full = buffer[..room];
        var key = buffer[room..];
        if (nameStack.Length > 0)
        {
            nameStack.CopyTo(full);
            full[nameStack.Length] = '/';
            name.CopyTo(full[(nameStack.Length + 1)..]);
        }
        else name.CopyTo(full);
        full[..length].ToLowerInvariant(key);
        var lowerCase = full[..length].SequenceEqual(key[..length]);

        var present = namesInUse.TryGetValue(key[..length], out var storedKey, out var i);
        if (!present) i = 0;
        if (i == 0)
        {
            var fullName = nameStack.Length > 0 ? string.Concat(nameStack, "/", name) : name;
            // An all-lower-case name is its own key.
            if (markAsUsed) namesInUse = namesInUse.SetItem(present ? storedKey : lowerCase ? fullName : new string(key[..length]), 1);
            return (namesInUse, fullName);
        }
        if (markAsUsed) namesInUse = namesInUse.SetItem(storedKey, i + 1);

        key[length] = '_';
        int digits;
        while (true)
        {
            i.TryFormat(key[(length + 1)..], out digits, provider: CultureInfo.InvariantCulture);
            if (!namesInUse.ContainsKey(key[..(length + 1 + digits)])) break;
            i++;
        }
        var probe = key[..(length + 1 + digits)];
        var probeKey = new string(probe);
        if (markAsUsed) namesInUse = namesInUse.SetItem(probeKey, 1);
        if (lowerCase) return (namesInUse, probeKey);
        full[length] = '_';
        key.Slice(length + 1, digits).CopyTo(full[(length + 1)..]);
        return (namesInUse, new string(full[..(length + 1 + digits)]));
    }

    /// <summary>ops.py <c>name_from_scope_name</c>: a scope string minus its one trailing slash.</summary>
    public static string FromScopeName(string name) => name.Length > 0 && name[^1] == '/' ? name[..^1] : name;
}
