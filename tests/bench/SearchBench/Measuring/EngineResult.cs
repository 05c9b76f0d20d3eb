namespace Wegweiser.SearchBench.Measuring;

/// <summary>One row of the results table; <see cref="Missing"/> says why an engine did not run.</summary>
internal sealed class EngineResult(string engine)
{
    public string Engine { get; } = engine;

    public string? Missing { get; set; }

    public TimeSpan BuildTime { get; set; }

    public int Documents { get; set; }

    public Latencies Latencies { get; } = new();

    public string Footprint { get; set; } = "";

    public double RecallAt5 { get; set; }

    public double Mrr { get; set; }
}
