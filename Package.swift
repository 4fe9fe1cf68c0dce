// swift-tools-version: 6.1
import PackageDescription

/// The compiler refers to generic types such as `Set<String>` or a document's coding keys by
/// calling their metadata accessors, not by mangled names that the runtime demangles on first
/// use, checking each conformance by searching every conformance record of the process: that
/// search was a sixth of a command's time (`save`, `show`).
let directMetadata: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

let package = Package(
    name: "CurriculumWorkbench",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "workbench", targets: ["workbench"]),
        .library(name: "CurriculumKit", targets: ["CurriculumKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "CurriculumKit",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: directMetadata
        ),
        .executableTarget(
            name: "workbench",
            dependencies: [
                "CurriculumKit",
                "TerminalKit",
                "WorkbenchApp",
                "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: directMetadata
        ),
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalKit", swiftSettings: directMetadata),
        .target(name: "WorkbenchApp", dependencies: ["CurriculumKit", "TerminalKit"], swiftSettings: directMetadata),
        .target(name: "CursesBackend", dependencies: ["TerminalKit", "CNcurses"], swiftSettings: directMetadata),
        .executableTarget(
            name: "WorkbenchBench", dependencies: ["CurriculumKit", "WorkbenchApp", "TerminalKit"], swiftSettings: directMetadata),
        .testTarget(name: "CurriculumKitTests", dependencies: ["CurriculumKit"], exclude: ["Printing/Golden"]),
        .testTarget(
            name: "WorkbenchCLITests",
            dependencies: ["workbench", "CurriculumKit", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(name: "WorkbenchAppTests", dependencies: ["WorkbenchApp", "CurriculumKit", "TerminalKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["workbench"]),
    ],
    swiftLanguageModes: [.v6]
)
