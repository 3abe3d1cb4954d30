#pragma once

#include <QFontMetrics>
#include <QString>

/*!
 * \brief Row text as menus and buttons must be given it: feed text is shown as written ("&" in an incident title is
 * not a mnemonic) and long rows are elided with "…" (the caller puts the whole text in a tooltip).
 */
namespace MenuText {
/*! \brief Widest row text, in average characters. */
inline constexpr int kMaxWidthChars = 72;

inline QString escaped(const QString& text)
{
    QString out = text;
    return out.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

inline QString elided(const QString& text, const QFontMetrics& metrics)
{
    return metrics.elidedText(text, Qt::ElideRight, kMaxWidthChars * metrics.averageCharWidth());
}

/*! \brief For QAction and QPushButton texts: elided, then escaped. */
inline QString shown(const QString& text, const QFontMetrics& metrics)
{
    return escaped(elided(text, metrics));
}
} // namespace MenuText
