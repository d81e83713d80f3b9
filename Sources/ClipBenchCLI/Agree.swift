import ArgumentParser

extension ClipBench {
    // Placeholder until the command lands; replaced by its real implementation.
    struct Agree: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw ValidationError("'Agree' is not built yet.")
        }
    }
}
