using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Api;

/// <summary>One API operation as the running host declares it.</summary>
public sealed record ApiOperation(string Method, string Route, Type? BodyType, bool AcceptsForm)
{
    public override string ToString() => $"{Method} {Route}";
}

/// <summary>Every operation under /api/v1 that requires a signed-in caller, read from the host's endpoint table.</summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<ApiOperation> ProtectedOperations(SikerjaNode node)
    {
        var sources = node.Services.GetRequiredService<EndpointDataSource>();
        return
        [
            .. from endpoint in sources.Endpoints.OfType<RouteEndpoint>()
               let route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/')
               where route.StartsWith("/api/v1/", StringComparison.Ordinal)
               where endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
               from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]
               let accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()
               orderby route, method
               select new ApiOperation(
                   method,
                   route,
                   accepts?.RequestType,
                   accepts?.ContentTypes.Any(c => c.StartsWith("multipart/", StringComparison.Ordinal)) == true),
        ];
    }
}
