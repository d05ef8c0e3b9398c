namespace Odp.Engine.Tests.Integrations.Trino;

/// <summary>
/// Verbatim copies of the Trino docs examples in /work/shared/reference/fixtures (file-system-access-control.md),
/// inlined so the tests do not depend on files outside the repository.
/// </summary>
internal static class TrinoRulesFixtures
{
    /// <summary><c>trino-rules-tables-example.json</c>.</summary>
    public const string TablesExample = """
        {
          "tables": [
            {
              "role": "admin",
              "privileges": [
                "SELECT",
                "INSERT",
                "DELETE",
                "UPDATE",
                "OWNERSHIP"
              ]
            },
            {
              "user": "banned_user",
              "privileges": []
            },
            {
              "catalog": "default",
              "schema": "hr",
              "table": "employee",
              "privileges": [
                "SELECT"
              ],
              "filter": "user = current_user",
              "filter_environment": {
                "user": "system_user"
              }
            },
            {
              "catalog": "default",
              "schema": "default",
              "table": ".*",
              "privileges": [
                "SELECT"
              ],
              "columns": [
                {
                  "name": "address",
                  "allow": false
                },
                {
                  "name": "SSN",
                  "mask": "'XXX-XX-' + substring(credit_card, -4)",
                  "mask_environment": {
                    "user": "system_user"
                  }
                }
              ]
            }
          ]
        }
        """;

    /// <summary><c>trino-rules-schemas-example.json</c>.</summary>
    public const string SchemasExample = """
        {
          "schemas": [
            {
              "role": "admin",
              "schema": ".*",
              "owner": true
            },
            {
              "user": "guest",
              "owner": false
            },
            {
              "catalog": "default",
              "schema": "default",
              "owner": true
            }
          ]
        }
        """;

    /// <summary><c>trino-rules-verify-block-all.json</c>.</summary>
    public const string VerifyBlockAll = """
        {
          "catalogs": [
            {
              "catalog": "system",
              "allow": "none"
            }
          ]
        }
        """;

    /// <summary><c>trino-rules-catalogs-example.json</c>.</summary>
    public const string CatalogsExample = """
        {
          "catalogs": [
            {
              "role": "admin",
              "catalog": "(mysql|system)",
              "allow": "all"
            },
            {
              "group": "finance|human_resources",
              "catalog": "postgres",
              "allow": true
            },
            {
              "catalog": "hive",
              "allow": "all"
            },
            {
              "user": "alice",
              "catalog": "postgresql",
              "allow": "read-only"
            },
            {
              "catalog": "system",
              "allow": "none"
            }
          ]
        }
        """;
}
