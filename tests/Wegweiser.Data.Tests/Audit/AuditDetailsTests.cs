using Wegweiser.Core.History;
using Wegweiser.Data.Audit;

namespace Wegweiser.Data.Tests.Audit;

/// <summary>The one details format, and the formats written before it, read into it.</summary>
public class AuditDetailsTests
{
    [Fact]
    public void Details_are_stored_as_compact_json_with_empty_fields_left_out_and_text_unescaped()
    {
        // Arrange
        var step = new AuditDetails { From = "Draft", To = "InReview" };
        var note = new AuditDetails { Note = "Öffnungszeiten geändert, Tür 2 <hinten>" };
        var account = new AuditDetails { Account = "neue.redaktion", AccountId = "a1", Role = "Editor", Cultures = ["fa"], Language = "uk" };

        // Act, Assert
        Assert.Equal("""{"from":"Draft","to":"InReview"}""", step.ToJson());
        Assert.Equal("""{"note":"Öffnungszeiten geändert, Tür 2 <hinten>"}""", note.ToJson());
        Assert.Equal("""{"account":"neue.redaktion","accountId":"a1","role":"Editor","cultures":["fa"],"language":"uk"}""", account.ToJson());
        Assert.Null(new AuditDetails().ToJson());
    }

    [Fact]
    public void Details_read_back_as_they_were_written()
    {
        // Arrange
        var due = new DateTime(2027, 3, 1, 7, 0, 0, DateTimeKind.Utc);
        var written = new AuditDetails
        {
            DueUtc = due,
            RestoredFrom = 2,
            Changes = [new FieldChange("contact.phone", null, "+49 3677 999999")],
            Units = [new AuditUnit("title", "Added", null), new AuditUnit("summary", "Skipped", "source changed")],
            ContactRequestId = 42,
        };

        // Act
        var read = AuditDetails.Read(written.ToJson())!;

        // Assert
        Assert.Equal(due, read.DueUtc);
        Assert.Equal(DateTimeKind.Utc, read.DueUtc!.Value.Kind);
        Assert.Equal(2, read.RestoredFrom);
        Assert.Equal([new FieldChange("contact.phone", null, "+49 3677 999999")], read.Changes);
        Assert.Equal([new AuditUnit("title", "Added", null), new AuditUnit("summary", "Skipped", "source changed")], read.Units);
        Assert.Equal(42, read.ContactRequestId);
        Assert.Equal(written.ToJson(), read.ToJson());
    }

    /// <summary>Each row: an action, details as an earlier version stored them, and the same details in today's format.</summary>
    [Theory]
    // Plain text: what it meant depended on the action.
    [InlineData(AuditActions.TranslationSaved, "fa", """{"culture":"fa"}""")]
    [InlineData(AuditActions.TranslationSuggested, "tr", """{"culture":"tr"}""")]
    [InlineData(AuditActions.RecipeApplied, "ilm-kreis", """{"recipe":"ilm-kreis"}""")]
    [InlineData(AuditActions.ContactRequestPassedOn, "42", """{"contactRequestId":42}""")]
    [InlineData(AuditActions.ReviewProviderChanged, " Neue Telefonnummer ", """{"note":"Neue Telefonnummer"}""")]
    // The editor's workflow JSON was already today's format (with escaped umlauts).
    [InlineData(AuditActions.ScheduleCancelled, """{"to":"Publish","dueUtc":"2027-03-01T07:00:00Z"}""", """{"to":"Publish","dueUtc":"2027-03-01T07:00:00Z"}""")]
    [InlineData(AuditActions.EntrySaved, """{"changes":[{"field":"de.title","old":"Caf\u00E9","new":"Caf\u00E9 Ilm"}]}""", """{"changes":[{"field":"de.title","old":"Café","new":"Café Ilm"}]}""")]
    // Accounts nested their fields under "details", with from/to for roles and organisations.
    [InlineData(AuditActions.AccountCreated,
        """{"account":"neue.redaktion","accountId":"a1","details":{"role":"Editor","cultures":["fa"],"organisations":[],"language":null}}""",
        """{"account":"neue.redaktion","accountId":"a1","role":"Editor","cultures":["fa"],"organisations":[]}""")]
    [InlineData(AuditActions.AccountRole,
        """{"account":"x","accountId":"a1","details":{"from":["Editor"],"to":"Volunteer","culturesFrom":[],"cultures":[],"languageFrom":null,"language":"uk"}}""",
        """{"account":"x","accountId":"a1","role":"Volunteer","rolesFrom":["Editor"],"cultures":[],"culturesFrom":[],"language":"uk"}""")]
    [InlineData(AuditActions.AccountOrganisations,
        """{"account":"x","accountId":"a1","details":{"from":["verein-a"],"to":["verein-a","verein-b"]}}""",
        """{"account":"x","accountId":"a1","organisations":["verein-a","verein-b"],"organisationsFrom":["verein-a"]}""")]
    [InlineData(AuditActions.AccountDisabled, """{"account":"x","accountId":"a1","details":null}""", """{"account":"x","accountId":"a1"}""")]
    // The XLIFF import's JSON used today's names already.
    [InlineData(AuditActions.TranslationImported,
        """{"format":"xliff-2.0","culture":"fa","outcome":"Published","units":[{"unit":"title","outcome":"Added","reason":null}]}""",
        """{"culture":"fa","format":"xliff-2.0","outcome":"Published","units":[{"unit":"title","outcome":"Added"}]}""")]
    public void Details_in_an_older_format_are_read_into_todays(string action, string stored, string today)
    {
        // Act
        var read = AuditDetails.Of(new AuditEntry { Action = action, Details = stored });

        // Assert
        Assert.NotNull(read);
        Assert.Equal(today, read.ToJson());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("""{"from":""")]
    [InlineData("""{"dueUtc":"not a date"}""")]
    public void Missing_or_broken_details_read_as_none(string? stored)
    {
        Assert.Null(AuditDetails.Of(new AuditEntry { Action = AuditActions.EntrySaved, Details = stored }));
    }
}
