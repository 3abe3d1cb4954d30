#include "headervalue.h"

#include <QNetworkRequest>

namespace {
template <typename Char> std::optional<Reason> problemOf(const Char* data, qsizetype size, const QString& what)
{
    bool control = false;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<char32_t>(data[i]);
        if (c == '\r' || c == '\n')
            return Reason(what == u"key" ? QStringLiteral("key_invalid") : QStringLiteral("header_invalid"),
                          { QStringLiteral("line_break"), what });
        // C0 controls and DEL; a tab is allowed inside header values by RFC 9110 but not in a key: refuse it too.
        if (c < 0x20 || c == 0x7f)
            control = true;
    }
    if (control)
        return Reason(what == u"key" ? QStringLiteral("key_invalid") : QStringLiteral("header_invalid"),
                      { QStringLiteral("control"), what });
    return std::nullopt;
}
} // namespace

std::optional<Reason> headerValueProblem(QStringView value, const QString& what)
{
    return problemOf(value.utf16(), value.size(), what);
}

std::optional<Reason> headerValueProblem(const QByteArray& value, const QString& what)
{
    return problemOf(reinterpret_cast<const unsigned char*>(value.constData()), value.size(), what);
}

bool setSafeRawHeader(QNetworkRequest& request, const QByteArray& name, const QByteArray& value)
{
    if (headerValueProblem(value, QString::fromLatin1(name)))
        return false;
    request.setRawHeader(name, value);
    return true;
}
