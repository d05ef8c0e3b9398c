namespace Odp.IntegrationTests.Deploy;

/// <summary>
/// The publish (a clean restore and Release build) takes both cores for about half a minute: it runs on its own, not
/// beside this assembly's timing-sensitive service and replica tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PublishCollection
{
    public const string Name = "Publish";
}
