namespace Odp.Engine.Catalog;

/// <summary>
/// A dataset owner as written in the catalog: <c>group:sales-owners</c> or <c>user:bob</c>.
/// </summary>
public sealed record OwnerReference(OwnerKind Kind, string Id)
{
    public const string GroupPrefix = "group:";
    public const string UserPrefix = "user:";

    public static bool TryParse(string? text, out OwnerReference owner)
    {
        owner = new OwnerReference(OwnerKind.User, "");
        var value = text?.Trim() ?? "";
        var (kind, prefix) = value.StartsWith(GroupPrefix, StringComparison.OrdinalIgnoreCase)
            ? (OwnerKind.Group, GroupPrefix)
            : value.StartsWith(UserPrefix, StringComparison.OrdinalIgnoreCase)
                ? (OwnerKind.User, UserPrefix)
                : (OwnerKind.User, "");
        if (prefix.Length == 0) return false;

        var id = value[prefix.Length..];
        if (id.Length == 0 || id.Any(c => char.IsWhiteSpace(c) || c == ':')) return false;
        owner = new OwnerReference(kind, id);
        return true;
    }

    public static bool IsValid(string? text) => TryParse(text, out _);

    public override string ToString() => (Kind == OwnerKind.Group ? GroupPrefix : UserPrefix) + Id;
}
