using System.Security.Cryptography;

namespace Coalition.Domain.Reporting;

/// <summary>
/// A <see cref="Random"/> drawing from the operating system's cryptographic generator
/// (<see cref="RandomNumberGenerator"/>): pass it to <see cref="PrivateReporter.Publish"/> for a real release, so that
/// nobody can predict or replay the noise. Tests pass a seeded <see cref="Random"/> instead; the library never creates a
/// source of randomness itself.
/// </summary>
public sealed class CryptographicRandom : Random
{
    /// <inheritdoc />
    public override int Next() => Next(int.MaxValue);

    /// <inheritdoc />
    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return maxValue == 0 ? 0 : RandomNumberGenerator.GetInt32(maxValue);
    }

    /// <inheritdoc />
    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue == maxValue ? minValue : RandomNumberGenerator.GetInt32(minValue, maxValue);
    }

    /// <inheritdoc />
    public override double NextDouble() => Sample();

    /// <inheritdoc />
    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        RandomNumberGenerator.Fill(buffer);
    }

    /// <inheritdoc />
    public override void NextBytes(Span<byte> buffer) => RandomNumberGenerator.Fill(buffer);

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    /// <returns>The number.</returns>
    protected override double Sample()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return (BitConverter.ToUInt64(bytes) >> 11) * (1.0 / (1UL << 53));
    }
}
