/// Fast character tests on single scalars for the tokenizer's hot loop (no allocation).
enum CharacterClass {
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x85, 0x2028, 0x2029, 0x3000,
             0x2000...0x200B, 0x202F, 0x205F, 0xFEFF:
            return true
        default: return false
        }
    }

    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s.value == 0x2028 || s.value == 0x2029 || s.value == 0x85
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value >= 65 && s.value <= 90 }
        return s.properties.isUppercase
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 {
            return (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122)
        }
        return s.properties.isAlphabetic
    }

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    /// Opening quotes and brackets.
    static func isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", "“", "‘", "(", "[", "{", "«", "`", "„", "‹", "*", "<": return true
        default: return false
        }
    }

    /// Closing quotes and brackets and clause punctuation that ends a word.
    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", "”", "’", ")", "]", "}", "»", "›", ",", ";", ":", "!", "?", "*",
             ">":
            return true
        default: return false
        }
    }

    /// Em, en and figure dashes and the horizontal bar (not the ASCII hyphen).
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x2012 && s.value <= 0x2015
    }

    static func isCurrency(_ s: Unicode.Scalar) -> Bool {
        s == "$" || s == "€" || s == "£" || s == "¥" || s == "#"
    }

    /// Punctuation that can end a sentence.
    static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "…"
    }
}
