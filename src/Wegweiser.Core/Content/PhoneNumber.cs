namespace Wegweiser.Core.Content;

/// <summary>
/// The one rule for phone numbers: an optional leading <c>+</c>, then a digit, then digits, spaces and
/// <c>/ ( ) -</c>, at most <see cref="FieldLimits.Phone"/> characters. Checked by one linear pass.
/// </summary>
public static class PhoneNumber
{
    public static bool IsValid(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > FieldLimits.Phone)
        {
            return false;
        }

        var start = text[0] == '+' ? 1 : 0;
        if (text.Length - start < 4 || !char.IsAsciiDigit(text[start]))
        {
            return false;
        }

        for (var i = start + 1; i < text.Length; i++)
        {
            if (!(char.IsAsciiDigit(text[i]) || text[i] is ' ' or '/' or '(' or ')' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
