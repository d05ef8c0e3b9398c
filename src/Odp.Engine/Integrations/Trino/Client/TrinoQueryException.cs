namespace Odp.Engine.Integrations.Trino.Client;

/// <summary>
/// Trino ran the statement and reported it failed (the page carried an <c>error</c>): <see cref="ErrorName"/> such as
/// <c>PERMISSION_DENIED</c> or <c>SYNTAX_ERROR</c>, <see cref="ErrorType"/> such as <c>USER_ERROR</c>, and where in
/// the SQL when Trino says so. The message is Trino's own.
/// </summary>
public sealed class TrinoQueryException(
    string message, string errorName, string errorType, int errorCode, int? line, int? column, string? queryId)
    : Exception(message)
{
    public const string PermissionDenied = "PERMISSION_DENIED";

    public string ErrorName { get; } = errorName;

    public string ErrorType { get; } = errorType;

    public int ErrorCode { get; } = errorCode;

    public int? Line { get; } = line;

    public int? Column { get; } = column;

    public string? QueryId { get; } = queryId;

    public bool IsAccessDenied => ErrorName == PermissionDenied;
}
