import DeskbookCore

/// The stable identifier of a finding the checker can report; scripts and translations key on it.
///
/// Each check declares the codes it reports beside its logic (`extension FindingCode` in its file under
/// Checking/Checks/); this file holds only the codes of reading a request, which come before any check runs.
/// `allCases` gathers them all, so the config parser, the message catalog and the tests see a new code without
/// being edited.
public struct FindingCode: RawRepresentable, CaseIterable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code as reports show it, such as `subject.generic`.
    public let rawValue: String
    /// The severity used unless intake.yml overrides it under `severities`.
    public let defaultSeverity: Severity
    /// Whether intake.yml may change the severity; a request that cannot be read, or holds a NUL character that
    /// back ends cannot store, always blocks.
    public let severityIsConfigurable: Bool
    /// Whether only the intake service reports it, from what it stored before: the browser cannot know it.
    public let isServerOnly: Bool

    init(_ rawValue: String, _ defaultSeverity: Severity = .error, configurable: Bool = true, serverOnly: Bool = false) {
        self.rawValue = rawValue
        self.defaultSeverity = defaultSeverity
        severityIsConfigurable = configurable
        isServerOnly = serverOnly
    }

    /// The declared code with this raw value; nil for any other string.
    public init?(rawValue: String) {
        guard let code = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = code
    }

    public var description: String { rawValue }

    /// Decodes a code from its raw value; an undeclared one is an error.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let code = FindingCode(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown finding code \(raw)")
        }
        self = code
    }

    /// Encodes the raw value alone.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func == (left: FindingCode, right: FindingCode) -> Bool { left.rawValue == right.rawValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// Every code: reading a request first, then each check's codes in the order the checks run, then the
    /// intake service's own.
    public static let allCases: [FindingCode] = reading + IntakeChecks.all.flatMap { $0.codes } + serverOnly

    /// The codes of reading a request: its bytes, its shape and each value's type.
    static let reading: [FindingCode] = [
        .requestEncoding, .requestSyntax, .requestNotObject, .requestTooLarge, .requestEmpty, .requestUnknownField,
        .requestWrongType,
    ]

    public static let requestEncoding = FindingCode("request.encoding", configurable: false)
    public static let requestSyntax = FindingCode("request.syntax", configurable: false)
    public static let requestNotObject = FindingCode("request.not-object", configurable: false)
    public static let requestTooLarge = FindingCode("request.too-large", configurable: false)
    public static let requestEmpty = FindingCode("request.empty", configurable: false)
    public static let requestUnknownField = FindingCode("request.unknown-field", .warning)
    public static let requestWrongType = FindingCode("request.wrong-type", configurable: false)
}
