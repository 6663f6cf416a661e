using System.Diagnostics;

namespace IndustryTracker.Cli.Local;

/// <summary>Installs the pinned Azurite from tools/azurite/package-lock.json with npm when it is not there yet.</summary>
public static class AzuriteInstall
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<string> EnsureAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var folder = RepositoryPaths.FindUpwards(Path.Combine("tools", "azurite", "package.json")) is { } manifest
            ? Path.GetDirectoryName(manifest)!
            : throw new InvalidOperationException("tools/azurite/package.json not found: run the tracker from the repository, or set AzureWebJobsStorage / --storage.");
        var script = Path.Combine(folder, "node_modules", "azurite", "dist", "src", "azurite.js");
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(script))
            {
                return script;
            }

            progress?.Report("Installing the pinned Azurite with npm (first run only)…");
            var npm = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(npm) ?? throw new InvalidOperationException("Could not start npm. Is Node.js (with npm) installed and on PATH?");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0 || !File.Exists(script))
            {
                throw new InvalidOperationException($"npm ci in {folder} failed (exit {process.ExitCode}): {await stderr}");
            }

            return script;
        }
        finally
        {
            Gate.Release();
        }
    }
}
