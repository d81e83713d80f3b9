import ArgumentParser

extension ClipBench {
    // Placeholder until the command lands; replaced by its real implementation.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw ValidationError("'Show' is not built yet.")
        }
    }
}
