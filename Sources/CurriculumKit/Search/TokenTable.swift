#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A set of tokens numbered in the order first added, kept back to back in one byte array:
/// a hash table without a String or an array per token.
struct TokenTable {
    /// The tokens, each followed by `SearchPostings.separator`.
    private(set) var vocabulary: [UInt8] = []
    /// The start of each token in `vocabulary`.
    private(set) var starts: [UInt32] = []
    private var hashes: [UInt64] = []
    /// Token numbers plus one by hash slot; 0 is an empty slot.
    private var slots: [UInt32] = Array(repeating: 0, count: 1024)

    var count: Int { starts.count }

    /// The number of `token`, added when new.
    mutating func number(of token: UnsafeRawBufferPointer) -> Int {
        let hash = Self.hash(token)
        var mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            if hashes[stored - 1] == hash && equals(stored - 1, token) { return stored - 1 }
            slot = (slot + 1) & mask
        }
        let number = starts.count
        starts.append(UInt32(vocabulary.count))
        vocabulary.append(contentsOf: token)
        vocabulary.append(SearchPostings.separator)
        hashes.append(hash)
        slots[slot] = UInt32(number + 1)
        if count * 2 > slots.count {
            // Grow to keep the table at most half full.
            slots = Array(repeating: 0, count: slots.count * 2)
            mask = slots.count - 1
            for (index, hash) in hashes.enumerated() {
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = UInt32(index + 1)
            }
        }
        return number
    }

    /// The bytes of token `number`, without its separator.
    func withToken<Result>(_ number: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let start = Int(starts[number])
        let end = number + 1 < starts.count ? Int(starts[number + 1]) - 1 : vocabulary.count - 1
        return vocabulary.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    private func equals(_ number: Int, _ token: UnsafeRawBufferPointer) -> Bool {
        withToken(number) { stored in
            stored.count == token.count && (token.isEmpty || memcmp(stored.baseAddress!, token.baseAddress!, token.count) == 0)
        }
    }

    /// FNV-1a, mixed at the end so that the low bits used for slots vary.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash >> 33)
    }
}
