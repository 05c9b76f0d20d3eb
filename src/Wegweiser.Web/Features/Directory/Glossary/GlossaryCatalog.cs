using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory.Glossary;

/// <summary>
/// Keeps the <see cref="GlossaryIndex"/> of the published glossary: made once and made again only
/// when a glossary term of the snapshot changed (a publish, an archive, a new translation), so
/// a page pays nothing for it.
/// </summary>
public sealed class GlossaryCatalog(IOptions<WegweiserOptions> options)
{
    private GlossaryIndex? _current;

    public GlossaryIndex For(PublishedSnapshot snapshot)
    {
        var terms = snapshot.OfType(ContentType.GlossaryTerm);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.IsFor(terms))
        {
            return current;
        }

        var next = GlossaryIndex.Build(terms, options.Value.SiteCultures);
        Volatile.Write(ref _current, next);
        return next;
    }
}
