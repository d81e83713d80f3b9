import ArgumentParser

extension ClipBench {
    // Placeholder until the command lands; replaced by its real implementation.
    struct Anchor: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw ValidationError("'Anchor' is not built yet.")
        }
    }
}
