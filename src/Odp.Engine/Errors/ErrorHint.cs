namespace Odp.Engine.Errors;

/// <summary>
/// What a person can do next about a refusal, as data: each way in (chat, the REST API, later the portal) says it in
/// its own words, so the engine's messages carry no chat syntax.
/// </summary>
public abstract record ErrorHint;
