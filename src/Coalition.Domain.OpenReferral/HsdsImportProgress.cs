namespace Coalition.Domain.OpenReferral;

/// <summary>Progress of a streamed HSDS import.</summary>
/// <param name="Records">The records read so far, including those reported as issues.</param>
/// <param name="Bytes">The bytes read so far.</param>
public sealed record HsdsImportProgress(long Records, long Bytes);
