import Foundation
import Testing
@testable import ClipBench
@testable import ClipBenchExtraction
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The registry that lets an interrupted `run` take its extractors with it.
struct ProcessGroupRegistryTests {
    @Test func recordsWhatItSpawnsAndStartsNothingOnceInterrupted() {
        let registry = ProcessGroupRegistry()
        #expect(registry.spawnRecorded { 424242 } == 424242)
        #expect(registry.spawnRecorded { nil } == nil)
        registry.remove(424242)
        registry.interrupt(by: SIGTERM)
        #expect(registry.interruptingSignal == SIGTERM)
        var started = false
        #expect(registry.spawnRecorded { started = true; return 1 } == nil)
        #expect(!started, "a process was started after the interruption")
        // The first signal is the one the command exits with.
        registry.interrupt(by: SIGINT)
        #expect(registry.interruptingSignal == SIGTERM)
    }
}
