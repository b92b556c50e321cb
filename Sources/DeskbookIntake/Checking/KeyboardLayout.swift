/// The Russian ЙЦУКЕН and the English QWERTY layouts key by key, to read a text typed in the wrong one.
enum KeyboardLayout {
    private static let latinKeys = Array("qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~".unicodeScalars)
    private static let cyrillicKeys = Array("йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ".unicodeScalars)
    private static let toCyrillic = Dictionary(uniqueKeysWithValues: zip(latinKeys, cyrillicKeys))
    private static let toLatin = Dictionary(uniqueKeysWithValues: zip(cyrillicKeys, latinKeys))

    private static func isLatinLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// The text as the same keys give it in the other layout: Latin letters to Cyrillic and back. A punctuation
    /// key that stands for a Cyrillic letter (",", ";", "[") changes only between two Latin letters.
    static func swapped(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if let cyrillic = toCyrillic[scalar],
               isLatinLetter(scalar) || (index > 0 && isLatinLetter(scalars[index - 1]) && index + 1 < scalars.count && isLatinLetter(scalars[index + 1])) {
                result.append(cyrillic)
            } else {
                result.append(toLatin[scalar] ?? scalar)
            }
        }
        return String(result)
    }
}
