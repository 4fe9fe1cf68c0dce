import Testing

@testable import CurriculumKit

/// The syntax error `text` produces, or an issue when it parses.
private func requireSyntaxError(
    _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
) throws -> JSONSyntaxError {
    let value: JSONValue
    do throws(JSONSyntaxError) {
        value = try JSONParser.parse(bytes)
    } catch {
        return error
    }
    Issue.record("expected a syntax error, parsed \(value)", sourceLocation: sourceLocation)
    throw ExpectedFailure()
}


private func requireSyntaxError(
    _ text: String, sourceLocation: SourceLocation = #_sourceLocation
) throws -> JSONSyntaxError {
    try requireSyntaxError(utf8(text), sourceLocation: sourceLocation)
}

/// Checks the reason and position of the error `text` produces.
private func expectSyntaxError(
    _ text: String, reason: String, line: Int, column: Int, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let error = try requireSyntaxError(text, sourceLocation: sourceLocation)
    #expect(error.reason == reason, sourceLocation: sourceLocation)
    #expect(error.line == line, "line", sourceLocation: sourceLocation)
    #expect(error.column == column, "column", sourceLocation: sourceLocation)
}

@Suite("JSON parser")
struct JSONParserTests {
    @Test("parses every kind of value, keeping integers apart from other numbers")
    func parsesValues() throws {
        let value = try JSONParser.parse(
            utf8(#"{"a": [1, -2, 1.5, 2e3, true, false, null], "b": {"c": "d"}, "e": "", "f": {}, "g": []}"#))
        #expect(
            value
                == .object([
                    "a": .array([.integer(1), .integer(-2), .number(1.5), .number(2000), .bool(true), .bool(false), .null]),
                    "b": .object(["c": .string("d")]),
                    "e": .string(""),
                    "f": .object([:]),
                    "g": .array([]),
                ]))
    }

    @Test("decodes escapes, surrogate pairs and raw UTF-8 text")
    func decodesStrings() throws {
        let value = try JSONParser.parse(utf8(#"["a\"b\\c\/d\n\t\r\b\f", "\u010d\u0107", "\ud83d\ude00", "čćšžđ Ђорђе"]"#))
        #expect(
            value
                == .array([
                    .string("a\"b\\c/d\n\t\r\u{08}\u{0C}"), .string("čć"), .string("😀"), .string("čćšžđ Ђорђе"),
                ]))
    }

    @Test("skips a UTF-8 byte order mark and surrounding white space")
    func byteOrderMark() throws {
        let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + utf8(" \n\t{\"a\": 1}\r\n"))
        #expect(value == .object(["a": .integer(1)]))
    }

    @Test("an empty file says so, without a position")
    func emptyInput() throws {
        let error = try requireSyntaxError([UInt8]())
        #expect(error == JSONSyntaxError(line: 0, column: 0, reason: "the file is empty"))
        #expect(error.description == "the file is empty")
    }

    @Test("a file of white space only says so")
    func whitespaceOnly() throws {
        let error = try requireSyntaxError(" \n  \n")
        #expect(error.reason == "the file holds only white space")
        #expect(error.description == "the file holds only white space")
    }

    @Test("truncated input names the line and column where it ends")
    func truncatedObject() throws {
        try expectSyntaxError("{\n  \"a\": 1", reason: "the document ends inside an object", line: 2, column: 9)
        try expectSyntaxError("{\n  \"a\": [1, 2", reason: "the document ends inside an array", line: 2, column: 13)
        try expectSyntaxError("{\"a\": \"abc", reason: "the document ends inside a string", line: 1, column: 11)
        try expectSyntaxError("{\"a\": ", reason: "the document ends where a value was expected", line: 1, column: 7)
        try expectSyntaxError("{\"a\"", reason: "the document ends inside an object", line: 1, column: 5)
        try expectSyntaxError("[tr", reason: "the document ends inside the word true", line: 1, column: 4)
        let error = try requireSyntaxError("{\n  \"a\": 1")
        #expect(error.description == "the document ends inside an object at line 2, column 9")
    }

    @Test("columns count characters, not bytes")
    func columnsCountCharacters() throws {
        try expectSyntaxError("{\"čć\": tru}", reason: "unexpected character '}'", line: 1, column: 11)
        try expectSyntaxError("[\"Ђорђе\" 1]", reason: "expected , or ] in an array, found '1'", line: 1, column: 10)
    }

    @Test("bytes that are not UTF-8 are refused with their position")
    func notUTF8() throws {
        // `{"a": "č` then 0xFF: the bad byte is the 9th character on line 1.
        let error = try requireSyntaxError(utf8("{\"a\": \"č") + [0xFF] + utf8("\"}"))
        #expect(error.reason == "the file is not UTF-8 text")
        #expect(error.line == 1)
        #expect(error.column == 9)
        // Latin-1 text (é as one byte 0xE9) on the second line.
        let latin1 = try requireSyntaxError(utf8("{\n\"a\": \"caf") + [0xE9] + utf8("\"}"))
        #expect(latin1 == JSONSyntaxError(line: 2, column: 10, reason: "the file is not UTF-8 text"))
        // An encoded surrogate (ED A0 80) is not UTF-8 either.
        let surrogate = try requireSyntaxError(utf8("[\"") + [0xED, 0xA0, 0x80] + utf8("\"]"))
        #expect(surrogate.reason == "the file is not UTF-8 text")
        #expect(surrogate.column == 3)
    }

    @Test("duplicate keys are refused at the second key")
    func duplicateKeys() throws {
        try expectSyntaxError("{\"a\": 1, \"a\": 2}", reason: "duplicate key \"a\"", line: 1, column: 10)
        try expectSyntaxError(
            "{\n  \"s\": {\n    \"id\": 1,\n    \"id\": 2\n  }\n}", reason: "duplicate key \"id\"", line: 4, column: 5)
        // Keys are compared after their escapes are decoded.
        try expectSyntaxError("{\"a\": 1, \"\\u0061\": 2}", reason: "duplicate key \"a\"", line: 1, column: 10)
    }

    @Test("the same key in different objects is not a duplicate")
    func sameKeyInSiblings() throws {
        let value = try JSONParser.parse(utf8(#"[{"id": 1}, {"id": 2}]"#))
        #expect(value == .array([.object(["id": .integer(1)]), .object(["id": .integer(2)])]))
    }

    @Test("trailing commas are refused")
    func trailingCommas() throws {
        try expectSyntaxError("{\"a\": 1,}", reason: "trailing comma before }", line: 1, column: 9)
        try expectSyntaxError("[1, 2,\n]", reason: "trailing comma before ]", line: 2, column: 1)
        try expectSyntaxError("{\"a\": [1,],}", reason: "trailing comma before ]", line: 1, column: 10)
    }

    @Test("wrong nesting names the closing bracket that does not match")
    func wrongNesting() throws {
        try expectSyntaxError("[1}", reason: "expected , or ] in an array, found '}'", line: 1, column: 3)
        try expectSyntaxError("{\"a\": 1]", reason: "expected , or } in an object, found ']'", line: 1, column: 8)
        try expectSyntaxError("{\"a\": [1}", reason: "expected , or ] in an array, found '}'", line: 1, column: 9)
        try expectSyntaxError("}", reason: "unexpected character '}' where a value was expected", line: 1, column: 1)
        try expectSyntaxError("{\"a\": 1}}", reason: "unexpected text after the end of the document", line: 1, column: 9)
    }

    @Test("other syntax errors say what was expected")
    func otherSyntaxErrors() throws {
        try expectSyntaxError("{a: 1}", reason: "expected a quoted key, found 'a'", line: 1, column: 2)
        try expectSyntaxError("{\"a\" 1}", reason: "expected : after key \"a\"", line: 1, column: 6)
        try expectSyntaxError("[01]", reason: "a number cannot start with 0", line: 1, column: 3)
        try expectSyntaxError("[1.]", reason: "a number needs digits after the decimal point", line: 1, column: 4)
        try expectSyntaxError("[1e]", reason: "a number needs digits in its exponent", line: 1, column: 4)
        try expectSyntaxError("[-]", reason: "a number needs digits", line: 1, column: 3)
        try expectSyntaxError("[\"a\\x\"]", reason: "unknown escape \\x in a string", line: 1, column: 4)
        try expectSyntaxError("[\"\\u12\"]", reason: "unfinished \\u escape in a string", line: 1, column: 5)
        try expectSyntaxError("[\"\\u12G4\"]", reason: "bad \\u escape in a string", line: 1, column: 5)
        try expectSyntaxError("[\"a\tb\"]", reason: "a control character inside a string must be escaped", line: 1, column: 4)
        try expectSyntaxError("[nul]", reason: "unexpected character ']'", line: 1, column: 5)
        try expectSyntaxError("[\u{1}]", reason: "unexpected character byte 0x1 where a value was expected", line: 1, column: 2)
        try expectSyntaxError("{} {}", reason: "unexpected text after the end of the document", line: 1, column: 4)
    }

    @Test("numbers too large for a 64-bit integer become doubles; numbers beyond a double are refused")
    func numberRange() throws {
        #expect(try JSONParser.parse(utf8("[9223372036854775807]")) == .array([.integer(Int.max)]))
        #expect(try JSONParser.parse(utf8("[9223372036854775808]")) == .array([.number(9_223_372_036_854_775_808)]))
        try expectSyntaxError("[1e999]", reason: "the number 1e999 is out of range", line: 1, column: 2)
        try expectSyntaxError("[-1e999]", reason: "the number -1e999 is out of range", line: 1, column: 2)
    }

    @Test("nesting deeper than 512 levels is refused instead of exhausting the stack")
    func nestingLimit() throws {
        let fine = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try JSONParser.parse(utf8(fine)) }
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let error = try requireSyntaxError(deep)
        #expect(error.reason == "the document nests deeper than 512 levels")
        #expect(error.column == 513)
    }

    @Test("the position of a byte offset counts lines from 1 and characters within the line")
    func positions() {
        let bytes = utf8("ab\nčd\ne")
        #expect(JSONParser.position(of: 0, in: bytes) == (1, 1))
        #expect(JSONParser.position(of: 3, in: bytes) == (2, 1))
        #expect(JSONParser.position(of: 5, in: bytes) == (2, 2))
        #expect(JSONParser.position(of: 100, in: bytes) == (3, 2))
        #expect(JSONParser.firstInvalidUTF8Offset(utf8("plain ascii")) == nil)
        #expect(JSONParser.firstInvalidUTF8Offset(utf8("čćšžđ Ђ")) == nil)
        #expect(JSONParser.firstInvalidUTF8Offset(utf8("ab") + [0xC4]) == 2)
    }
}
