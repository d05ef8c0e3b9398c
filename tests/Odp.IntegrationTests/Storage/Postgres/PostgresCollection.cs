namespace Odp.IntegrationTests.Storage.Postgres;

/// <summary>The tests that share one PostgreSQL cluster (each on a database of its own).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
