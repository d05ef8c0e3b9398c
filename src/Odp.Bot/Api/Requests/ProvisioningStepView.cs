using System.Text.Json.Serialization;
using Odp.Bot.Api.Json;
using Odp.Engine.Tickets;

namespace Odp.Bot.Api.Requests;

/// <summary>One provisioning step of an approved ticket.</summary>
public sealed record ProvisioningStepView(
    string Name,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<StepStatus>))] StepStatus Status,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    string? Error)
{
    public static ProvisioningStepView Of(ProvisioningStep s) =>
        new(s.Name, s.Status, s.StartedAt?.UtcDateTime, s.FinishedAt?.UtcDateTime, s.Error);
}
