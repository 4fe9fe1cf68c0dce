/// A module's searchable fields laid out in one run of bytes, so that ten thousand modules are
/// searched without a String or an array per field, and the bytes can be cached as they are.
///
/// Layout (integers are 32-bit little-endian, offsets from the record's start): the field
/// count; a table of nine integers per field (weight, then offset and length of its name,
/// JSON pointer, text and folded text); every field's folded text back to back; the names,
/// pointers and texts.
enum SearchRecord {
    static let columns = 9

    /// The record of `module`'s non-empty searchable fields.
    static func make(_ module: Module) -> [UInt8] {
        let items = SearchableFields.of(module).filter { !$0.text.isEmpty }
        let folded = items.map { TextFolding.fold($0.text) }
        let tableEnd = 4 + items.count * columns * 4
        var table: [UInt32] = [UInt32(items.count)]
        var foldedBlock: [UInt8] = []
        var strings: [UInt8] = []
        let foldedStart = tableEnd
        let stringsStart = foldedStart + folded.reduce(0) { $0 + $1.count }
        func add(_ text: String) {
            table.append(UInt32(stringsStart + strings.count))
            table.append(UInt32(text.utf8.count))
            strings += text.utf8
        }
        for (item, foldedText) in zip(items, folded) {
            table.append(UInt32(item.weight))
            add(item.name)
            add(item.pointer)
            add(item.text)
            table.append(UInt32(foldedStart + foldedBlock.count))
            table.append(UInt32(foldedText.count))
            foldedBlock += foldedText
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(stringsStart + strings.count)
        for value in table {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return bytes + foldedBlock + strings
    }

    /// The field count and the range of the folded block of the record at `start`, checked to
    /// lie within `bytes`; `nil` when the record is damaged.
    static func layout(of bytes: UnsafeRawBufferPointer, record: Range<Int>) -> (fields: Int, folded: Range<Int>)? {
        guard record.count >= 4 else { return nil }
        let count = Int(integer(bytes, record.lowerBound))
        let tableEnd = 4 + count * columns * 4
        guard tableEnd <= record.count else { return nil }
        var foldedEnd = tableEnd
        for field in 0..<count {
            for column in stride(from: 1, to: columns, by: 2) {
                let offset = Int(integer(bytes, record.lowerBound + 4 + (field * columns + column) * 4))
                let length = Int(integer(bytes, record.lowerBound + 4 + (field * columns + column + 1) * 4))
                guard offset + length <= record.count else { return nil }
            }
            // The folded texts must lie back to back after the table, as `make` writes them.
            guard Int(integer(bytes, record.lowerBound + 4 + (field * columns + 7) * 4)) == foldedEnd else { return nil }
            foldedEnd += Int(integer(bytes, record.lowerBound + 4 + (field * columns + 8) * 4))
        }
        guard foldedEnd <= record.count else { return nil }
        return (count, (record.lowerBound + tableEnd)..<(record.lowerBound + foldedEnd))
    }

    static func integer(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
}
