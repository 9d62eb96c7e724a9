using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sikerja.Domain;

namespace Sikerja.Web.Features.Shared;

/// <summary>
/// A refused command's problems on a form: each is kept under its <see cref="Problem.Where"/>, the form names its
/// fields the same way, and the page shows each message next to the field it names.
/// </summary>
public static class FieldErrors
{
    public static void AddProblems(this ModelStateDictionary modelState, IEnumerable<Problem> problems)
    {
        foreach (var p in problems)
        {
            modelState.AddModelError(p.Where, p.Message);
        }
    }

    /// <summary>Adds the problems of fields that have none yet: a field the form could not even read keeps that one message.</summary>
    public static void AddProblemsOfCleanFields(this ModelStateDictionary modelState, IEnumerable<Problem> problems) =>
        modelState.AddProblems(problems.Where(p => !(modelState.TryGetValue(p.Where, out var entry) && entry.Errors.Count > 0)));

    /// <summary>The messages under any of <paramref name="keys"/>, shown beside one field.</summary>
    public static IHtmlContent ErrorsFor(this IHtmlHelper html, params string[] keys)
    {
        var messages = keys.SelectMany(k => Messages(html.ViewData.ModelState, k)).ToList();
        if (messages.Count == 0)
        {
            return HtmlString.Empty;
        }
        var tag = new TagBuilder("small");
        tag.AddCssClass("errors");
        tag.Attributes["role"] = "alert";
        tag.InnerHtml.Append(string.Join(" ", messages));
        return tag;
    }

    /// <summary>The messages under no key of <paramref name="placed"/> (those not shown beside a field), as a list.</summary>
    public static IHtmlContent ErrorsExcept(this IHtmlHelper html, params string[] placed)
    {
        var state = html.ViewData.ModelState;
        var messages = state.Keys.Where(k => !placed.Contains(k)).SelectMany(k => Messages(state, k)).ToList();
        if (messages.Count == 0)
        {
            return HtmlString.Empty;
        }
        var list = new TagBuilder("ul");
        foreach (var m in messages)
        {
            var item = new TagBuilder("li");
            item.InnerHtml.Append(m);
            list.InnerHtml.AppendHtml(item);
        }
        var box = new TagBuilder("div");
        box.AddCssClass("errors");
        box.Attributes["role"] = "alert";
        box.InnerHtml.AppendHtml(list);
        return box;
    }

    private static IEnumerable<string> Messages(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];
}
