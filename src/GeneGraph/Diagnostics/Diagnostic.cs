namespace GeneGraph.Diagnostics;

/// <summary>A problem found in the input, reported compiler-style: <c>path:line: warning CODE: message</c>.</summary>
/// <param name="Path">Vault-relative path of the note, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
public sealed record Diagnostic(string Path, int Line, Severity Severity, DiagnosticCode Code, string Message)
{
    /// <summary>One line, whatever the path or message hold: control characters are escaped (<see cref="DiagnosticText"/>).</summary>
    public override string ToString()
    {
        var path = DiagnosticText.Escape(Path);
        var where = Line > 0 ? $"{path}:{Line}" : path;
        var severity = Severity switch { Severity.Error => "error", Severity.Note => "note", _ => "warning" };
        return $"{where}: {severity} {Code.Id}: {DiagnosticText.Escape(Message)}";
    }
}
