using Wegweiser.Core.Content;

namespace Wegweiser.Data.Stores;

/// <summary>A content item together with the one version the public sees.</summary>
public sealed record PublishedEntry(ContentItem Item, ContentVersion Version)
{
    public ContentType Type => Item.Type;

    public string Key => Item.Key;
}
