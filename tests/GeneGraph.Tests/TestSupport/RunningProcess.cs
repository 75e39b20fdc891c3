using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace GeneGraph.Tests.TestSupport;

/// <summary>
/// A program that keeps running while the test talks to it: its standard output arrives line by line (awaited, never
/// polled), its standard error is collected, and it can be sent SIGINT as Ctrl-C would. On Linux it starts through
/// <c>env --default-signal=INT</c>: a test host started in the background inherits SIGINT as ignored, and the child
/// would inherit that too.
/// </summary>
internal sealed class RunningProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _stderr = new();
    private readonly List<string> _seen = [];

    private RunningProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) _lines.Writer.TryComplete();
            else _lines.Writer.TryWrite(e.Data);
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data);
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static RunningProcess Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsLinux() ? "env" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (OperatingSystem.IsLinux())
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add(program);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>()) start.Environment[name] = value;
        return new RunningProcess(Process.Start(start)!);
    }

    /// <summary>Every line read so far, for failure messages.</summary>
    public string Transcript => string.Join("\n", _seen) + "\n--- stderr ---\n" + Stderr;

    public string Stderr
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    /// <summary>The next line of standard output; fails the test when none comes within <paramref name="timeout"/> or the program ended.</summary>
    public async Task<string> NextLineAsync(TimeSpan timeout)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            if (await _lines.Reader.WaitToReadAsync(limit.Token) && _lines.Reader.TryRead(out var line))
            {
                _seen.Add(line);
                return line;
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"no line within {timeout}; so far:\n{Transcript}");
        }
        Assert.Fail($"the program ended (exit code {(_process.HasExited ? _process.ExitCode : -1)}); its output:\n{Transcript}");
        return "";
    }

    /// <summary>Reads lines until one satisfies <paramref name="done"/> (checked after each line, e.g. "the outputs now equal a fresh export").</summary>
    public Task<string> WaitForAsync(Func<string, bool> done, TimeSpan timeout) => WaitForAsync(line => Task.FromResult(done(line)), timeout);

    /// <summary>Reads lines until one satisfies <paramref name="done"/>, which may ask a server.</summary>
    public async Task<string> WaitForAsync(Func<string, Task<bool>> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) Assert.Fail($"not settled within {timeout}; so far:\n{Transcript}");
            var line = await NextLineAsync(left);
            if (await done(line)) return line;
        }
    }

    /// <summary>SIGINT, as Ctrl-C in a terminal sends it.</summary>
    public void Interrupt() => Assert.Equal(0, ChildProcess.Run("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ExitCode);

    /// <summary>Waits for the program to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout);
        await _process.WaitForExitAsync(limit.Token);
        _process.WaitForExit(); // the redirected outputs are read to their end
        while (_lines.Reader.TryRead(out var line)) _seen.Add(line);
        return _process.ExitCode;
    }

    /// <summary>The lines not yet read (after the program ended).</summary>
    public IReadOnlyList<string> Lines => _seen;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
