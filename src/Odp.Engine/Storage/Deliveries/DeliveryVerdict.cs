namespace Odp.Engine.Storage.Deliveries;

/// <summary>What <see cref="IDeliveryLog.AdmitAsync"/> decided about one delivery.</summary>
public enum DeliveryVerdict
{
    /// <summary>Not seen before (or seen, but forgotten since): run it. It is remembered now.</summary>
    First,

    /// <summary>Seen before and not yet forgotten: acknowledge it, run nothing.</summary>
    Repeat,

    /// <summary>Too many deliveries are remembered to tell: run nothing and ask the person to try again.</summary>
    Full,
}
