using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>
/// Reads a form from a page the way a browser submits it (text fields, checked boxes, selected
/// options, text areas, the antiforgery token), so a test can change a few fields and post the rest unchanged.
/// </summary>
public sealed class FormFields
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private FormFields(List<KeyValuePair<string, string>> fields) => _fields = fields;

    public static async Task<FormFields> ReadAsync(HttpClient client, string url, string formSelector = "form.entry-form")
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    if (input.Type is "submit" or "button")
                    {
                        continue;
                    }

                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
            }
        }

        return new FormFields(fields);
    }

    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>The names of the form's fields, each once.</summary>
    public IEnumerable<string> Names => _fields.Select(f => f.Key).Distinct();

    /// <summary>Replaces every value of <paramref name="name"/> with <paramref name="value"/>.</summary>
    public FormFields Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    /// <summary>Leaves out one value of <paramref name="name"/>, as unticking one of several checkboxes does.</summary>
    public FormFields Remove(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name && f.Value == value);
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, string url) =>
        client.PostAsync(url, new FormUrlEncodedContent(_fields));
}
