#include "redact.h"

QString redactSecret(QString text, const QString& secret)
{
    if (secret.isEmpty())
        return text;
    return text.replace(secret, QStringLiteral("[redacted]"), Qt::CaseInsensitive);
}
