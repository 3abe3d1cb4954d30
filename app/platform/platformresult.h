#pragma once

#include <QString>

/*! \brief Outcome of a platform operation that can fail: ok, or a translated reason. */
struct PlatformResult {
    bool ok = true;
    QString error; //!< translated, user-readable; empty when ok

    static PlatformResult success() { return {}; }
    static PlatformResult failure(QString reason) { return { false, std::move(reason) }; }
};
