#include "historyexport.h"

#include <QFileInfo>
#include <QSaveFile>

namespace {
QString field(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString time(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString number(double value)
{
    // 'g' with enough digits keeps 99.5 as "99.5" and 100 as "100"; QString::number never localises.
    return value < 0 ? QString() : QString::number(value, 'g', 10);
}

QString integer(qint64 value)
{
    return value < 0 ? QString() : QString::number(value);
}

QString row(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QLatin1Char('\n');
}

bool writeFile(const QString& path, const QString& text, QString* error)
{
    // QSaveFile: a failed export never leaves half a file where the user expected one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

namespace HistoryExport {

QString bucketsCsv(const HistoryView& view)
{
    QString out = row({ QStringLiteral("provider"), QStringLiteral("kind"), QStringLiteral("id"),
                        QStringLiteral("display_name"), QStringLiteral("bucket_start"), QStringLiteral("bucket_end"),
                        QStringLiteral("worst"), QStringLiteral("availability_own"),
                        QStringLiteral("availability_official"), QStringLiteral("p50_ms"), QStringLiteral("p95_ms"),
                        QStringLiteral("samples"), QStringLiteral("failures") });
    for (const HistorySeries& s : view.series) {
        for (const HistoryBucket& b : s.buckets) {
            out += row({ s.subject.provider, s.subject.kind, s.subject.id, s.subject.displayName, time(b.start),
                         time(b.end), healthStateKey(b.worst), number(b.availabilityOwn),
                         number(b.availabilityOfficial), integer(b.p50Ms), integer(b.p95Ms), QString::number(b.samples),
                         QString::number(b.failures) });
        }
    }
    return out;
}

QString incidentsCsv(const HistoryView& view)
{
    QString out = row({ QStringLiteral("record"), QStringLiteral("provider"), QStringLiteral("id"),
                        QStringLiteral("name"), QStringLiteral("impact"), QStringLiteral("status"),
                        QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("models"),
                        QStringLiteral("lead_seconds"), QStringLiteral("lead_model"), QStringLiteral("url") });
    for (const HistoryIncident& i : view.incidents) {
        out += row({ QStringLiteral("incident"), i.provider, i.incident.id, i.incident.name, i.incident.impact,
                     i.incident.status, time(i.start), time(i.end), i.models.join(QLatin1Char(';')),
                     i.leadSeconds ? QString::number(*i.leadSeconds) : QString(), i.leadModel, i.incident.shortlink });
    }
    for (const HistoryDetection& d : view.detections) {
        out += row({ QStringLiteral("detection"), d.provider, d.modelId, QString(), healthStateKey(d.worst), QString(),
                     time(d.start), time(d.end), d.modelId, QString(), QString(), QString() });
    }
    return out;
}

QString incidentsCsvPath(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty() ? path : path.left(path.size() - suffix.size() - 1);
    return base + QStringLiteral("-incidents.") + (suffix.isEmpty() ? QStringLiteral("csv") : suffix);
}

bool writeCsv(const HistoryView& view, const QString& path, QString* error)
{
    return writeFile(path, bucketsCsv(view), error) && writeFile(incidentsCsvPath(path), incidentsCsv(view), error);
}

} // namespace HistoryExport
