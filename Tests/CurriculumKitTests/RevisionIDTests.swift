import Foundation
import Testing

@testable import CurriculumKit

@Suite("Revision ids")
struct RevisionIDTests {
    @Test("reads and writes the six-digit seq and twelve hex digits")
    func readsAndWrites() throws {
        let id = try #require(RevisionID("000002-5be0194f7a21"))
        #expect(id.seq == 2)
        #expect(id.hash == "5be0194f7a21")
        #expect(id.description == "000002-5be0194f7a21")
        #expect(id.fileName == "000002-5be0194f7a21.json")
        #expect(RevisionID(seq: 123_456, hash: "0123456789ab").description == "123456-0123456789ab")
        #expect(RevisionID(seq: 7, hash: "a91b0c77d2e3").description == "000007-a91b0c77d2e3")
    }

    @Test("reads file names and only .json file names")
    func fileNames() {
        #expect(RevisionID(fileName: "000001-a91b0c77d2e3.json") == RevisionID(seq: 1, hash: "a91b0c77d2e3"))
        #expect(RevisionID(fileName: "000001-a91b0c77d2e3") == nil)
        #expect(RevisionID(fileName: "000001-a91b0c77d2e3.json.bak") == nil)
        #expect(RevisionID(fileName: ".tmp-000001-a91b0c77d2e3.json") == nil)
    }

    @Test(
        "refuses text that is not an id",
        arguments: [
            "", "000001", "000001-", "-a91b0c77d2e3", "00001-a91b0c77d2e3", "0000001-a91b0c77d2e3",
            "000001-a91b0c77d2e", "000001-a91b0c77d2e3f", "000001-A91B0C77D2E3", "000001-g91b0c77d2e3",
            "00000a-a91b0c77d2e3", "000001-a91b0c77d2e3-x", "000001_a91b0c77d2e3", " 000001-a91b0c77d2e3",
            // Digits and hex letters outside ASCII (Arabic-Indic, fullwidth) look like ids but are not.
            "٠٠٠٠٠١-a91b0c77d2e3", "000001-ａ91b0c77d2e3", "000001-a91b0c77d2e３",
        ])
    func refuses(_ text: String) {
        #expect(RevisionID(text) == nil)
    }

    @Test("orders by seq, then by hash")
    func ordering() {
        let a = RevisionID(seq: 1, hash: "ffffffffffff")
        let b = RevisionID(seq: 2, hash: "000000000000")
        let c = RevisionID(seq: 2, hash: "000000000001")
        #expect(a < b)
        #expect(b < c)
        #expect([c, a, b].sorted() == [a, b, c])
    }

    @Test("encodes as its text and refuses a malformed id when decoding")
    func codable() throws {
        let info = RevisionInfo(
            seq: 3, parents: [RevisionID(seq: 2, hash: "5be0194f7a21")], author: "Ana", time: "2026-11-22T10:15:03Z",
            message: "Tighten outcomes")
        let tree = DocumentCoding.tree(of: info)
        #expect(tree["parents"] == .array([.string("000002-5be0194f7a21")]))
        let decoded = try JSONDecoder().decode(RevisionInfo.self, from: Data(CanonicalJSON.bytes(tree)))
        #expect(decoded == info)

        let bad = #"{"seq": 3, "parents": ["2-5be0194f7a21"], "author": "A", "time": "t", "message": ""}"#
        do throws(DocumentError) {
            _ = try DocumentCoding.decode(RevisionInfo.self, from: utf8(bad))
            Issue.record("a malformed parent id was accepted")
        } catch {
            #expect(error == .content(pointer: "/parents/0", reason: "\"2-5be0194f7a21\" is not a revision id (000001-0123456789ab)"))
        }
    }

    @Test("the content hash is the first 12 hex digits of SHA-256")
    func contentHash() {
        #expect(ReferenceSHA256.hex(utf8("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.short(utf8("abc")) == "ba7816bf8f01")
        #expect(ContentHash.short([]) == "e3b0c44298fc")
        let text = utf8("{\n  \"title\": \"Гранична контрола čćšžđ\"\n}\n")
        #expect(ContentHash.short(text) == ReferenceSHA256.short(text))
        let long = [UInt8](repeating: 0x61, count: 1000)
        #expect(ContentHash.short(long) == ReferenceSHA256.short(long))
    }

    @Test("timestamps have the stored UTC form")
    func timestamps() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_795_342_503)) == "2026-11-22T10:15:03Z")
        #expect(Timestamp.compact("2026-11-22T10:15:03Z") == "20261122T101503Z")
        #expect(Timestamp.day("2026-11-22T10:15:03Z") == "2026-11-22")
        #expect(Timestamp.isValid("2026-11-22T10:15:03Z"))
        #expect(Timestamp.isValid(Timestamp.now()))
        #expect(!Timestamp.isValid("2026-11-22 10:15:03"))
        #expect(!Timestamp.isValid("2026-11-22T10:15:03+01:00"))
        #expect(!Timestamp.isValid("../../../../tmp/x/y/z"))
    }
}
