using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(GeneGraph.Benchmarks.PlotNameBenchmarks).Assembly).Run(args);
