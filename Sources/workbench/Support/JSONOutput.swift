import CurriculumKit

/// JSON for scripts, in the same canonical form as the folder's files.
enum JSONOutput {
    static func bytes(_ value: some Encodable) -> [UInt8] {
        DocumentCoding.encode(value)
    }
}
