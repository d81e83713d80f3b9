import ArgumentParser
import ClipBench
import Foundation

/// `--no-cache`, shared by the commands that load gold for scoring or printing (score, check,
/// compare, merge, gold, stats) and by validate, which refreshes the cache.
struct CacheOptions: ParsableArguments {
    @Flag(name: .customLong("no-cache"),
          help: "Do not use the gold cache: load every clipping in full and write no entry (as CLIPBENCH_NO_CACHE=1 does). The output is the same either way.")
    var noCache = false

    /// The gold cache to use, or nil with `--no-cache`, `CLIPBENCH_NO_CACHE=1` or no cache folder.
    /// A cache folder that cannot be written is said once on standard error and skipped.
    var cache: GoldCache? {
        guard !noCache else { return nil }
        return GoldCache.standard { problem in DiagnosticPrinter.print([problem]) }
    }
}
