#pragma once

#include "settings.h"

#include <QString>
#include <QVariant>

/*!
 * \brief One row of the settings table: INI name, value type, default and (for numbers) the range.
 *
 * The table itself is in settingsschema.cpp; Settings reads it, the dialog reads ranges from it.
 */
struct SettingSpec {
    enum class Type { Url, StringList, Int, Double, Bool, Choice, DateTime, Time };
    Settings::Key key;
    const char* name;
    Type type;
    QVariant defaultValue;
    double min = 0;
    double max = 0;
};

/*! \brief The table row for \a key (every key has one). */
const SettingSpec& settingSpec(Settings::Key key);
/*! \brief Every row, in table order. */
const QVector<SettingSpec>& settingSpecs();

/*! \brief The INI text for a (valid) value: lists comma-joined, dates ISO UTC, times of day "HH:mm", doubles shortest
 * form. */
QString settingToText(const SettingSpec& spec, const QVariant& value);
/*! \brief Parses INI text into the spec's type; nullopt when it does not parse. */
std::optional<QVariant> settingFromText(const SettingSpec& spec, const QString& text);
