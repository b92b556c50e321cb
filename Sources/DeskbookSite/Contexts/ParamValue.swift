import DeskbookCore
import Mustache

/// A value of `params` in deskbook.yml or of a page's own front matter keys, as written: a text, a number,
/// `true`/`false`, a list or a map (whose keys stay as written); an empty YAML value is an empty text.
struct ParamValue: MustacheCustomRepresentation, Hashable, Sendable {
    /// The value as read from YAML.
    var yaml: YAMLValue

    /// What templates see: the value as plain text, numbers, lists and dictionaries.
    var representation: Any? { yaml.templateValue }

    /// Every value of a YAML map.
    static func map(_ values: [String: YAMLValue]) -> [String: ParamValue] {
        values.mapValues(ParamValue.init)
    }
}
