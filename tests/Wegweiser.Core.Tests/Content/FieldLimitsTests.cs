using Wegweiser.Core.Content;

namespace Wegweiser.Core.Tests.Content;

public class FieldLimitsTests
{
    [Theory]
    [InlineData("title", FieldLimits.Title)]
    [InlineData("summary", FieldLimits.Summary)]
    [InlineData("body", FieldLimits.Body)]
    [InlineData("cost", FieldLimits.OtherText)]
    [InlineData("place", FieldLimits.OtherText)]
    public void Every_translatable_field_has_one_limit(string field, int max)
    {
        Assert.Equal(max, FieldLimits.ForText(field));
    }

    [Theory]
    [InlineData("+49 3677 123456", true)]
    [InlineData("03677/12 34-5", true)]
    [InlineData("+49 (3628) 1234", true)]
    [InlineData("(03628) 1234", false)]
    [InlineData("+49", false)]
    [InlineData("call me", false)]
    [InlineData("+49 3677 123456\r\n", true)]
    [InlineData("+49 3677 123456<script>", false)]
    public void Phone_numbers_are_digits_and_a_few_signs(string value, bool valid)
    {
        Assert.Equal(valid, PhoneNumber.IsValid(value));
    }

    [Fact]
    public void A_100000_character_phone_number_is_refused_by_its_length()
    {
        Assert.False(PhoneNumber.IsValid(new string('1', 100_000)));
    }
}
