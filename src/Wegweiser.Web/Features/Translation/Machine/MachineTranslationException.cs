namespace Wegweiser.Web.Features.Translation.Machine;

/// <summary>A request to the translation service failed; <see cref="Status"/> is the HTTP status when there was one.</summary>
public sealed class MachineTranslationException(MachineTranslationFailure failure, int? status = null, Exception? inner = null)
    : Exception($"Machine translation failed: {failure}" + (status is null ? "" : $" (HTTP {status})"), inner)
{
    public MachineTranslationFailure Failure { get; } = failure;

    public int? Status { get; } = status;
}
