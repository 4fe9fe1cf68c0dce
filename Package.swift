// swift-tools-version: 6.1
import PackageDescription

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
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "workbench",
            dependencies: [
                "CurriculumKit",
                "TerminalKit",
                "WorkbenchApp",
                "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalKit"),
        .target(name: "WorkbenchApp", dependencies: ["CurriculumKit", "TerminalKit"]),
        .target(name: "CursesBackend", dependencies: ["TerminalKit", "CNcurses"]),
        .executableTarget(name: "WorkbenchBench", dependencies: ["CurriculumKit", "WorkbenchApp", "TerminalKit"]),
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
