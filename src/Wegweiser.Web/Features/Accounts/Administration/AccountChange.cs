namespace Wegweiser.Web.Features.Accounts.Administration;

/// <summary>
/// The outcome of a change to an account: done, or refused with problems (resource keys, or
/// Identity's own German descriptions) and nothing changed.
/// </summary>
public sealed record AccountChange(IReadOnlyList<AccountProblem> Problems, string? UserId = null, string? Password = null)
{
    public bool Succeeded => Problems.Count == 0;

    public static AccountChange Done(string userId, string? password = null) => new([], userId, password);

    public static AccountChange Refused(params AccountProblem[] problems) => new(problems);
}

/// <summary>
/// One reason a change was refused: the form field it concerns, a resource key, and where the
/// text comes from Identity (a taken name, a bad address), that text.
/// </summary>
public sealed record AccountProblem(string Field, string Key, string? Text = null);
