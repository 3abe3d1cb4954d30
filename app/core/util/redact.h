#pragma once

#include <QString>

/*!
 * \brief \a text with every occurrence of \a secret replaced by "[redacted]", ignoring case.
 *
 * Case-insensitive because servers echo a key back changed: a redirect's host name comes back lower-cased
 * (QUrl normalises hosts), so an exact match would print "sk-ant-…example.invalid" with the key in it.
 */
QString redactSecret(QString text, const QString& secret);
