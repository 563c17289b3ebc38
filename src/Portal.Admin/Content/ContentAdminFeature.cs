using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Admin.Dashboard;
using Portal.Admin.Security;
using Portal.Admin.Workflow;

namespace Portal.Admin.Content;

public static class ContentAdminFeature
{
    /// <summary>The content admin: lists, the editor, the workflow, history and the dashboard's queries.</summary>
    public static IHostApplicationBuilder AddContentAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ContentListQuery>();
        builder.Services.AddScoped<ContentChoices>();
        builder.Services.AddScoped<ContentEditor>();
        builder.Services.AddScoped<ItemOverviews>();
        builder.Services.AddScoped<UserNames>();
        builder.Services.AddScoped<ReviewSubmission>();
        builder.Services.AddScoped<WorkflowActions>();
        builder.Services.AddScoped<DashboardQueries>();
        return builder;
    }

    public static IEndpointRouteBuilder MapContentAdmin(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/content/{id}/{culture}/preview", DraftPreview.Show).RequireAuthorization(AdminPolicies.Contributing);
        return app;
    }
}
