namespace Wegweiser.Core.Translation.Xliff;

/// <summary>
/// An XLIFF file that cannot be imported (or an export that cannot be made). <see cref="Problems"/>
/// are German sentences for editors; nothing was changed.
/// </summary>
public sealed class XliffException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public XliffException(string problem)
        : this([problem])
    {
    }

    public IReadOnlyList<string> Problems { get; } = problems;
}
