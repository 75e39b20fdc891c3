using System.Globalization;
using GeneGraph.Diagnostics;

namespace GeneGraph.Extraction;

/// <summary>Why a plot file name could not be used, as a diagnostic code and message.</summary>
public sealed record PlotNameError(DiagnosticCode Code, string Message);

/// <summary>
/// Reads <c>r_ENSG_locus</c> out of a plot file name, in the forms R's <c>make.names()</c> writes
/// (<c>X0.56_ENSG…_chr22.1.2</c>, <c>X.0.41…</c> for a negative r, <c>X1.2e.05</c>), the forms people
/// type (<c>-0.41_ENSG…_chr22:1-2</c>), versioned Ensembl ids and Obsidian's copy suffix (<c>… 1.png</c>).
/// </summary>
public static class PlotNameParser
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".svg", ".pdf", ".gif", ".webp"];

    public static bool IsImageFile(string fileName) =>
        ImageExtensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when a name has the shape of a plot name, so failing to parse it deserves a diagnostic.</summary>
    public static bool LooksLikePlotName(string fileName) =>
        fileName.Contains("ENSG", StringComparison.OrdinalIgnoreCase) ||
        (fileName.Length > 1 && fileName[0] == 'X' && (char.IsDigit(fileName[1]) || fileName[1] is '-' or '.'));

    public static PlotName? Parse(string fileName, out PlotNameError? error)
    {
        error = null;
        var stem = StripCopySuffix(StripExtension(fileName.Trim()));
        var parts = stem.Split('_');
        if (parts.Length != 3)
            return Fail(out error, DiagnosticCode.UnparseablePlotName,
                $"plot name '{fileName}' is not r_ENSG_locus (found {parts.Length} part(s) separated by '_')");

        if (!TryParseR(parts[0], out var r))
            return Fail(out error, DiagnosticCode.UnparseablePlotName, $"plot name '{fileName}': '{parts[0]}' is not a correlation coefficient");
        if (!TryParseEnsembl(parts[1], out var ensembl, out var version))
            return Fail(out error, DiagnosticCode.UnparseablePlotName, $"plot name '{fileName}': '{parts[1]}' is not an Ensembl gene id (ENSG + 11 digits)");
        if (!TryParseLocus(parts[2], out var chrom, out var start, out var end))
            return Fail(out error, DiagnosticCode.UnparseablePlotName, $"plot name '{fileName}': '{parts[2]}' is not a locus (chr.start.end or chr:start-end)");
        if (double.IsNaN(r) || r is < -1 or > 1)
            return Fail(out error, DiagnosticCode.CorrelationOutOfRange, $"plot name '{fileName}': r = {parts[0]} {WhatIsWrong(r)}; the plot is skipped");
        if (start > end)
            return Fail(out error, DiagnosticCode.LocusStartAfterEnd, $"plot name '{fileName}': locus {chrom}:{start}-{end} starts after its end; the plot is skipped");

        return new PlotName(r, ensembl, version, new Locus(chrom, start, end));
    }

    private static string WhatIsWrong(double r) =>
        double.IsNaN(r) ? "is not a number" : double.IsInfinity(r) ? "is infinite" : "lies outside [-1, 1]";

    private static PlotName? Fail(out PlotNameError error, DiagnosticCode code, string message)
    {
        error = new PlotNameError(code, message);
        return null;
    }

    private static string StripExtension(string name)
    {
        foreach (var extension in ImageExtensions)
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                return name[..^extension.Length];
        return name;
    }

    /// <summary>Obsidian names a second copy of an attachment <c>name 1.png</c>: the same plot.</summary>
    private static string StripCopySuffix(string stem)
    {
        var space = stem.LastIndexOf(' ');
        return space > 0 && stem[(space + 1)..].All(char.IsAsciiDigit) && space < stem.Length - 1
            ? stem[..space].TrimEnd()
            : stem;
    }

    private static bool TryParseR(string text, out double r)
    {
        r = double.NaN;
        if (text.StartsWith('X')) text = text[1..];
        if (text.Length == 0) return false;
        // make.names() turns '-' into '.', so a leading '.' before digits and a dot is a minus sign,
        // and so is the '.' after an exponent marker.
        if (text.Length > 2 && text[0] == '.' && char.IsAsciiDigit(text[1]))
            text = "-" + text[1..];
        text = FixMangledExponent(text);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out r);
    }

    private static string FixMangledExponent(string text)
    {
        var e = text.IndexOfAny(['e', 'E']);
        return e > 0 && e + 1 < text.Length && text[e + 1] == '.' ? text[..(e + 1)] + "-" + text[(e + 2)..] : text;
    }

    private static bool TryParseEnsembl(string text, out string id, out int? version)
    {
        id = "";
        version = null;
        var dot = text.IndexOf('.');
        var core = dot < 0 ? text : text[..dot];
        if (core.Length != 15 || !core.StartsWith("ENSG", StringComparison.OrdinalIgnoreCase) || !core[4..].All(char.IsAsciiDigit))
            return false;
        if (dot >= 0)
        {
            if (!int.TryParse(text[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return false;
            version = v;
        }
        id = KeyFolding.EnsemblId(core);
        return true;
    }

    private static bool TryParseLocus(string text, out string chrom, out long start, out long end)
    {
        chrom = "";
        start = end = 0;
        var parts = text.Split('.', ':', '-');
        if (parts.Length != 3) return false;
        var normalised = Locus.NormaliseChromosome(parts[0]);
        if (normalised is null) return false;
        chrom = normalised;
        return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out start)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out end);
    }
}
