#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Substring search over bytes, without building Strings.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack`, or `nil`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        haystack.withUnsafeBytes { firstIndex(of: needle, in: $0) }
    }

    /// The offset of the first occurrence of `needle` in `haystack`, or `nil`.
    static func firstIndex(of needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard haystack.count >= needle.count, let base = haystack.baseAddress else { return nil }
        return needle.withUnsafeBytes { pin -> Int? in
            if let memmem = memmemFunction {
                return memmem(base, haystack.count, pin.baseAddress, pin.count).map { $0 - UnsafeMutableRawPointer(mutating: base) }
            }
            return scan(for: pin, in: haystack)
        }
    }

    /// The C library's `memmem` (a GNU extension the Swift module does not declare), found at run time.
    private typealias Memmem = @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer?
    private static let memmemFunction: Memmem? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memmem").map {
        unsafeBitCast($0, to: Memmem.self)
    }

    /// The first occurrence found with `memchr` for the first byte, then compared.
    private static func scan(for pin: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer) -> Int? {
        let first = Int32(pin[0])
        let last = hay.count - pin.count
        var index = 0
        while index <= last {
            guard let found = memchr(hay.baseAddress! + index, first, last - index + 1) else { return nil }
            index = found - UnsafeMutableRawPointer(mutating: hay.baseAddress!)
            if memcmp(hay.baseAddress! + index, pin.baseAddress!, pin.count) == 0 { return index }
            index += 1
        }
        return nil
    }
}
