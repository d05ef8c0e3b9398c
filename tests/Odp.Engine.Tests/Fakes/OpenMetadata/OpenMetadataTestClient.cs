using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Odp.Engine.Directory;
using Odp.Engine.Integrations.OpenMetadata;

namespace Odp.Engine.Tests.Fakes.OpenMetadata;

/// <summary>The client wired like production (bearer token, then the 5xx retry) against a fake server.</summary>
public static class OpenMetadataTestClient
{
    public static OpenMetadataClient Create(Uri url, string token, TimeProvider time)
    {
        var handler = new BearerTokenHandler(() => token)
        {
            InnerHandler = new ServerErrorRetryHandler(time) { InnerHandler = new SocketsHttpHandler() },
        };
        return new OpenMetadataClient(new HttpClient(handler) { BaseAddress = url });
    }

    public static OpenMetadataTableMapper Mapper(IDirectory directory, OpenMetadataOptions? options = null) =>
        new(Options.Create(options ?? new OpenMetadataOptions()), new OpenMetadataOwnerMapper(directory, NullLogger<OpenMetadataOwnerMapper>.Instance));
}
