import ClipBenchModel

/// The command line of an external extractor, with `{file}` standing for the clipping's path.
///
/// Without `usesShell` the template is split into words like a shell would (single and double
/// quotes, backslash) but nothing else is interpreted, and the first word is the program run.
/// With `usesShell` it runs under `/bin/sh -c`, the path quoted.
///
/// ```swift
/// let command = try ExtractorCommand(template: "python3 dates.py {file}")
/// command.invocation(path: "/tmp/a b.txt").arguments   // ["dates.py", "/tmp/a b.txt"]
/// ```
public struct ExtractorCommand: Sendable, Hashable {
    public static let placeholder = "{file}"

    public var template: String
    public var usesShell: Bool
    /// The template's words (when not using the shell).
    public var words: [String]

    /// Why a template cannot be used.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public init(template: String, usesShell: Bool = false) throws(Problem) {
        self.template = template
        self.usesShell = usesShell
        self.words = try Self.split(template)
        guard !words.isEmpty else { throw Problem(description: "the command is empty") }
    }

    /// Whether the template names the clipping's path.
    public var mentionsFile: Bool { template.contains(Self.placeholder) }

    /// The program and arguments for the clipping at `path`.
    public func invocation(path: String) -> (executable: String, arguments: [String]) {
        if usesShell {
            let quoted = "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
            return ("/bin/sh", ["-c", template.replacingOccurrences(of: Self.placeholder, with: quoted)])
        }
        let expanded = words.map { $0.replacingOccurrences(of: Self.placeholder, with: path) }
        return (expanded[0], Array(expanded.dropFirst()))
    }

    /// Splits like a POSIX shell: blanks separate words; '…' is literal; "…" allows \" and \\;
    /// a backslash outside quotes escapes the next character.
    package static func split(_ template: String) throws(Problem) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var iterator = template.makeIterator()
        while let character = iterator.next() {
            if let open = quote {
                if character == open { quote = nil; continue }
                if open == "\"" && character == "\\", let next = iterator.next() {
                    if next != "\"" && next != "\\" { current.append("\\") }
                    current.append(next)
                    continue
                }
                current.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == "\\" {
                if let next = iterator.next() { current.append(next) }
                inWord = true
            } else if character == " " || character == "\t" || character == "\n" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(character)
                inWord = true
            }
        }
        if quote != nil { throw Problem(description: "the command has an unclosed quote") }
        if inWord { words.append(current) }
        return words
    }
}
