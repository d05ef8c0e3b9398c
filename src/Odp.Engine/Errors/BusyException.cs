namespace Odp.Engine.Errors;

/// <summary>OpenDataPlane can't do this right now (too much at once, or it took too long); trying again later may work.</summary>
public sealed class BusyException(string message) : UserFacingException(message);
