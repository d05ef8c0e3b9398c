using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Directory;
using Odp.Engine.Integrations.Http;
using Odp.Engine.Integrations.OpenMetadata;

namespace Odp.Engine.Tests.Fakes.OpenMetadata;

/// <summary>The client wired like production (bearer token, then OpenMetadata's resilience layer) against a fake server.</summary>
public static class OpenMetadataTestClient
{
    public static OpenMetadataClient Create(Uri url, string token, TimeProvider time)
    {
        var handler = new BearerTokenHandler(() => token) { InnerHandler = ResilientHandler.Over(Backends.OpenMetadata, time) };
        return new OpenMetadataClient(new HttpClient(handler) { BaseAddress = url });
    }

    public static OpenMetadataTableMapper Mapper(IDirectory directory, OpenMetadataOptions? options = null) =>
        new(Options.Create(options ?? new OpenMetadataOptions()), new OpenMetadataOwnerMapper(directory, NullLogger<OpenMetadataOwnerMapper>.Instance));
}
