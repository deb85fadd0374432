import Glibc

/// Makes the C library speak UTF-8, which libedit relies on to decode multibyte input.
///
/// Without it, libedit silently drops every Japanese character typed. The environment's locale
/// is honoured when it is UTF-8; otherwise only the character type falls back to `C.UTF-8`
/// (the one UTF-8 locale present everywhere), leaving messages and collation alone.
enum TerminalLocale {
    static func adopt() {
        _ = setlocale(LC_ALL, "")
        if !isUTF8 { _ = setlocale(LC_CTYPE, "C.UTF-8") }
    }

    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
