namespace Odp.Engine.Storage.Postgres;

/// <summary>One versioned SQL migration, from <c>Storage/Postgres/Migrations/NNNN_name.sql</c>.</summary>
public sealed record PostgresMigration(int Version, string Name, string Sql);
