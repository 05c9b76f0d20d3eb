using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Content.Rules;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// Checks an <see cref="EntryInput"/> field by field and says, in German, what is wrong where.
/// Keys of the result are the form's field ids (see the form partial). The field rules are
/// Core's (<c>Wegweiser.Core.Content.Rules</c>), the same for providers' answers, recipes and
/// XLIFF imports; here are only what belongs to the form (its field ids, "ja"/"nein", date
/// formats) and to the site (known terms and organisations, the editor's organisations).
/// </summary>
public static class EntryInputRules
{
    /// <summary>What the rules need to know about the site.</summary>
    public sealed record Context(
        ContentType Type,
        IReadOnlyDictionary<string, IReadOnlySet<string>> TermKeys,
        IReadOnlySet<string> OrganisationKeys,
        IReadOnlySet<string>? AllowedOrganisations)
    {
        public bool Knows(string taxonomy, string key) => TermKeys.TryGetValue(taxonomy, out var keys) && keys.Contains(key);
    }

    public static Dictionary<string, string> Validate(EntryInput input, Context context, IStringLocalizer t)
    {
        var errors = new EntryErrors(t);
        CheckTexts(input, errors);
        CheckOrganisation(input, context, errors);
        CheckTerms(input, context, errors);
        CheckContact(input, errors);
        CheckAddresses(input, context, errors);
        errors.Add("hours", OpeningHoursRules.Text(input.Hours));
        CheckYesNo(errors, "freeOfCharge", input.FreeOfCharge);
        CheckYesNo(errors, "wheelchairAccessible", input.WheelchairAccessible);
        EntryTypeInputRules.Check(input, context.Type, errors);
        return errors.Messages;
    }

    /// <summary>"ja", "nein" or empty (not known) in the form's choice fields.</summary>
    internal static void CheckYesNo(EntryErrors errors, string field, string? value)
    {
        if (value is not (null or "" or "ja" or "nein"))
        {
            errors.Add(field, new FieldProblem(ProblemKeys.Unknown));
        }
    }

    private static void CheckTexts(EntryInput input, EntryErrors errors)
    {
        errors.Add("title", TextRules.Title(input.Title));
        errors.Add("slug", TextRules.Slug(input.Slug));
        foreach (var (field, value) in input.Texts)
        {
            errors.Add($"text-{field}", TextRules.Text(field, value));
        }
    }

    private static void CheckOrganisation(EntryInput input, Context context, EntryErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(input.Organisation) && !context.OrganisationKeys.Contains(input.Organisation))
        {
            errors.Add("organisation", "Editor.Error.Unknown");
        }

        if (context.AllowedOrganisations is { } allowed && context.Type != ContentType.Organisation
            && (input.Organisation is null || !allowed.Contains(input.Organisation)))
        {
            errors.Add("organisation", "Editor.Error.Organisation");
        }
    }

    private static void CheckTerms(EntryInput input, Context context, EntryErrors errors)
    {
        Check("topics", input.Topics, Taxonomy.Topic);
        Check("needs", input.Needs, Taxonomy.Need);
        Check("targetGroups", input.TargetGroups, Taxonomy.TargetGroup);
        Check("towns", input.Towns, Taxonomy.Town);
        Check("languages", input.Languages, Taxonomy.Language);

        void Check(string field, List<string> values, string taxonomy)
        {
            if (values.Any(v => !context.Knows(taxonomy, v)))
            {
                errors.Add(field, "Editor.Error.Unknown");
            }
        }
    }

    private static void CheckContact(EntryInput input, EntryErrors errors)
    {
        errors.AddAsForm("phone", ContactRules.Phone(input.Phone), ProblemKeys.Phone);
        errors.AddAsForm("email", ContactRules.Email(input.Email), ProblemKeys.Email);
        errors.AddAsForm("website", ContactRules.WebAddress(input.Website), ProblemKeys.WebAddress);
    }

    private static void CheckAddresses(EntryInput input, Context context, EntryErrors errors)
    {
        for (var i = 0; i < input.Addresses.Count; i++)
        {
            var a = input.Addresses[i];
            errors.Add($"address-{i}-postalCode", AddressRules.PostalCode(a.PostalCode));
            if (!string.IsNullOrWhiteSpace(a.Town) && !context.Knows(Taxonomy.Town, a.Town))
            {
                errors.Add($"address-{i}-town", "Editor.Error.Unknown");
            }

            // The form shows one message for both lines, at the street.
            errors.Add($"address-{i}-street", AddressRules.Line(a.Name) ?? AddressRules.Line(a.Street));
        }
    }
}
