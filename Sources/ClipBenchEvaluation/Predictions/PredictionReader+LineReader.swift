import Foundation
import ClipBenchCore
import ClipBenchExtraction

extension PredictionReader {
    /// Splits a byte stream into UTF-8 lines without reading it whole.
    ///
    /// Accepts `\n` and `\r\n` line ends and drops a leading byte-order mark. A line longer than
    /// the limit is consumed and reported by its length, never kept.
    ///
    /// ```swift
    /// var lines = PredictionReader.LineReader(handle: handle, maximumLineLength: 1 << 20)
    /// while let line = lines.next() { print(line.number, line.content) }
    /// ```
    ///
    /// - Complexity: O(n) in the bytes read; memory O(longest kept line + chunk size).
    package struct LineReader {
        /// One line: its 1-based number and its text, or why it has none.
        package struct Line {
            package enum Content: Equatable {
                case text(String)
                case tooLong(Int)
                /// The byte offset, within the line, of the first invalid sequence.
                case invalidUTF8(Int)
            }

            package var number: Int
            package var content: Content
        }

        private let handle: FileHandle
        private let maximumLineLength: Int
        private let chunkSize: Int
        private var buffer: [UInt8] = []
        private var position = 0
        /// Where the search for the next line end resumes; bytes before it hold none.
        private var scanned = 0
        private var endOfInput = false
        private var lineNumber = 0
        /// Why reading stopped early, when the input could not be read to its end.
        package private(set) var readFailure: String?

        package init(handle: FileHandle, maximumLineLength: Int, chunkSize: Int = 1 << 16) {
            self.handle = handle
            self.maximumLineLength = maximumLineLength
            self.chunkSize = chunkSize
        }

        /// The next line, or nil at the end of the input.
        package mutating func next() -> Line? {
            var skippedLength: Int? = nil
            while true {
                if let newline = Self.firstNewline(in: buffer, from: max(position, scanned)) {
                    let length = newline - position
                    let line: Line
                    if let skipped = skippedLength {
                        line = Line(number: lineNumber + 1, content: .tooLong(skipped + length))
                    } else {
                        line = makeLine(buffer[position..<newline])
                    }
                    position = newline + 1
                    scanned = position
                    lineNumber += 1
                    return line
                }
                // No line end in the buffer: drop the part of an overlong line, then read more.
                let pending = buffer.count - position
                if skippedLength != nil || pending > maximumLineLength {
                    skippedLength = (skippedLength ?? 0) + pending
                    buffer.removeAll(keepingCapacity: true)
                    position = 0
                } else if position > 0 {
                    buffer.removeSubrange(0..<position)
                    position = 0
                }
                scanned = buffer.count
                if endOfInput {
                    guard skippedLength != nil || !buffer.isEmpty else { return nil }
                    let line = skippedLength.map { Line(number: lineNumber + 1, content: .tooLong($0)) }
                        ?? makeLine(buffer[...])
                    lineNumber += 1
                    buffer.removeAll()
                    scanned = 0
                    return line
                }
                // A failed read ends the input but is remembered: taken as the end of the file, it
                // would score a truncated file as if it were whole.
                let chunk: Data?
                do { chunk = try handle.read(upToCount: chunkSize) } catch {
                    readFailure = "\(error.localizedDescription)"
                    chunk = nil
                }
                if let chunk, !chunk.isEmpty {
                    buffer.append(contentsOf: chunk)
                } else {
                    endOfInput = true
                }
            }
        }

        /// The index of the first `\n` at or after `start`, by `memchr`: a runaway line of tens of
        /// megabytes is scanned at memory speed, not byte by byte through a collection.
        private static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
            guard start < buffer.count else { return nil }
            return buffer.withUnsafeBufferPointer { bytes -> Int? in
                guard let base = bytes.baseAddress, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
        }

        private func makeLine(_ bytes: ArraySlice<UInt8>) -> Line {
            var bytes = bytes
            if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
            if lineNumber == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            let number = lineNumber + 1
            if bytes.count > maximumLineLength { return Line(number: number, content: .tooLong(bytes.count)) }
            if let text = String(validating: bytes, as: UTF8.self) {
                return Line(number: number, content: .text(text))
            }
            return Line(number: number, content: .invalidUTF8(UTF8Validation.firstInvalidOffset(in: bytes) ?? 0))
        }
    }
}
