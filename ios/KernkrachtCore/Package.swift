// swift-tools-version:5.9
// The Rust core for the app: the static library for each Apple target in one XCFramework,
// with its C header and modulemap (module KernkrachtFFI), and the Swift bindings generated
// from the same library (module KernkrachtCore). scripts/build-ios.sh makes both; neither
// is committed.
import PackageDescription

let package = Package(
    name: "KernkrachtCore",
    platforms: [.iOS(.v17)],
    products: [
        .library(name: "KernkrachtCore", targets: ["KernkrachtCore"])
    ],
    targets: [
        .binaryTarget(name: "KernkrachtFFI", path: "KernkrachtFFI.xcframework"),
        .target(
            name: "KernkrachtCore",
            dependencies: ["KernkrachtFFI"],
            path: "Sources/KernkrachtCore",
            linkerSettings: [
                // btleplug's Bluetooth backend calls CoreBluetooth through Foundation's types.
                .linkedFramework("CoreBluetooth"),
                .linkedFramework("Foundation"),
            ]
        ),
    ]
)
