import ArgumentParser
import ClipBench
import ClipBenchServer
import Dispatch
import Foundation

extension ClipBench {
    /// `clipbench serve`: the annotation editor in the browser.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the annotation editor: annotate clippings in the browser.",
            discussion: """
                Starts a local web server for the dataset and prints the editor's address, which holds a \
                token made for this run: open it in a browser (nothing is opened for you). The editor lists \
                the clippings, shows each one right to left with line numbers, labels a selection with one \
                key, offers the baseline's suggestions (and those of --suggest FILE) to accept or reject, \
                links entities to the registry and validates as you go. Saving writes Annotations/<id>.yaml \
                through the same text-preserving writer as anchor, and refuses when the file changed on \
                disk since it was loaded. The server listens on 127.0.0.1 unless --host is given, answers \
                only requests that carry the token and name its own address, and reads and writes only the \
                dataset's files. Stop it with Ctrl-C.
                """
        )

        @OptionGroup var options: DatasetOptions

        @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "N"))
        var port: Int = 8765

        @Option(help: ArgumentHelp("The address to listen on. Anything but 127.0.0.1 lets other machines reach the editor (they still need the token).", valueName: "H"))
        var host: String = "127.0.0.1"

        @Option(help: ArgumentHelp("A prediction file (JSON Lines, as clipbench extract writes) whose entities, dates and headline are offered as suggestions.", valueName: "FILE"),
                completion: .file(extensions: ["jsonl", "json"]))
        var suggest: String?

        @Option(help: ArgumentHelp("A folder holding two annotators' folders of <id>.yaml files: review their disagreements side by side and save the result in DIR/adjudicated/.", valueName: "DIR"),
                completion: .directory)
        var compare: String?

        func validate() throws {
            if let compare {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: compare, isDirectory: &isFolder), isFolder.boolValue else {
                    throw ValidationError("--compare '\(compare)' is not a folder.")
                }
            }
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port).") }
            guard !host.isEmpty else { throw ValidationError("--host must not be empty.") }
        }

        func run() throws {
            var predictions: [String: Prediction] = [:]
            if let suggest {
                var problems: [Diagnostic] = []
                PredictionReader(path: suggest).forEachPrediction({ predictions[$0.prediction.id] = $0.prediction }, onProblem: { problems.append($0) })
                DiagnosticPrinter.print(problems)
                if problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
            }
            let server = EditorServer(configuration: .init(layout: options.layout, host: host, port: port, predictions: predictions,
                                                           compareFolder: compare.map { URL(fileURLWithPath: $0, isDirectory: true) }))
            let finished = DispatchSemaphore(value: 0)
            let failure = FailureBox()
            Task {
                do {
                    try await server.run { url in
                        // Unbuffered, so a script reading the address sees it at once.
                        try? StandardStream.output.write("The editor is at \(url)\nOpen it in a browser; press Ctrl-C to stop.\n")
                    }
                } catch {
                    failure.set("\(error)")
                }
                finished.signal()
            }
            finished.wait()
            if let message = failure.message {
                FileHandle.standardError.write(Data("error: cannot serve on \(host):\(port): \(message)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}

/// The error of the server task, handed to the command's thread.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    func set(_ message: String) { lock.withLock { stored = message } }
    var message: String? { lock.withLock { stored } }
}
