using System.Net;
using System.Net.Sockets;

namespace Odp.Benchmarks.Servers;

/// <summary>A loopback port nobody listens on right now (the OS picks it).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on the port, or the process died, or the time is up.</summary>
    public static async Task<bool> WaitListeningAsync(int port, Func<bool> gaveUp, TimeSpan patience)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < patience && !gaveUp())
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50)); // a server starting up: poll, bounded by patience
            }
        }
        return false;
    }
}
