using System.Net;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using Microsoft.AspNetCore.Html;

namespace Wegweiser.Web.Infrastructure;

/// <summary>What changed in a German text, word by word, as HTML with &lt;del&gt; and &lt;ins&gt;.</summary>
public static class TextDiff
{
    public static IHtmlContent Words(string? before, string? after)
    {
        var diff = Differ.Instance.CreateDiffs(before ?? "", after ?? "", ignoreWhiteSpace: false, ignoreCase: false, new WordChunker());
        var html = new StringBuilder();
        var position = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; position < block.InsertStartB; position++)
            {
                html.Append(WebUtility.HtmlEncode(diff.PiecesNew[position]));
            }

            if (block.DeleteCountA > 0)
            {
                html.Append("<del>").Append(WebUtility.HtmlEncode(string.Concat(diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA)))).Append("</del>");
            }

            if (block.InsertCountB > 0)
            {
                html.Append("<ins>").Append(WebUtility.HtmlEncode(string.Concat(diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB)))).Append("</ins>");
            }

            position = block.InsertStartB + block.InsertCountB;
        }

        for (; position < diff.PiecesNew.Count; position++)
        {
            html.Append(WebUtility.HtmlEncode(diff.PiecesNew[position]));
        }

        return new HtmlString(html.ToString());
    }
}
