using Wegweiser.Data;

namespace Wegweiser.Web.Features.Directory;

/// <summary>What a visitor types into the contact request form.</summary>
public sealed class ContactRequestInput
{
    public string? Name { get; set; }

    public string? Reach { get; set; }

    public string? Message { get; set; }

    /// <summary>A field people never see; bots fill it in.</summary>
    public string? Website { get; set; }

    /// <summary>Resource keys of the problems, per field.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        Check(errors, nameof(Name), Name, ContactRequestLimits.Name, "Contact.Error.Name");
        Check(errors, nameof(Reach), Reach, ContactRequestLimits.Reach, "Contact.Error.Reach");
        Check(errors, nameof(Message), Message, ContactRequestLimits.Message, "Contact.Error.Message");
        return errors;
    }

    private static void Check(Dictionary<string, string> errors, string field, string? value, int max, string missingKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = missingKey;
        }
        else if (value.Trim().Length > max)
        {
            errors[field] = "Contact.Error.TooLong";
        }
    }
}
