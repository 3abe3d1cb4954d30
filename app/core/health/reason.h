#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

/*!
 * \brief Why a state is what it is, as data: a stable code and its arguments (DESIGN.md "Reasons are codes").
 *
 * Core produces reasons; text is made at the edges (tray, notifications, `--once`) with reasonText(), in the
 * language in use at that moment. Stored rows and JSON carry the code (`reason_codes`), so a language switch
 * changes no data. A reason may carry the reason behind it (`cause`): "status feed unavailable" ← "HTTP 403".
 */
struct Reason {
    QString code; //!< stable identifier: "offline", "key_rejected", "feed_challenge", …
    QStringList args; //!< plain values (numbers, names, times); never translated text
    std::shared_ptr<const Reason> cause;

    Reason() = default;
    Reason(QString c, QStringList a = {})
        : code(std::move(c))
        , args(std::move(a))
    {
    }
    /*! \brief This reason with \a inner as its cause. */
    static Reason wrapping(QString code, const Reason& inner, QStringList args = {});

    bool isNull() const { return code.isEmpty(); }
    bool operator==(const Reason& o) const;
    bool operator!=(const Reason& o) const { return !(*this == o); }
};

using Reasons = QVector<Reason>;

/*! \brief The reason in the current UI language. */
QString reasonText(const Reason& reason);
/*! \brief Every reason as text, same order. */
QStringList reasonTexts(const Reasons& reasons);
/*! \brief The codes, same order (JSON `reason_codes`). */
QStringList reasonCodes(const Reasons& reasons);

Q_DECLARE_METATYPE(Reason)
