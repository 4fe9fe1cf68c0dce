import Testing

@testable import CurriculumKit

@Suite("Cache checksum")
struct CacheChecksumTests {
    /// 203 bytes: six 32-byte blocks, then a tail shorter than a block.
    static let bytes = (0..<203).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }

    @Test("changing any one byte, in a block or in the tail, changes the checksum")
    func everyByteCounts() {
        let original = CacheChecksum.of(Self.bytes)
        for position in Self.bytes.indices {
            var changed = Self.bytes
            changed[position] ^= 0x40
            #expect(CacheChecksum.of(changed) != original, "byte \(position)")
        }
    }

    @Test("swapped words, a lost last byte and an added zero byte all change the checksum")
    func orderAndLengthCount() {
        let original = CacheChecksum.of(Self.bytes)
        for (first, second) in [(0, 8), (0, 32), (8, 40), (16, 160)] {
            var swapped = Self.bytes
            for offset in 0..<8 { swapped.swapAt(first + offset, second + offset) }
            #expect(CacheChecksum.of(swapped) != original, "words at \(first) and \(second)")
        }
        #expect(CacheChecksum.of(Array(Self.bytes.dropLast())) != original)
        #expect(CacheChecksum.of(Self.bytes + [0]) != original)
        #expect(CacheChecksum.of([UInt8](repeating: 0, count: 64)) != CacheChecksum.of([UInt8](repeating: 0, count: 32)))
    }

    @Test("an array from an offset and the same bytes mapped give the same checksum")
    func bothForms() {
        let fromOffset = CacheChecksum.of(Self.bytes, from: 3)
        let raw = Self.bytes.withUnsafeBytes { CacheChecksum.of(UnsafeRawBufferPointer(rebasing: $0[3...])) }
        #expect(fromOffset == raw)
    }
}
