namespace GeneGraph.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Done; warnings may have been printed.</summary>
    public const int Success = 0;

    /// <summary>Done, but diagnostics count as failure: an error, or a warning under <c>--strict</c>.</summary>
    public const int DiagnosticsFailed = 1;

    /// <summary>The command line was wrong: an unknown option, a missing argument, a format that cannot be told.</summary>
    public const int Usage = 2;

    /// <summary>Input or output could not be used: the vault folder is missing, the output cannot be written.</summary>
    public const int IoError = 3;

    /// <summary>Neo4j could not be reached, refused the credentials, or a batch failed (and was rolled back).</summary>
    public const int Neo4jFailed = 4;

    /// <summary>An internal error: a bug in GeneGraph (sysexits' EX_SOFTWARE). One line asks for a report.</summary>
    public const int InternalError = 70;
}
