using System.Collections.Immutable;
using System.Text.Json;

namespace Coalition.Domain.OpenReferral;

/// <content>Finding repeated properties, whose value would be ambiguous.</content>
public static partial class HsdsImporter
{
    /// <summary>Returns the path of the first object within <paramref name="element"/> that repeats a property, or <see langword="null"/>.</summary>
    private static string? RepeatedProperty(JsonElement element, string path) =>
        MayRepeatProperty(element) ? RepeatedPropertyPath(element, path) : null;

    /// <summary>
    /// A fast check without allocations: false only when no object within <paramref name="element"/> repeats a property.
    /// Compares hashes of the raw UTF-8 names; a name with an escape, an object with more than 64 properties or a hash
    /// collision answers true, and the exact check (<see cref="RepeatedPropertyPath"/>) decides.
    /// </summary>
    private static bool MayRepeatProperty(JsonElement element)
    {
#if NET9_0_OR_GREATER
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                Span<ulong> hashes = stackalloc ulong[64];
                var count = 0;
                foreach (var property in element.EnumerateObject())
                {
                    var name = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(property);
                    if (count == hashes.Length || name.Contains((byte)'\\'))
                    {
                        return true;
                    }

                    var hash = 14695981039346656037UL;
                    foreach (var b in name)
                    {
                        hash = (hash ^ b) * 1099511628211UL;
                    }

                    if (hashes[..count].Contains(hash))
                    {
                        return true;
                    }

                    hashes[count++] = hash;
                    if (MayRepeatProperty(property.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (MayRepeatProperty(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
#else
        _ = element;
        return true;
#endif
    }

    /// <summary>The exact check: the path of the first object that repeats a property, comparing unescaped names.</summary>
    private static string? RepeatedPropertyPath(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? names = null;
                foreach (var property in element.EnumerateObject())
                {
                    names ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!names.Add(property.Name))
                    {
                        return path;
                    }

                    if (RepeatedPropertyPath(property.Value, $"{path}.{(property.Name.Length <= 40 ? property.Name : "…")}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (RepeatedPropertyPath(item, $"{path}[{index++}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
