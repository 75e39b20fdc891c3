namespace GeneGraph.Extraction;

/// <summary>The data a plot file name carries: <c>X0.567_ENSG00000128342_chr22.30247659.30247698.png</c>.</summary>
/// <param name="R">The signed correlation coefficient.</param>
/// <param name="EnsemblId">The unversioned Ensembl gene id.</param>
/// <param name="EnsemblVersion">The version suffix when the name carries one (<c>.13</c>), else null.</param>
public sealed record PlotName(double R, string EnsemblId, int? EnsemblVersion, Locus Locus);
