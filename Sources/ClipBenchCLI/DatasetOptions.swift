import ArgumentParser
import ClipBench
import Foundation

/// The `--dataset DIR` option every command shares.
struct DatasetOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The dataset's root folder, holding seeds/ and Annotations/.", valueName: "DIR"),
        completion: .directory
    )
    var dataset: String = "."

    /// The layout of the chosen dataset.
    var layout: DatasetLayout { DatasetLayout(root: URL(fileURLWithPath: dataset)) }
}
