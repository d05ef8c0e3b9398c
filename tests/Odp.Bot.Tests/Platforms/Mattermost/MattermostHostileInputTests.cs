using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Odp.Bot.Platforms.Http;
using Odp.Bot.Tests.Fakes.Mattermost;

namespace Odp.Bot.Tests.Platforms.Mattermost;

/// <summary>
/// Whatever reaches a Mattermost endpoint — of any size, any alphabet, malformed or undecodable — gets a 2xx or a 4xx
/// that says why, never a 5xx, and costs at most <see cref="RequestBody.MaxBytes"/> of reading.
/// </summary>
public sealed class MattermostHostileInputTests : IAsyncLifetime
{
    private MattermostBot bot = null!;

    public async Task InitializeAsync() => bot = await MattermostBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Commands_BodyPastTheLimit_Is413NamingTheLimit()
    {
        var response = await bot.CommandAsync("alice", "help " + new string('x', RequestBody.MaxBytes));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 1,048,576 bytes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Actions_ChunkedBodyPastTheLimit_Is413NamingTheLimit()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MattermostBot.Actions)
        {
            Content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes("{\"a\":\"" + new string('x', 2 * RequestBody.MaxBytes) + "\"}"))),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 1,048,576 bytes; this one has more", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"user_id\":\"\\ud800\",\"context\":{}}")]
    [InlineData("{\"user_id\":\"useralice\",\"context\":{\"command\":\"\\udfff\",\"nonce\":\"00\",\"sig\":\"00\"}}")]
    [InlineData("{\"\\ud83d\":1,\"user_id\":\"useralice\",\"context\":{}}")]
    public async Task Actions_UndecodableStrings_Are400(string body)
    {
        var response = await bot.Client.PostAsync(MattermostBot.Actions, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("valid Unicode", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Actions_InvalidUtf8Bytes_Are400()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"user_id\":\"__\",\"context\":{}}");
        bytes[12] = 0xFF;
        bytes[13] = 0xC0;

        var response = await bot.Client.PostAsync(MattermostBot.Actions, new ByteArrayContent(bytes));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    [InlineData("{\"user_id\":\"useralice\",\"context\":{\"command\":{},\"nonce\":[],\"sig\":1}}")]
    [InlineData("{\"user_id\":\"useralice\",\"context\":{\"command\":\"/odp approve ODP-1\",\"nonce\":\"00\",\"sig\":\"zz\",\"input\":7}}")]
    [InlineData("")]
    public async Task Actions_Malformed_NeverA5xx(string body)
    {
        var response = await bot.Client.PostAsync(MattermostBot.Actions, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Theory]
    [InlineData("%%%&&&===&user_id")]
    [InlineData("token=" + MattermostBot.CommandToken + "&user_id=%FF%FE&text=mine")]
    [InlineData("token=" + MattermostBot.CommandToken + "&user_id=useralice0000000000000000&text=%E2%82%00help")]
    public async Task Commands_MalformedOrUndecodableForm_NeverA5xx(string body)
    {
        var response = await bot.Client.PostAsync(MattermostBot.Commands, new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.InRange((int)response.StatusCode, 200, 499);
    }

    [Fact]
    public async Task Commands_TextFromEveryUnicodePlaneAndHuge_AnswersKindly()
    {
        var planes = string.Concat(Enumerable.Range(1, 16).Select(plane => char.ConvertFromUtf32((plane << 16) | 0x0041)));

        var response = await bot.CommandAsync("alice", "help " + planes + new string('x', 500_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A command can be at most 25,000 characters; yours has 500,037.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Commands_HugeUserId_AnswersKindly()
    {
        var form = new MattermostSlashCommandForm(MattermostBot.CommandToken, "mine", bot.Server.NewResponseUrl()) { UserId = new string('u', 200_000) };

        var response = await bot.Client.SendAsync(MattermostRequests.SlashCommand(MattermostBot.Commands, form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("can't reach Mattermost", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Commands_ThousandsOfFields_AnswersNormally()
    {
        var fields = Enumerable.Range(0, 50_000).Select(i => new KeyValuePair<string, string>($"f{i}", "v"))
            .Concat(new MattermostSlashCommandForm(MattermostBot.CommandToken, "help", bot.Server.NewResponseUrl()) { UserId = MattermostBot.UserId("alice") }.Fields());

        var response = await bot.Client.SendAsync(MattermostRequests.SlashCommand(MattermostBot.Commands, MattermostBot.CommandToken, fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/odp search", await response.Content.ReadAsStringAsync());
    }
}
