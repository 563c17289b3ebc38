namespace Portal.Templating;

/// <summary>A render wrote more than <see cref="LimitedWriter"/> allows: a runaway loop in a template.</summary>
public sealed class OutputLimitExceededException(int limit) : Exception($"the page grew past {limit:N0} characters");
