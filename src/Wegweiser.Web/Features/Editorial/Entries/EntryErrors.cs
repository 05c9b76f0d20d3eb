using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// The editor form's messages by field id: the first problem of a field wins. Turns the problems of
/// the rules in <c>Wegweiser.Core.Content.Rules</c> into the form's resource texts.
/// </summary>
public sealed class EntryErrors(IStringLocalizer t)
{
    private static readonly Dictionary<string, string> ResourceKeys = new()
    {
        [ProblemKeys.Required] = "Editor.Error.Title",
        [ProblemKeys.TooLong] = "Editor.Error.TooLong",
        [ProblemKeys.Phone] = "Editor.Error.Phone",
        [ProblemKeys.Email] = "Editor.Error.Email",
        [ProblemKeys.WebAddress] = "Editor.Error.Website",
        [ProblemKeys.PostalCode] = "Editor.Error.PostalCode",
        [ProblemKeys.Slug] = "Editor.Error.Slug",
        [ProblemKeys.OpeningHours] = "Editor.Error.Hours",
        [ProblemKeys.Unknown] = "Editor.Error.Unknown",
        [ProblemKeys.EndBeforeStart] = "Editor.Error.EndBeforeStart",
        [ProblemKeys.Number] = "Editor.Error.Number",
        [ProblemKeys.Month] = "Editor.Error.Month",
    };

    public Dictionary<string, string> Messages { get; } = [];

    /// <summary>The message of <paramref name="problem"/> (if any) at <paramref name="field"/>.</summary>
    public void Add(string field, FieldProblem? problem)
    {
        if (problem is { } p)
        {
            Add(field, ResourceKeys[p.Key], p.Argument is { } argument ? new[] { argument } : Array.Empty<object>());
        }
    }

    /// <summary>
    /// For contact data the form names only what a valid value looks like, also when it is too
    /// long: the problem is shown with <paramref name="formKey"/>'s message.
    /// </summary>
    public void AddAsForm(string field, FieldProblem? problem, string formKey) =>
        Add(field, problem is { Key: ProblemKeys.TooLong } ? new FieldProblem(formKey) : problem);

    public void Add(string field, string resourceKey, params object[] args) => Messages.TryAdd(field, t[resourceKey, args]);
}
