namespace Odp.Engine.Catalog;

/// <summary>Search text the parser cannot understand; the message is written for the person who typed it.</summary>
public sealed class SearchSyntaxException(string message) : Exception(message);
