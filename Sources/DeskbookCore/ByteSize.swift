/// Sizes written for people, as in "file is 4.2 MB, over the 4 MB page limit".
public enum ByteSize {
    /// Bytes below 1 KB, otherwise KB or MB with at most one decimal, rounded up like `du -h`, so a size over a
    /// limit never prints as the limit itself.
    public static func text(_ bytes: Int) -> String {
        if bytes < 1024 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        if bytes < 1 << 20 { return tenths(bytes, unit: 1024) + " KB" }
        return tenths(bytes, unit: 1 << 20) + " MB"
    }

    /// `bytes / unit`, rounded up to tenths, without a trailing `.0`.
    private static func tenths(_ bytes: Int, unit: Int) -> String {
        let (whole, remainder) = bytes.quotientAndRemainder(dividingBy: unit)
        var tenths = (remainder * 10 + unit - 1) / unit
        var units = whole
        if tenths == 10 {
            units += 1
            tenths = 0
        }
        return tenths == 0 ? "\(units)" : "\(units).\(tenths)"
    }
}
