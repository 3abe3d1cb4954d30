#include "urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> refuseUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("UrlPolicy", "“%1” is not a valid URL.").arg(url.toString());
    if (url.scheme() == u"https")
        return std::nullopt;
    if (url.scheme() == u"http") {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return QCoreApplication::translate("UrlPolicy",
                                           "Plain http is only allowed for loopback hosts; use https for %1.")
            .arg(url.host());
    }
    return QCoreApplication::translate("UrlPolicy", "Unsupported URL scheme “%1”; use https.").arg(url.scheme());
}
