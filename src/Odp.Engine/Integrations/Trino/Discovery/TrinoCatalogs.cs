using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Odp.Engine.Integrations.Trino.Client;

namespace Odp.Engine.Integrations.Trino.Discovery;

/// <summary>
/// The catalogs OpenDataPlane looks into: <c>Odp:Trino:Catalogs</c> when set, otherwise every catalog in
/// <c>system.metadata.catalogs</c> except <c>system</c> itself. Queried as <c>Odp:Trino:User</c>.
/// </summary>
public sealed class TrinoCatalogs(TrinoClient trino, IOptions<TrinoOptions> options)
{
    public const string SystemCatalog = "system";

    public async IAsyncEnumerable<string> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var configured = options.Value.CatalogList();
        if (configured.Count > 0)
        {
            foreach (var catalog in configured) yield return catalog;
            yield break;
        }

        const string sql = "SELECT catalog_name FROM system.metadata.catalogs ORDER BY catalog_name";
        await foreach (var row in trino.StreamAsync(sql, Session(), int.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            var name = row.Text(0);
            if (!string.Equals(name, SystemCatalog, StringComparison.OrdinalIgnoreCase)) yield return name;
        }
    }

    /// <summary>A session as the bot's own account, which reads metadata and, in SQL mode, grants.</summary>
    public TrinoSession Session() => new(options.Value.User);
}
