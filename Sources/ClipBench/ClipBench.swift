// The umbrella module: `import ClipBench` brings every stage of the pipeline, so a program that
// only wants to score predictions needs one import.
@_exported import ClipBenchCore
@_exported import ClipBenchModel
@_exported import ClipBenchDataset
@_exported import ClipBenchExtraction
@_exported import ClipBenchEvaluation
@_exported import ClipBenchReports
@_exported import ClipBenchInterchange
