namespace Odp.Engine.Catalog;

public enum OwnerKind
{
    User,
    Group,
}
