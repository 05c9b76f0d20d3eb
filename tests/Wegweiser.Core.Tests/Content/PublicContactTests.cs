using Wegweiser.Core.Content;

namespace Wegweiser.Core.Tests.Content;

public class PublicContactTests
{
    private static ContentData Data() => new()
    {
        Contact = new ContactData { Phone = "+49 3628 123", Email = "info@beispiel.de", Website = "https://beispiel.de" },
        Addresses = [new Address { Name = "Treff", Street = "Musterstraße 5", PostalCode = "99310", Town = "arnstadt" }],
        Volunteer = new VolunteerData { InternalContact = new InternalContact { Name = "Erika Beispiel", Phone = "+49 000 1", Email = "erika@beispiel.de" } },
    };

    [Theory]
    [InlineData(ContentType.Service)]
    [InlineData(ContentType.Organisation)]
    [InlineData(ContentType.Club)]
    [InlineData(ContentType.Course)]
    [InlineData(ContentType.Event)]
    public void Other_entries_show_their_public_contact_data_and_addresses_but_never_an_internal_contact(ContentType type)
    {
        var contact = PublicContact.For(type, Data(), seesInternalContacts: true);

        Assert.Equal("+49 3628 123", contact.Phone);
        Assert.Equal("info@beispiel.de", contact.Email);
        Assert.Equal("https://beispiel.de", contact.Website);
        Assert.Equal("Musterstraße 5", Assert.Single(contact.Addresses).Street);
        Assert.Null(contact.Internal);
        Assert.False(contact.ByRequestOnly);
        Assert.True(contact.HasAny);
    }

    [Fact]
    public void A_volunteer_initiative_shows_the_public_nothing_but_the_way_through_a_contact_request()
    {
        var contact = PublicContact.For(ContentType.VolunteerInitiative, Data());

        Assert.Null(contact.Phone);
        Assert.Null(contact.Email);
        Assert.Null(contact.Website);
        Assert.Empty(contact.Addresses);
        Assert.Null(contact.Internal);
        Assert.True(contact.ByRequestOnly);
        Assert.False(contact.HasAny);
    }

    [Fact]
    public void Signed_in_volunteers_see_the_internal_contact_of_an_initiative()
    {
        var contact = PublicContact.For(ContentType.VolunteerInitiative, Data(), seesInternalContacts: true);

        Assert.Equal("Erika Beispiel", contact.Internal!.Name);
        Assert.Empty(contact.Addresses);
    }

    [Theory]
    [InlineData("a@b.de?bcc=x%40evil.example", "javascript:alert(1)")]
    [InlineData("a@b.de\r\nBcc: x@evil.example", "data:text/html,<script>alert(1)</script>")]
    public void Stored_values_that_cannot_be_shown_safely_are_left_out(string email, string website)
    {
        var data = Data();
        data.Contact = new ContactData { Email = email, Website = website };

        var contact = PublicContact.For(ContentType.Service, data);

        Assert.Null(contact.Email);
        Assert.Null(contact.EmailLink);
        Assert.Null(contact.Website);
    }
}
