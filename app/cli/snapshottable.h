#pragma once

#include "health/healthsnapshot.h"

#include <QString>

/*! \brief The short, aligned, translated table printed by `--once` without `--json`. */
QString snapshotTable(const HealthSnapshot& snapshot);

/*! \brief Terminal columns a string takes: Hangul and other wide characters count 2. */
int displayWidth(const QString& text);
