using Odp.IntegrationTests.Ldap;
using Odp.IntegrationTests.Storage.Postgres;

namespace Odp.IntegrationTests.Observability;

/// <summary>The probe and log tests: a slapd and a PostgreSQL cluster of their own, since some of them stop answering.</summary>
[CollectionDefinition(Name)]
public sealed class ObservabilityCollection : ICollectionFixture<SlapdFixture>, ICollectionFixture<PostgresFixture>
{
    public const string Name = "observability";
}
