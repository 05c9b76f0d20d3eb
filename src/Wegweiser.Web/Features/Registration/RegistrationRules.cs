using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Content.Rules;
using Wegweiser.Web.Features.Editorial.Entries;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// Checks the public form with the editor form's rules (<see cref="EntryInputRules"/>, Core's field
/// rules) plus what the form itself needs: a type, a short summary and the contact person. The
/// result's keys are the public form's field names; messages are in the visitor's language.
/// </summary>
public static class RegistrationRules
{
    /// <summary>The editor form's field ids as the public form names them.</summary>
    private static readonly Dictionary<string, string> FieldOf = new(StringComparer.Ordinal)
    {
        ["title"] = "title",
        ["text-summary"] = "summary",
        ["text-body"] = "body",
        ["address-0-street"] = "street",
        ["address-0-postalCode"] = "postalCode",
        ["address-0-town"] = "town",
        ["towns"] = "town",
        ["phone"] = "phone",
        ["email"] = "email",
        ["website"] = "website",
        ["topics"] = "topics",
        ["languages"] = "languages",
        ["hours"] = "hours",
        ["clubCategory"] = "clubCategory",
    };

    /// <summary>The public form's fields in the order they appear (the error summary lists them so).</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["type", "title", "summary", "body", "clubCategory", "street", "postalCode", "town", "phone", "email", "website", "hours", "topics", "languages", "contactName", "contactEmail"];

    public static Dictionary<string, string> Validate(RegistrationInput input, EntryInputRules.Context context, IStringLocalizer t)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (input.ChosenType is null)
        {
            errors["type"] = t["Registration.Error.Type"];
        }

        var editorErrors = EntryInputRules.Validate(input.ToEntryInput(), context, new PublicErrorLocalizer(t));
        foreach (var (field, message) in editorErrors)
        {
            errors.TryAdd(FieldOf.GetValueOrDefault(field, "title"), message);
        }

        if (string.IsNullOrWhiteSpace(input.Summary))
        {
            errors.TryAdd("summary", t["Registration.Error.Summary"]);
        }

        CheckContact(input, errors, t);
        return Fields.Where(errors.ContainsKey).ToDictionary(f => f, f => errors[f], StringComparer.Ordinal);
    }

    private static void CheckContact(RegistrationInput input, Dictionary<string, string> errors, IStringLocalizer t)
    {
        if (string.IsNullOrWhiteSpace(input.ContactName))
        {
            errors["contactName"] = t["Registration.Error.ContactName"];
        }
        else if (input.ContactName.Trim().Length > Data.Registrations.RegistrationLimits.ContactName)
        {
            errors["contactName"] = t["Registration.Error.TooLong", Data.Registrations.RegistrationLimits.ContactName];
        }

        if (string.IsNullOrWhiteSpace(input.ContactEmail) || ContactRules.Email(input.ContactEmail) is not null
            || input.ContactEmail.Trim().Length > Data.Registrations.RegistrationLimits.ContactEmail)
        {
            errors["contactEmail"] = t["Registration.Error.ContactEmail"];
        }
    }

    /// <summary>The context of the rules: the site's terms; no organisation (the form has none).</summary>
    public static EntryInputRules.Context Context(ContentType type, IReadOnlyDictionary<string, IReadOnlySet<string>> termKeys) =>
        new(type, termKeys, new HashSet<string>(StringComparer.Ordinal), null);
}
