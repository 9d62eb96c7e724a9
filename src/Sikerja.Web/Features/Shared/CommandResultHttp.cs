using Microsoft.AspNetCore.Http.HttpResults;

namespace Sikerja.Web.Features.Shared;

/// <summary>Maps command outcomes to API responses: ProblemDetails with one error per field for refusals.</summary>
public static class CommandResultHttp
{
    public static Results<Ok<TOut>, ValidationProblem, NotFound, ForbidHttpResult> ToHttp<T, TOut>(this CommandResult<T> result, Func<T, TOut> map) =>
        result.Status switch
        {
            CommandStatus.Done => TypedResults.Ok(map(result.Value!)),
            CommandStatus.Refused => TypedResults.ValidationProblem(
                result.Problems.GroupBy(p => p.Where).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                title: "Permintaan ditolak"),
            CommandStatus.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
}
