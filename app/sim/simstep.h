#pragma once

#include "misbehaviour.h"
#include "modelbehaviour.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

/*! \brief One point of a scenario timeline: what the Statuspage and the API do from `at` on. */
struct SimStep {
    /*! \brief How "offline" is simulated (see SimProvider). */
    enum class Offline {
        No,
        Drop, //!< connections are accepted and aborted without a byte (a reset while reading)
        Refuse, //!< the listening socket is closed: "connection refused"; reopened on the same port later
    };

    double at = 0; //!< seconds from the scenario start (timed mode)
    QString label; //!< shown by modelpulse-sim when the step starts

    QByteArray summaryBytes; //!< raw summary.json served byte-identical; empty = build from `compact`
    QJsonObject compact; //!< the compact description (SimPageBuilder); empty = all operational
    QByteArray atomBytes; //!< raw /history.atom; empty = generated
    QByteArray rssBytes; //!< raw /history.rss; empty = generated
    Misbehaviour misbehaviour; //!< for the Statuspage endpoints; never inherited by the next step

    QHash<QString, ModelBehaviour> models; //!< per model id; a model not listed answers ok
    Offline offline = Offline::No; //!< never inherited by the next step
};
