namespace Odp.Engine.Integrations.Trino.Client;

/// <summary>One result column as Trino names it, with its type text (e.g. <c>varchar</c>, <c>decimal(10,2)</c>).</summary>
public sealed record TrinoColumn(string Name, string Type);
