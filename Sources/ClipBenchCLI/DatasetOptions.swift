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

    /// A dataset that is not an existing folder is bad usage (exit 64): scoring or printing an
    /// empty dataset because of a typo in the path would look like success.
    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataset, isDirectory: &isFolder) else {
            throw ValidationError("The dataset folder '\(dataset)' does not exist.")
        }
        guard isFolder.boolValue else {
            throw ValidationError("--dataset '\(dataset)' is a file; give the folder that holds seeds/ and Annotations/.")
        }
    }

    /// The layout of the chosen dataset.
    var layout: DatasetLayout { DatasetLayout(root: URL(fileURLWithPath: dataset)) }

    /// The layout of the chosen dataset, which must hold `seeds/` or `Annotations/`: run in the
    /// wrong folder, a command would otherwise report every clipping as unknown or missing
    /// instead of the one thing that is wrong.
    func existingLayout() throws -> DatasetLayout {
        let layout = layout
        let manager = FileManager.default
        guard manager.fileExists(atPath: layout.seedsFolder.path) || manager.fileExists(atPath: layout.annotationsFolder.path) else {
            let message = "no dataset here (no seeds/ and Annotations/): use --dataset DIR"
            DiagnosticPrinter.print([Diagnostic(.error, message, at: SourceLocation(path: DisplayPath.of(layout.root)))])
            throw ExitCode(1)
        }
        return layout
    }
}
