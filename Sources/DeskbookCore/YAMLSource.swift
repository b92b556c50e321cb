import Yams

/// Parses YAML text into Yams nodes, mapping errors and positions to the file they came from.
public struct YAMLSource: Sendable {
    /// The file path used in diagnostics.
    public var path: String
    /// Lines before the YAML text inside its file (1 for front matter after an opening `---`).
    public var lineOffset: Int

    public init(path: String, lineOffset: Int = 0) {
        self.path = path
        self.lineOffset = lineOffset
    }

    /// The root node, nil for an empty document, or a diagnostic for malformed YAML.
    public func parse(_ text: String) -> Result<Node?, Diagnostic> {
        if let anchor = YAMLAnchorScan.firstAnchor(in: text) {
            let location = SourceLocation(path: path, line: lineOffset + anchor.line, column: anchor.column)
            return .failure(.error("YAML anchors and aliases (&name, *name) are not supported; write the value out", at: location))
        }
        do {
            let root = try Yams.compose(yaml: text)
            if let root, let found = YAMLPrintable.firstUnprintable(in: root) {
                return .failure(.error("YAML text may not contain \(YAMLPrintable.code(found.scalar)): only printable characters, tabs and line breaks are allowed", at: location(of: found.node)))
            }
            return .success(root)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(Diagnostic.error("invalid YAML: \(error)", at: SourceLocation(path: path, line: lineOffset + 1)))
        }
    }

    /// Where a node was written in the file.
    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: lineOffset + mark.line, column: mark.column)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .error("invalid YAML: \(problem)", at: SourceLocation(path: path, line: lineOffset + mark.line, column: mark.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(
                "invalid YAML: duplicate key \(duplicates.joined(separator: ", "))",
                at: SourceLocation(path: path, line: lineOffset + context.mark.line, column: context.mark.column)
            )
        case let .reader(problem, offset, _, yaml):
            let position = offset.map { Self.lineAndColumn(ofOffset: $0, in: yaml) } ?? (line: 1, column: 1)
            return .error("invalid YAML: \(problem)", at: SourceLocation(path: path, line: lineOffset + position.line, column: position.column))
        default:
            let firstLine = "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
            return .error("invalid YAML: \(firstLine)", at: SourceLocation(path: path, line: lineOffset + 1))
        }
    }

    /// The 1-based line and column of a character offset, as libyaml's reader reports it.
    static func lineAndColumn(ofOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index >= offset { break }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// Converts a node to a plain value; scalars keep YAML's core types (int, float, bool, null, string).
    public static func value(of node: Node) -> YAMLValue {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain else { return .string(scalar.string) }
            // Only text that starts like a number is run through Yams' (regex-based) number rules.
            if let first = scalar.string.utf8.first, (0x30...0x39).contains(first) || first == 0x2B || first == 0x2D || first == 0x2E {
                if let int = Int.construct(from: scalar) { return .int(int) }
                if let double = Double.construct(from: scalar) { return .double(double) }
            }
            if scalar.string.count <= 5, let bool = Bool.construct(from: scalar) { return .bool(bool) }
            if YAMLNull.isNull(scalar.string) { return .null }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .array(sequence.map(value(of:)))
        case .mapping(let mapping):
            var result: [String: YAMLValue] = [:]
            for (key, child) in mapping {
                result[key.string ?? "\(key)"] = value(of: child)
            }
            return .map(result)
        case .alias:
            return .null
        }
    }
}

/// YAML 1.2 core schema null spellings.
enum YAMLNull {
    static func isNull(_ text: String) -> Bool { ["", "~", "null", "Null", "NULL"].contains(text) }
}
