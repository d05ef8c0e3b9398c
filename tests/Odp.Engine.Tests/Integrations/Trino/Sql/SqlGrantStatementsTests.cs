using Odp.Engine.Integrations.Trino.Sql;

namespace Odp.Engine.Tests.Integrations.Trino.Sql;

public sealed class SqlGrantStatementsTests
{
    [Fact]
    public void Grant_UserReadAndWrite_OneStatementWithSortedPrivilegesAndQuotedNames()
    {
        var sql = SqlGrantStatements.Grant([Privilege("USER", "alice", "SELECT"), Privilege("USER", "alice", "INSERT")]);

        Assert.Equal("GRANT INSERT, SELECT ON TABLE \"lake\".\"sales\".\"orders\" TO USER \"alice\"", sql);
    }

    [Fact]
    public void Revoke_Role_UsesFromRole()
    {
        var sql = SqlGrantStatements.Revoke([Privilege("ROLE", "Analysts", "SELECT")]);

        Assert.Equal("REVOKE SELECT ON TABLE \"lake\".\"sales\".\"orders\" FROM ROLE \"analysts\"", sql);
    }

    [Theory]
    [InlineData("x\" TO ROLE admin; --", "\"x\"\" TO ROLE admin; --\"")]
    [InlineData("o'brien", "\"o'brien\"")]
    public void Grant_HostileGrantee_IsOneQuotedIdentifier(string user, string quoted) =>
        Assert.EndsWith($"TO USER {quoted}", SqlGrantStatements.Grant([Privilege("USER", user, "SELECT")]));

    [Fact]
    public void Grant_HostileTable_EachPartQuoted()
    {
        var sql = SqlGrantStatements.Grant([new SqlPrivilege("USER", "alice", "lake", "sa\"les", "x; DROP TABLE y", "SELECT")]);

        Assert.Equal("GRANT SELECT ON TABLE \"lake\".\"sa\"\"les\".\"x; drop table y\" TO USER \"alice\"", sql);
    }

    [Fact]
    public void Grant_TwoPrincipalsOrAnUnmanagedPrivilege_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => SqlGrantStatements.Grant([Privilege("USER", "alice", "SELECT"), Privilege("USER", "bob", "SELECT")]));
        Assert.Throws<ArgumentException>(() => SqlGrantStatements.Grant([Privilege("USER", "alice", "OWNERSHIP")]));
        Assert.Throws<ArgumentException>(() => SqlGrantStatements.Grant([]));
    }

    private static SqlPrivilege Privilege(string type, string grantee, string privilege) =>
        new(type, grantee, "lake", "sales", "orders", privilege);
}
