import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CommandRunner {
    /// Runs `clipbench` with standard output and standard error on a pseudo-terminal, as a user
    /// at a terminal sees it, and returns what the terminal received (both streams, in order).
    ///
    /// - Parameters:
    ///   - arguments: the arguments after the program name.
    ///   - environment: the variables to set; `removing` names those to unset (CommandRunner's
    ///     `NO_COLOR=1` is not applied here, since colour is what these runs look at).
    /// - Returns: the exit status and the terminal's text (line breaks as the terminal gives them, `\r\n`).
    /// - Throws: ``RunnerError`` when the binary is missing or no pseudo-terminal can be opened.
    static func runOnTerminal(_ arguments: [String], environment: [String: String] = [:], removing: [String] = []) throws -> (status: Int32, output: String) {
        guard let binary = binaryURL else { throw RunnerError(description: "the clipbench binary was not found; run `swift build`") }
        // The pseudo-terminal calls are in the C library but not in every Swift overlay of it.
        typealias OpenCall = @convention(c) (CInt) -> CInt
        typealias NameCall = @convention(c) (CInt) -> UnsafeMutablePointer<CChar>?
        #if os(Linux)
        let everyLibrary: UnsafeMutableRawPointer? = nil   // RTLD_DEFAULT
        #else
        let everyLibrary = UnsafeMutableRawPointer(bitPattern: -2)   // RTLD_DEFAULT
        #endif
        func call<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(everyLibrary, name).map { unsafeBitCast($0, to: type) }
        }
        guard let open = call("posix_openpt", as: OpenCall.self), let grant = call("grantpt", as: OpenCall.self),
              let unlock = call("unlockpt", as: OpenCall.self), let secondaryName = call("ptsname", as: NameCall.self) else {
            throw RunnerError(description: "no pseudo-terminal calls in the C library")
        }
        let primary = open(O_RDWR | O_NOCTTY)
        guard primary >= 0, grant(primary) == 0, unlock(primary) == 0, let name = secondaryName(primary) else {
            throw RunnerError(description: "cannot open a pseudo-terminal")
        }
        let primaryHandle = FileHandle(fileDescriptor: primary, closeOnDealloc: true)
        guard let secondary = FileHandle(forUpdatingAtPath: String(cString: name)) else {
            throw RunnerError(description: "cannot open the pseudo-terminal's other end")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var variables = ProcessInfo.processInfo.environment
        for key in removing { variables[key] = nil }
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        process.standardOutput = secondary
        process.standardError = secondary
        process.standardInput = FileHandle.nullDevice
        // Drained while the command runs: a terminal's buffer is small and a full one would block it.
        let collected = Collected()
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(primary, &buffer, buffer.count)
                if count <= 0 { break }   // EIO once the last writer has closed its end
                collected.append(buffer[0..<count])
            }
            collected.finish()
        }
        do {
            try process.run()
        } catch {
            throw RunnerError(description: "could not start \(binary.path): \(error)")
        }
        try? secondary.close()
        reader.start()
        process.waitUntilExit()
        collected.waitUntilFinished()
        _ = primaryHandle
        return (process.terminationStatus, String(decoding: collected.data, as: UTF8.self))
    }

    /// The bytes a reader thread gathers, handed over once it is done.
    private final class Collected: @unchecked Sendable {
        private let condition = NSCondition()
        private var bytes = Data()
        private var done = false

        func append(_ chunk: ArraySlice<UInt8>) {
            condition.lock()
            bytes.append(contentsOf: chunk)
            condition.unlock()
        }

        func finish() {
            condition.lock()
            done = true
            condition.broadcast()
            condition.unlock()
        }

        func waitUntilFinished() {
            condition.lock()
            while !done { condition.wait() }
            condition.unlock()
        }

        var data: Data {
            condition.lock()
            defer { condition.unlock() }
            return bytes
        }
    }
}
