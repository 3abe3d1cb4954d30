#pragma once

#include "health/reason.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QNetworkRequest;

/*!
 * \brief Why \a value must not go into an HTTP header, or nullopt when it may.
 *
 * QNetworkRequest::setRawHeader() writes values as they are: a CR or LF in a key pasted from a web page (or put
 * there on purpose) adds headers to the request, and "\r\n\r\n" smuggles a second request onto the connection.
 * Any other control character (NUL, ESC, DEL) is refused too: no real key or setting contains one.
 * The reason never carries the value: the value may be a secret. Codes: `key_invalid` with arg "line_break" or
 * "control" when \a what is "key", `header_invalid` with the same arg otherwise.
 */
std::optional<Reason> headerValueProblem(QStringView value, const QString& what = QStringLiteral("key"));
std::optional<Reason> headerValueProblem(const QByteArray& value, const QString& what = QStringLiteral("key"));

/*! \brief Sets the header only when its value is safe (headerValueProblem()); false when it was left out. */
bool setSafeRawHeader(QNetworkRequest& request, const QByteArray& name, const QByteArray& value);
