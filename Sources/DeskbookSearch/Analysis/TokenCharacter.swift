/// What a normalized scalar is to the tokenizer (step 2 of the definition in `TextAnalyzer`).
enum TokenCharacter {
    case digit, latin, cyrillic, apostrophe, dot, other

    init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x61...0x7A: self = .latin
        case 0x30...0x39: self = .digit
        case 0x27, 0x2019, 0x2BC: self = .apostrophe
        case 0x2E: self = .dot
        case 0xF7: self = .other
        case 0xDF...0x24F, 0x1E00...0x1EFF: self = .latin
        case 0x482...0x489: self = .other
        case 0x400...0x52F: self = .cyrillic
        default: self = .other
        }
    }

    /// A letter or a digit, which tokens are made of.
    var isWordCharacter: Bool {
        switch self {
        case .digit, .latin, .cyrillic: true
        case .apostrophe, .dot, .other: false
        }
    }
}
