namespace Odp.IntegrationTests.Ldap;

/// <summary>The tests that share one slapd; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SlapdCollection : ICollectionFixture<SlapdFixture>
{
    public const string Name = "slapd";
}
