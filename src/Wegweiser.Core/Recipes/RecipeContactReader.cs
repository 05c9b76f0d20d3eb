using System.Text.Json;
using Wegweiser.Core.Content;
using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Core.Recipes;

/// <summary>
/// Reads the contact data of a recipe item (public contact, addresses, a volunteer initiative's
/// internal contact) and checks it with the editor form's rules.
/// </summary>
internal static class RecipeContactReader
{
    public static ContactData? ReadContact(JsonWalker w, JsonElement item, string path)
    {
        if (!w.Has(item, "contact"))
        {
            return null;
        }

        var contact = item.GetProperty("contact");
        var p = $"{path}.contact";
        w.ExpectObject(contact, p, "phone", "email", "website");
        var phone = w.OptionalString(contact, "phone", p);
        RecipeFieldRules.Check(w, $"{p}.phone", phone, ContactRules.Phone(phone));
        var email = w.OptionalString(contact, "email", p);
        RecipeFieldRules.Check(w, $"{p}.email", email, ContactRules.Email(email));
        var website = w.OptionalString(contact, "website", p);
        RecipeFieldRules.Check(w, $"{p}.website", website, ContactRules.WebAddress(website));
        return new ContactData { Phone = phone, Email = email, Website = website };
    }

    public static Address ReadAddress(JsonWalker w, JsonElement a, string p)
    {
        w.ExpectObject(a, p, "name", "street", "postalCode", "town");
        var address = new Address
        {
            Name = w.OptionalString(a, "name", p),
            Street = w.OptionalString(a, "street", p),
            PostalCode = w.OptionalString(a, "postalCode", p),
            Town = w.OptionalString(a, "town", p),
        };
        RecipeFieldRules.Check(w, $"{p}.name", address.Name, AddressRules.Line(address.Name));
        RecipeFieldRules.Check(w, $"{p}.street", address.Street, AddressRules.Line(address.Street));
        RecipeFieldRules.Check(w, $"{p}.postalCode", address.PostalCode, AddressRules.PostalCode(address.PostalCode));
        return address;
    }

    public static VolunteerData ReadVolunteer(JsonWalker w, JsonElement v, string p)
    {
        w.ExpectObject(v, p, "internalContact");
        if (!w.Has(v, "internalContact"))
        {
            return new VolunteerData();
        }

        var c = v.GetProperty("internalContact");
        var cp = $"{p}.internalContact";
        w.ExpectObject(c, cp, "name", "phone", "email");
        var contact = new InternalContact
        {
            Name = w.OptionalString(c, "name", cp),
            Phone = w.OptionalString(c, "phone", cp),
            Email = w.OptionalString(c, "email", cp),
        };
        RecipeFieldRules.Check(w, $"{cp}.name", contact.Name, VolunteerRules.InternalName(contact.Name));
        RecipeFieldRules.Check(w, $"{cp}.phone", contact.Phone, VolunteerRules.InternalPhone(contact.Phone));
        RecipeFieldRules.Check(w, $"{cp}.email", contact.Email, VolunteerRules.InternalEmail(contact.Email));
        return new VolunteerData { InternalContact = contact };
    }
}
