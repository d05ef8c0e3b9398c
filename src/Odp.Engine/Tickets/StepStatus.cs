namespace Odp.Engine.Tickets;

public enum StepStatus
{
    Pending,
    Running,
    Done,
    Failed,
}
