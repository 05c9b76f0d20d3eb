using System.Net;
using SmtpServer;
using Wegweiser.Tests.SmtpSink;

// A real SMTP server for the tests, on loopback only: every message it receives becomes one .eml
// file in the folder. tests/run.sh starts it; the site sends to it like to any mail server.
//   SmtpSink --port 25250 --folder /tmp/mail
var port = 25250;
string? folder = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--port":
            port = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--folder":
            folder = args[i + 1];
            break;
        default:
            Console.Error.WriteLine($"Unknown option {args[i]}. Usage: SmtpSink --port N --folder DIR");
            return 2;
    }
}

if (folder is null)
{
    Console.Error.WriteLine("Usage: SmtpSink --port N --folder DIR");
    return 2;
}

Directory.CreateDirectory(folder);
var options = new SmtpServerOptionsBuilder()
    .ServerName("localhost")
    .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
    .Build();
var services = new SmtpServer.ComponentModel.ServiceProvider();
services.Add(new FolderMessageStore(folder));
services.Add(new UnknownMailboxFilter());
var server = new SmtpServer.SmtpServer(options, services);

// Not disposed: ProcessExit may still cancel it while the program ends.
var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

var running = server.StartAsync(stop.Token);
try
{
    // StartAsync binds the socket at once; a port in use ends the task with an error right away.
    await Task.WhenAny(running, Task.Delay(300));
    if (running.IsFaulted)
    {
        await running;
    }
}
catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException)
{
    Console.Error.WriteLine($"SmtpSink could not listen on 127.0.0.1:{port}: {e.Message}");
    return 1;
}

Console.WriteLine($"SmtpSink listening on 127.0.0.1:{port}, writing to {folder}");
try
{
    await running;
}
catch (OperationCanceledException)
{
}

return 0;
