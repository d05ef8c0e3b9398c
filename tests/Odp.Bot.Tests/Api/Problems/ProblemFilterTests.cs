using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Odp.Bot.Api.Problems;
using Odp.Engine.Errors;

namespace Odp.Bot.Tests.Api.Problems;

/// <summary>The engine's typed hints in the API's words: a problem's <c>hint</c> names the action and the request that does it.</summary>
public sealed class ProblemFilterTests
{
    [Fact]
    public async Task InvokeAsync_RefusalWithARequestAccessHint_Answers403WithTheHint()
    {
        var filter = new ProblemFilter(NullLogger<ProblemFilter>.Instance);
        var context = new DefaultEndpointFilterInvocationContext(new DefaultHttpContext());

        var result = await filter.InvokeAsync(context, _ => throw new NotAllowedException("Trino refused: Access Denied", new RequestAccessHint("lake.sales.orders")));

        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(StatusCodes.Status403Forbidden, problem.StatusCode);
        var hint = Assert.IsType<Dictionary<string, object?>>(problem.ProblemDetails.Extensions["hint"]);
        Assert.Equal("request-access", hint["action"]);
        Assert.Equal("lake.sales.orders", hint["dataset"]);
        Assert.Equal("POST /api/v1/requests", hint["request"]);
    }

    [Fact]
    public async Task InvokeAsync_RefusalWithoutAHint_AnswersWithoutOne()
    {
        var filter = new ProblemFilter(NullLogger<ProblemFilter>.Instance);
        var context = new DefaultEndpointFilterInvocationContext(new DefaultHttpContext());

        var result = await filter.InvokeAsync(context, _ => throw new NotFoundException("There is no ticket ODP-9."));

        Assert.False(Assert.IsType<ProblemHttpResult>(result).ProblemDetails.Extensions.ContainsKey("hint"));
    }
}
