using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace GeneGraph.Tests.Properties;

/// <summary>FsCheck generators for the property tests.</summary>
internal static class Generators
{
    /// <summary>Characters that matter to Cypher, XML, CSV, JSON and shells, plus whitespace of every kind.</summary>
    private const string Meta = "'\"`\\$;{}()[]<>&|*?~!#%^=,:/.-_+@\t\n\r \u00a0\u2028\u2029";

    /// <summary>
    /// A char sequence as notes may hold it: ASCII, metacharacters, Latin/Greek/CJK/RTL text, combining marks,
    /// emoji (surrogate pairs), C0 controls and NUL when <paramref name="xmlSafe"/> is false. Never lone
    /// surrogates: they are not text, and every writer documents replacing them with U+FFFD.
    /// </summary>
    public static Gen<string> NoteString(bool xmlSafe)
    {
        var ascii = Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString());
        var meta = Gen.Elements(Meta.Select(c => c.ToString()).ToArray());
        var bmp = Gen.Choose(0xA0, 0xD7FF).Select(c => ((char)c).ToString());
        var high = Gen.Choose(0xE000, 0xFFFD).Select(c => ((char)c).ToString());
        var astral = Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32);
        var control = Gen.Choose(0, 0x1F).Select(c => ((char)c).ToString());
        var pieces = xmlSafe
            ? Gen.Frequency((4, ascii), (4, meta), (2, bmp), (1, high), (2, astral))
            : Gen.Frequency((4, ascii), (4, meta), (2, bmp), (1, high), (2, astral), (2, control));
        return Gen.Sized(size => Gen.Choose(0, Math.Max(1, size))
            .SelectMany(n => Gen.ArrayOf(pieces, n))
            .Select(parts => string.Concat(parts)));
    }

    /// <summary>The value a plot name carries, as R would print it: r with up to 15 significant digits.</summary>
    public sealed record PlotValues(string RText, long Ensembl, int? Version, string Chrom, long Start, long End)
    {
        public double R => double.Parse(RText, CultureInfo.InvariantCulture);

        public string EnsemblId => $"ENSG{Ensembl:D11}";

        /// <summary><c>paste(r, ensg, locus, sep = "_")</c>, as typed: <c>-0.41_ENSG…_chr22:1-2</c>.</summary>
        public string Typed => $"{RText}_{EnsemblId}{(Version is { } v ? "." + v : "")}_{Chrom}:{Start}-{End}";
    }

    public static Gen<PlotValues> Plots()
    {
        // R's as.character(): 15 significant digits, lower-case exponent (1.2e-05) below 1e-4.
        var r = Gen.OneOf(
                Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 1_000_000.0),
                Gen.Choose(-99, 99).Select(m => m / 10.0 * 1e-5),
                Gen.Choose(int.MinValue, int.MaxValue).Select(i => i / (double)int.MaxValue))
            .Where(x => x is >= -1 and <= 1)
            .Select(x => x.ToString("G15", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal));
        var chrom = Gen.Elements(Enumerable.Range(1, 22).Select(i => "chr" + i).Concat(["chrX", "chrY", "chrM"]).ToArray());
        var ensembl = Gen.Choose(0, int.MaxValue).Select(i => (long)i * 37 % 100_000_000_000L);
        var version = Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 40).Select(v => (int?)v));
        var start = Gen.Choose(0, int.MaxValue).Select(i => (long)i);
        var length = Gen.Choose(0, 100_000).Select(i => (long)i);
        return from rt in r
               from e in ensembl
               from v in version
               from c in chrom
               from s in start
               from l in length
               select new PlotValues(rt, e, v, c, s, s + l);
    }

    /// <summary>R's <c>make.names()</c>: every character not a letter, digit, '.' or '_' becomes '.', and a name
    /// starting with a digit, or with '.' followed by a digit, gets an 'X' in front.</summary>
    public static string MakeNames(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' ? c : '.').ToArray();
        var made = new string(chars);
        var needsX = made.Length == 0 || char.IsAsciiDigit(made[0]) || (made[0] == '.' && made.Length > 1 && char.IsAsciiDigit(made[1]))
            || !(char.IsAsciiLetter(made[0]) || made[0] == '.');
        return needsX ? "X" + made : made;
    }
}
