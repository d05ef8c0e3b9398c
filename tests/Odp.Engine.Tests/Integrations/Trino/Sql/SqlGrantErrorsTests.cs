using Odp.Engine.Integrations.Trino.Client;
using Odp.Engine.Integrations.Trino.Sql;

namespace Odp.Engine.Tests.Integrations.Trino.Sql;

public sealed class SqlGrantErrorsTests
{
    [Theory]
    [InlineData(false, "ALREADY_EXISTS", true)]
    [InlineData(false, "TABLE_NOT_FOUND", false)]
    [InlineData(false, "ROLE_NOT_FOUND", false)]
    [InlineData(false, "PERMISSION_DENIED", false)]
    [InlineData(false, "NOT_SUPPORTED", false)]
    [InlineData(true, "NOT_FOUND", true)]
    [InlineData(true, "TABLE_NOT_FOUND", true)]
    [InlineData(true, "SCHEMA_NOT_FOUND", true)]
    [InlineData(true, "CATALOG_NOT_FOUND", true)]
    [InlineData(true, "ROLE_NOT_FOUND", true)]
    [InlineData(true, "ALREADY_EXISTS", false)]
    [InlineData(true, "PERMISSION_DENIED", false)]
    [InlineData(true, "NOT_SUPPORTED", false)]
    public void AlreadyDone_ErrorName_OnlyWhenTheWantedStateHolds(bool revoke, string errorName, bool done) =>
        Assert.Equal(done, SqlGrantErrors.AlreadyDone(revoke, Error(errorName)));

    [Fact]
    public void Explain_GrantToMissingRole_SaysToCreateTheRole()
    {
        var text = SqlGrantErrors.Explain(false, [new SqlPrivilege("ROLE", "ghosts", "lake", "sales", "orders", "SELECT")], Error("ROLE_NOT_FOUND"));

        Assert.Equal(
            "Trino refused granting SELECT on lake.sales.orders to ROLE ghosts: Trino says ROLE_NOT_FOUND. "
            + "Team grants go to the Trino role named after the team: create the role ghosts and grant it to the team's members.",
            text);
    }

    private static TrinoQueryException Error(string name) => new($"Trino says {name}", name, "USER_ERROR", 0, null, null, "q1");
}
