using Coalition.Domain.Catalogues;

namespace Coalition.Domain.Tests.Conventions;

/// <summary>
/// The public API is approved in <c>PublicApi/Coalition.Domain.approved.txt</c>, so that every change to it shows up in review.
/// To accept a change, run the tests once with <c>COALITION_APPROVE_API=1</c>, which rewrites the approved file, and commit it.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_snapshot() =>
        ApprovedFile.Verify(PublicApiWriter.Write(typeof(ICatalogueEntry).Assembly), "PublicApi", "Coalition.Domain.approved.txt");

    [Fact]
    public void OpenReferral_public_api_matches_the_approved_snapshot() =>
        ApprovedFile.Verify(PublicApiWriter.Write(typeof(Coalition.Domain.OpenReferral.HsdsImporter).Assembly), "PublicApi", "Coalition.Domain.OpenReferral.approved.txt");
}

/// <summary>Plain file comparison in place of Verify: the received text must equal the approved file committed beside the tests.</summary>
internal static class ApprovedFile
{
    internal const string ApproveVariable = "COALITION_APPROVE_API";

    internal static void Verify(string received, string folder, string fileName)
    {
        var directory = Path.Combine(TestsRoot(), folder);
        var approvedPath = Path.Combine(directory, fileName);
        received = received.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(approvedPath, received);
            return;
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != received)
        {
            Assert.Fail($"The text differs from the approved file {approvedPath}.\n" +
                $"If the change is intended, run the tests with {ApproveVariable}=1 and commit the file.\n\n{Diff(approved, received)}");
        }
    }

    /// <summary>A readable line diff: lines only in the approved file with '-', lines only in the received text with '+'.</summary>
    internal static string Diff(string approved, string received)
    {
        var oldLines = approved.Split('\n');
        var newLines = received.Split('\n');
        var lcs = new int[oldLines.Length + 1, newLines.Length + 1];
        for (var i = oldLines.Length - 1; i >= 0; i--)
        {
            for (var j = newLines.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = oldLines[i] == newLines[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var diff = new System.Text.StringBuilder();
        int a = 0, b = 0;
        while (a < oldLines.Length || b < newLines.Length)
        {
            if (a < oldLines.Length && b < newLines.Length && oldLines[a] == newLines[b])
            {
                a++;
                b++;
            }
            else if (b < newLines.Length && (a == oldLines.Length || lcs[a, b + 1] >= lcs[a + 1, b]))
            {
                diff.Append("+ ").Append(newLines[b++]).Append('\n');
            }
            else
            {
                diff.Append("- ").Append(oldLines[a++]).Append('\n');
            }
        }

        return diff.ToString();
    }

    /// <summary>Finds the test project's folder by walking up from the test binaries (source paths are mapped in CI builds).</summary>
    private static string TestsRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Coalition.Domain.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"Cannot find the test project above '{AppContext.BaseDirectory}'.");
    }
}
