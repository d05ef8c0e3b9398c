namespace Odp.Engine.Access;

/// <summary><c>Read</c> is SELECT; <c>Write</c> is SELECT, INSERT, UPDATE and DELETE.</summary>
public enum AccessLevel
{
    Read,
    Write,
}
