using System.Net;
using Odp.Engine.Integrations.Http;

namespace Odp.Engine.Tests.Integrations.Http;

public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseMessage Answer(Action<HttpResponseMessage> headers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        headers(response);
        return response;
    }

    [Fact]
    public void Read_DeltaSeconds_IsThatWait()
    {
        using var response = Answer(r => r.Headers.Add("Retry-After", "12"));

        Assert.Equal(TimeSpan.FromSeconds(12), RetryAfterHeader.Read(response, Now));
    }

    [Fact]
    public void Read_HttpDate_IsTheTimeUntilThen()
    {
        using var response = Answer(r => r.Headers.Add("Retry-After", "Wed, 01 Jan 2025 12:00:30 GMT"));

        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfterHeader.Read(response, Now));
    }

    [Fact]
    public void Read_HttpDateInThePast_IsZero()
    {
        using var response = Answer(r => r.Headers.Add("Retry-After", "Wed, 01 Jan 2025 11:00:00 GMT"));

        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Read(response, Now));
    }

    [Fact]
    public void Read_HugeDelta_IsCapped()
    {
        using var response = Answer(r => r.Headers.Add("Retry-After", "999999999"));

        Assert.Equal(RetryAfterHeader.Cap, RetryAfterHeader.Read(response, Now));
    }

    [Fact]
    public void Read_OnlyRateLimitResetSeconds_IsThatWait()
    {
        using var response = Answer(r => r.Headers.Add("X-Ratelimit-Reset", "7"));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterHeader.Read(response, Now));
    }

    [Fact]
    public void Read_OnlyRateLimitResetAsUnixTime_IsTheTimeUntilThen()
    {
        using var response = Answer(r => r.Headers.Add("X-Ratelimit-Reset", (Now.ToUnixTimeSeconds() + 9).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(TimeSpan.FromSeconds(9), RetryAfterHeader.Read(response, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    public void Read_NoUsableHeader_IsNull(string? value)
    {
        using var response = Answer(r =>
        {
            if (value is not null) r.Headers.TryAddWithoutValidation("Retry-After", value);
        });

        Assert.Null(RetryAfterHeader.Read(response, Now));
    }
}
