using System.Net;
using System.Net.Sockets;

namespace Portal.Benchmarks.Hosting;

/// <summary>A loopback TCP port that nothing listens on at the moment it is asked for.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
