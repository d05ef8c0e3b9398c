using Odp.Engine.Catalog;
using Odp.Engine.Integrations.Trino.Client;

namespace Odp.Engine.Integrations.Trino.Preview;

/// <summary>The first rows of <paramref name="Table"/> as Trino showed them to <paramref name="User"/>.</summary>
public sealed record TablePreview(DatasetName Table, string User, TrinoQueryResult Result);
