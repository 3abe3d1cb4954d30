#pragma once

#include <QString>
#include <QUrl>

#include <optional>

/*!
 * \brief Which URLs ModelPulse will talk to: https anywhere, plain http only on loopback
 * (the simulated provider), nothing else. Returns a translated reason when refused.
 */
std::optional<QString> refuseUrl(const QUrl& url);
/*! \brief 127.0.0.0/8, ::1 or "localhost". */
bool isLoopbackHost(const QString& host);
