/// The bundled record's facts and segmentation, extracted ahead of time by `summit-freeze` into
/// bundled.frozen (embedded here as bytes). Only the executable depends on this target: SummitKit
/// cannot, since the tool that makes the bytes is built from SummitKit. SummitKit's
/// `FrozenStore` reads them, and refuses them when they were made from other tables or code.
public enum FrozenStoreBytes {
    public static var bytes: [UInt8] { PackageResources.bundled_frozen }
}
