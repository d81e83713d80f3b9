// `clipbench-benchmark json FILE…`: the throughput of the project's one JSON parser (issue 9: "JSON
// parsing at hundreds of MB/s"), as `Scripts/benchmark-json.sh` measures it beside Python's `json`.
//
//   clipbench-benchmark json [--lines] [--repeat N] FILE…
//
// Reads each file into memory first (the disk is not timed), then parses it N times (default 5) with
// `JSONParser.parse(bytes:)`: the whole file as one document, or with `--lines` each line of a JSON
// Lines file (the shape of predictions). Prints one line per file: its size, the best of the N runs
// in milliseconds, and the throughput in MB/s (10^6 bytes) of that best run.
import ClipBench
import Foundation

func runJSONBenchmark(arguments: [String]) -> Int32 {
    var linesMode = false
    var repeats = 5
    var files: [String] = []
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
        switch argument {
        case "--lines": linesMode = true
        case "--repeat":
            guard let value = iterator.next().flatMap(Int.init), value > 0 else {
                FileHandle.standardError.write(Data("error: --repeat takes a positive number\n".utf8))
                return 64
            }
            repeats = value
        default: files.append(argument)
        }
    }
    guard !files.isEmpty else {
        FileHandle.standardError.write(Data("usage: clipbench-benchmark json [--lines] [--repeat N] FILE…\n".utf8))
        return 64
    }
    for file in files {
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("\(file): error: cannot read the file\n".utf8))
            return 1
        }
        let bytes = [UInt8](data)
        // The lines are cut before the clock starts, so only parsing is timed.
        let lines = linesMode ? bytes.split(separator: 0x0A).map(Array.init) : [bytes]
        var best = Double.infinity
        var values = 0
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            values = 0
            for line in lines {
                do {
                    _ = try JSONParser.parse(bytes: line)
                    values += 1
                } catch {
                    FileHandle.standardError.write(Data("\(file): error: \(error)\n".utf8))
                    return 1
                }
            }
            best = min(best, seconds(since: start))
        }
        let megabytes = Double(bytes.count) / 1e6
        print("\(file): \(String(format: "%.1f", megabytes)) MB, \(values) document\(values == 1 ? "" : "s"), best of \(repeats): "
              + "\(String(format: "%.1f", best * 1000)) ms, \(String(format: "%.0f", megabytes / best)) MB/s")
    }
    return 0
}
