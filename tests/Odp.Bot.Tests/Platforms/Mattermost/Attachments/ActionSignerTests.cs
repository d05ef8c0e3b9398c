using System.Text.Json;
using System.Text.Json.Nodes;
using Odp.Bot.Platforms.Mattermost.Attachments;
using Odp.Bot.Tests.Fakes;

namespace Odp.Bot.Tests.Platforms.Mattermost.Attachments;

public sealed class ActionSignerTests
{
    private static readonly ActionSigner Signer = new("s3cret");

    private static JsonObject Signed(string command = "/odp approve ODP-1", string? input = null) =>
        Signer.Sign(command, input).ToJson();

    [Fact]
    public void Sign_Command_ContextHasCommandNonceAndHexSignature()
    {
        var context = Signer.Sign("/odp approve ODP-1");

        Assert.Equal("/odp approve ODP-1", context.Command);
        Assert.Matches("^[0-9a-f]{32}$", context.Nonce);
        Assert.Matches("^[0-9a-f]{64}$", context.Signature);
        Assert.Null(context.Input);
        Assert.Equal(["command", "nonce", "sig"], context.ToJson().Select(p => p.Key));
    }

    [Fact]
    public void Sign_TwoCalls_DifferentNonces()
    {
        Assert.NotEqual(Signer.Sign("/odp approve ODP-1").Nonce, Signer.Sign("/odp approve ODP-1").Nonce);
    }

    [Fact]
    public void Sign_FixedNonceSource_SignatureIsHmacOfCommandAndNonce()
    {
        var signer = new ActionSigner("s3cret", () => [1, 2, 3]);

        var context = signer.Sign("/odp approve ODP-1");

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            "s3cret"u8.ToArray(), "/odp approve ODP-1\n010203"u8.ToArray()));
        Assert.Equal("010203", context.Nonce);
        Assert.Equal(expected, context.Signature);
    }

    [Fact]
    public void Verify_SignedContext_ReturnsCommand()
    {
        Assert.True(Signer.Verify(Signed(), out string? command));
        Assert.Equal("/odp approve ODP-1", command);
    }

    [Fact]
    public void Verify_ParsedCallbackContext_ReturnsCommand()
    {
        var body = JsonDocument.Parse(new JsonObject { ["user_id"] = "u1", ["context"] = Signed() }.ToJsonString());

        Assert.True(Signer.Verify(body.RootElement.GetProperty("context"), out var command));
        Assert.Equal("/odp approve ODP-1", command);
    }

    [Fact]
    public void TryVerify_ContextWithInput_ReturnsCommandAndInput()
    {
        Assert.True(Signer.TryVerify(Signed("/odp deny ODP-1", "reason"), out var verified));
        Assert.Equal("/odp deny ODP-1", verified.Command);
        Assert.Equal("reason", verified.Input);
    }

    [Theory]
    [InlineData("command", "/odp approve ODP-2")]
    [InlineData("command", "/odp deny ODP-1")]
    [InlineData("nonce", "00000000000000000000000000000000")]
    [InlineData("sig", "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sig", "not hex")]
    [InlineData("sig", "")]
    [InlineData("input", "reason")]
    public void Verify_AlteredField_Refused(string field, string value)
    {
        var context = Signed();
        context[field] = value;

        Assert.False(Signer.Verify(context, out string? command));
        Assert.Null(command);
    }

    [Fact]
    public void Verify_InputRemoved_Refused()
    {
        var context = Signed("/odp deny ODP-1", "reason");
        context.Remove("input");

        Assert.False(Signer.Verify(context, out string? _));
    }

    [Theory]
    [InlineData("command")]
    [InlineData("nonce")]
    [InlineData("sig")]
    public void Verify_MissingField_Refused(string field)
    {
        var context = Signed();
        context.Remove(field);

        Assert.False(Signer.Verify(context, out string? _));
    }

    [Fact]
    public void Verify_NonStringFields_Refused()
    {
        var context = Signed();
        context["command"] = 1;

        Assert.False(Signer.Verify(context, out string? _));
        Assert.False(Signer.Verify((JsonObject?)null, out string? _));
        Assert.False(Signer.Verify(JsonDocument.Parse("[1]").RootElement, out _));
    }

    [Fact]
    public void Verify_WrongSecret_Refused()
    {
        Assert.False(new ActionSigner("other").Verify(Signed(), out string? _));
    }

    [Fact]
    public void Constructor_EmptySecret_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ActionSigner(""));
    }

    [Fact]
    public void Verify_Source_ComparesInConstantTime()
    {
        var source = File.ReadAllText(Path.Combine(
            SourceTree.Root, "src", "Odp.Bot", "Platforms", "Mattermost", "Attachments", "ActionSigner.cs"));

        Assert.Contains("CryptographicOperations.FixedTimeEquals(", source);
        Assert.DoesNotContain("SequenceEqual", source);
        Assert.DoesNotContain("sig ==", source);
    }
}
