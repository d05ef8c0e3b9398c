using Odp.Engine.Integrations.JupyterHub;

namespace Odp.Engine.Tests.Integrations.JupyterHub;

/// <summary>How the link the hub gives for a server becomes what members open.</summary>
public sealed class JupyterHubOptionsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8000", "", "/user/alice/analysts/", "http://127.0.0.1:8000/user/alice/analysts/")]
    [InlineData("http://127.0.0.1:8000", "https://notebooks.example.com/", "/user/alice/analysts/", "https://notebooks.example.com/user/alice/analysts/")]
    // The hub's base_url is in its path: on the public host, not doubled.
    [InlineData("http://127.0.0.1:8000", "https://example.com/jupyter", "/jupyter/user/alice/analysts/", "https://example.com/jupyter/user/alice/analysts/")]
    [InlineData("http://127.0.0.1:8000", "https://example.com", "/jupyter/user/alice/analysts/", "https://example.com/jupyter/user/alice/analysts/")]
    // A proxy that strips its prefix: the hub's path goes under the public URL's.
    [InlineData("http://127.0.0.1:8000", "https://example.com/notebooks/", "/user/alice/analysts/", "https://example.com/notebooks/user/alice/analysts/")]
    // The hub's full_url (with its public_url set) is taken as is.
    [InlineData("http://127.0.0.1:8000", "https://example.com", "https://hub.example.org/user/alice/analysts/", "https://hub.example.org/user/alice/analysts/")]
    public void PublicUrlOf_HubLink_IsWhatMembersOpen(string url, string publicUrl, string hubLink, string expected)
    {
        var options = new JupyterHubOptions { Url = url, Token = "t", PublicUrl = publicUrl };

        Assert.Equal(expected, options.PublicUrlOf(hubLink));
    }
}
