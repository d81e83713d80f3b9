import ArgumentParser
import ClipBench

/// The `clipbench` command: annotate news clippings, score extractors, gate regressions.
@main
struct ClipBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clipbench",
        abstract: "Annotate news clippings, score extractors against the gold, and gate regressions.",
        discussion: """
            Every command works on the dataset in the current folder (seeds/, Annotations/, \
            Evaluation/); --dataset DIR points it at another laid out the same way.
            Exit status: 0 done; 1 invalid data, failed gate or failed run; 64 bad usage.
            """,
        version: ToolInfo.version,
        subcommands: [
            Validate.self, Show.self, Stats.self, Gold.self, Extract.self, Run.self,
            Score.self, Merge.self, Compare.self, Check.self, Annotate.self, Anchor.self, Agree.self, Adjudicate.self, Registry.self,
            Export.self, Import.self, Serve.self,
        ]
    )

    /// A warden call (see `ProcessWarden`) never reaches the argument parser; any other call makes
    /// this executable the warden of the extractors `run` starts.
    static func main() {
        ProcessWarden.runIfRequested(CommandLine.arguments)
        ProcessWarden.useRunningExecutable()
        main(nil)
    }
}
