using System.Net;

namespace Odp.Engine.Tests.Fakes;

/// <summary>
/// The far end of a handler under test, in memory: answers each send with the next scripted answer (a status with
/// optional headers, or an exception), then 200 OK; records every send's method and body as they arrived.
/// </summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> script = new();
    private readonly List<(HttpMethod Method, string Body)> sends = [];

    public IReadOnlyList<(HttpMethod Method, string Body)> Sends { get { lock (sends) return [.. sends]; } }

    public int Count { get { lock (sends) return sends.Count; } }

    /// <summary>The next <paramref name="count"/> sends get <paramref name="status"/>, each after <paramref name="headers"/> set its headers.</summary>
    public ScriptedHandler Answer(HttpStatusCode status, int count = 1, Action<HttpResponseMessage>? headers = null)
    {
        lock (sends)
        {
            for (var i = 0; i < count; i++)
            {
                script.Enqueue(() =>
                {
                    var response = new HttpResponseMessage(status) { Content = new StringContent(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)) };
                    headers?.Invoke(response);
                    return response;
                });
            }
        }
        return this;
    }

    /// <summary>The next <paramref name="count"/> sends get no answer: <see cref="HttpRequestException"/>.</summary>
    public ScriptedHandler Unreachable(int count = 1)
    {
        lock (sends)
        {
            for (var i = 0; i < count; i++) script.Enqueue(() => throw new HttpRequestException("connection refused"));
        }
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Func<HttpResponseMessage>? next;
        lock (sends)
        {
            sends.Add((request.Method, body));
            script.TryDequeue(out next);
        }
        var response = next?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("ok") };
        response.RequestMessage = request;
        return response;
    }
}
