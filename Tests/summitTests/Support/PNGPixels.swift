import Foundation

/// Just enough of PNG to look at a browser's screenshot: 8-bit RGB or RGBA, not interlaced
/// (what Chromium writes). The pixels are inflated with the system's zlib, opened with dlopen as
/// summit opens MeCab, so the tests need no package beyond what Debian always has.
struct PNGPixels {
    let width: Int
    let height: Int
    /// Bytes per pixel: 3 (RGB) or 4 (RGBA).
    let channels: Int
    /// Unfiltered rows, `width * channels` bytes each.
    let rows: [[UInt8]]

    enum Failure: Error, CustomStringConvertible {
        case notPNG(String)
        var description: String { switch self { case .notPNG(let why): return "not a PNG this test reads: \(why)" } }
    }

    init(_ data: Data) throws {
        let b = [UInt8](data)
        guard b.count > 8, b[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw Failure.notPNG("no signature") }
        func u32(_ i: Int) -> Int { Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3]) }
        var at = 8, idat: [UInt8] = []
        var w = 0, h = 0, ch = 0
        while at + 8 <= b.count {
            let length = u32(at), type = String(decoding: b[at + 4..<at + 8], as: UTF8.self)
            let body = at + 8
            guard body + length <= b.count else { throw Failure.notPNG("truncated chunk \(type)") }
            if type == "IHDR" {
                w = u32(body); h = u32(body + 4)
                guard b[body + 8] == 8, b[body + 12] == 0 else { throw Failure.notPNG("bit depth \(b[body + 8]), interlace \(b[body + 12])") }
                switch b[body + 9] { case 2: ch = 3; case 6: ch = 4; default: throw Failure.notPNG("colour type \(b[body + 9])") }
            } else if type == "IDAT" {
                idat += b[body..<body + length]
            }
            at = body + length + 4
        }
        guard w > 0, h > 0, ch > 0 else { throw Failure.notPNG("no IHDR") }
        let stride = w * ch
        let raw = try Self.inflate(idat, size: h * (stride + 1))
        var rows: [[UInt8]] = []
        var previous = [UInt8](repeating: 0, count: stride)
        for y in 0..<h {
            let filter = raw[y * (stride + 1)]
            var row = Array(raw[y * (stride + 1) + 1..<(y + 1) * (stride + 1)])
            for i in 0..<stride {
                let a = i >= ch ? Int(row[i - ch]) : 0, up = Int(previous[i]), c = i >= ch ? Int(previous[i - ch]) : 0
                let add: Int
                switch filter {
                case 0: add = 0
                case 1: add = a
                case 2: add = up
                case 3: add = (a + up) / 2
                case 4:
                    let p = a + up - c, pa = abs(p - a), pb = abs(p - up), pc = abs(p - c)
                    add = pa <= pb && pa <= pc ? a : (pb <= pc ? up : c)
                default: throw Failure.notPNG("filter \(filter)")
                }
                row[i] = UInt8((Int(row[i]) + add) & 0xFF)
            }
            rows.append(row)
            previous = row
        }
        width = w; height = h; channels = ch; self.rows = rows
    }

    /// zlib's `uncompress`, looked up at run time.
    static func inflate(_ input: [UInt8], size: Int) throws -> [UInt8] {
        guard let lib = dlopen("libz.so.1", RTLD_NOW) else { throw Failure.notPNG("libz.so.1 cannot be opened") }
        defer { dlclose(lib) }
        typealias Uncompress = @convention(c) (UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<UInt>, UnsafePointer<UInt8>, UInt) -> Int32
        guard let sym = dlsym(lib, "uncompress") else { throw Failure.notPNG("no uncompress in libz") }
        let uncompress = unsafeBitCast(sym, to: Uncompress.self)
        var out = [UInt8](repeating: 0, count: size)
        var length = UInt(size)
        let status = out.withUnsafeMutableBufferPointer { o in input.withUnsafeBufferPointer { i in uncompress(o.baseAddress!, &length, i.baseAddress!, UInt(input.count)) } }
        guard status == 0, length == UInt(size) else { throw Failure.notPNG("zlib status \(status), \(length) of \(size) bytes") }
        return out
    }

    /// Pixels whose colour differs from the top-left one (the page's background), and how many
    /// distinct colours there are (antialiased text gives dozens; a blank page one).
    var inked: (pixels: Int, colours: Int) {
        let background = Array(rows[0][0..<3])
        var count = 0
        var colours = Set<Int>()
        for row in rows {
            var i = 0
            while i < row.count {
                if row[i] != background[0] || row[i + 1] != background[1] || row[i + 2] != background[2] { count += 1 }
                if colours.count < 10_000 { colours.insert(Int(row[i]) << 16 | Int(row[i + 1]) << 8 | Int(row[i + 2])) }
                i += channels
            }
        }
        return (count, colours.count)
    }
}
