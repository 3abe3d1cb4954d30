#include "options.h"

#include "feed/statuspageclient.h"
#include "net/urlpolicy.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <cstring>

namespace {
// lupdate extracts tr() only with a class context: Tr::tr() translates in the "AppOptions" context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};

const QString kDefaultStatusUrl = StatusPages::official().toString();
const QString kDefaultApiUrl = QStringLiteral("https://api.anthropic.com");
} // namespace

namespace {
/*! \brief Test hooks: shorter delays and intervals so tests and benchmarks run in seconds, not minutes. */
struct HiddenIntOption {
    QString name;
    int AppOptions::*field;
    int minimum;
    QString (*description)();
};

const QVector<HiddenIntOption>& hiddenIntOptions()
{
    static const QVector<HiddenIntOption> options{
        {QStringLiteral("confirm-delay-ms"), &AppOptions::confirmDelayMs, 0,
         [] { return Tr::tr("Delay before a confirmation probe."); }},
        {QStringLiteral("timeout-ms"), &AppOptions::timeoutMs, 100, [] { return Tr::tr("Timeout of each request."); }},
        {QStringLiteral("slow-ms"), &AppOptions::slowMs, 1,
         [] { return Tr::tr("Latency above which a probe counts as slow."); }},
        {QStringLiteral("poll-interval-sec"), &AppOptions::pollIntervalSec, 1,
         [] { return Tr::tr("Status page poll interval (overrides the settings)."); }},
        {QStringLiteral("probe-interval-sec"), &AppOptions::probeIntervalSec, 1,
         [] { return Tr::tr("Probe interval per model (overrides the settings)."); }},
    };
    return options;
}
} // namespace

void addAppOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        Tr::tr("ModelPulse shows whether Claude works for you right now, per model: the official status page "
               "and your own one-token test prompts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("once"), Tr::tr("Check once, print the result and exit (no tray).")},
        {QStringLiteral("json"), Tr::tr("With --once: print one JSON object (schema 1).")},
        {QStringLiteral("no-probes"), Tr::tr("Official status feed only; send no test prompts.")},
        {QStringLiteral("status-url"), Tr::tr("Statuspage base URL (default %1).").arg(kDefaultStatusUrl),
         Tr::tr("url")},
        {QStringLiteral("api-url"), Tr::tr("API base URL (default %1).").arg(kDefaultApiUrl), Tr::tr("url")},
        {QStringLiteral("models"), Tr::tr("Watched model ids, comma separated."), Tr::tr("ids")},
        {QStringLiteral("lang"), Tr::tr("User interface language: ko or en (default: system)."), Tr::tr("lang")},
        {QStringLiteral("data-dir"), Tr::tr("Where history and state are kept."), Tr::tr("dir")},
        {QStringLiteral("demo"), Tr::tr("Run against the built-in simulated provider (no key, no network).")},
    });
    for (const HiddenIntOption& o : hiddenIntOptions()) {
        QCommandLineOption option(o.name, o.description(), Tr::tr("n"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

static std::optional<QUrl> readUrl(const QString& text, QString* error)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!text.contains(u"://")) {
        *error = Tr::tr("“%1” is not a URL; write it with https://.").arg(text);
        return std::nullopt;
    }
    if (auto refused = refuseUrl(url)) {
        *error = *refused;
        return std::nullopt;
    }
    return url.adjusted(QUrl::StripTrailingSlash);
}

static std::optional<int> readPositiveInt(const QString& text, const QString& name, QString* error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0) {
        *error = Tr::tr("%1 needs a non-negative number, got “%2”.").arg(name, text);
        return std::nullopt;
    }
    return value;
}

std::optional<AppOptions> readAppOptions(const QCommandLineParser& parser, const QProcessEnvironment& env,
                                         QString* error)
{
    AppOptions o;
    o.once = parser.isSet(QStringLiteral("once"));
    o.json = parser.isSet(QStringLiteral("json"));
    o.noProbes = parser.isSet(QStringLiteral("no-probes"));
    o.demo = parser.isSet(QStringLiteral("demo"));
    if (o.json && !o.once) {
        *error = Tr::tr("--json only makes sense with --once.");
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = Tr::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    QString statusText = parser.value(QStringLiteral("status-url"));
    if (statusText.isEmpty())
        statusText = env.value(QStringLiteral("MODELPULSE_STATUS_URL"));
    o.statusUrlGiven = !statusText.isEmpty();
    auto status = readUrl(o.statusUrlGiven ? statusText : kDefaultStatusUrl, error);
    if (!status)
        return std::nullopt;
    o.statusUrl = *status;

    QString apiText = parser.value(QStringLiteral("api-url"));
    if (apiText.isEmpty())
        apiText = env.value(QStringLiteral("MODELPULSE_API_URL"), kDefaultApiUrl);
    auto api = readUrl(apiText, error);
    if (!api)
        return std::nullopt;
    o.apiUrl = *api;

    QString models = parser.value(QStringLiteral("models"));
    if (models.isEmpty())
        models = env.value(QStringLiteral("MODELPULSE_MODELS"));
    for (const QString& id : models.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = id.trimmed();
        // The same rule as the watched models in the settings: one definition of a valid id.
        if (const auto refused = Settings::validate(Settings::Key::WatchedModels, QStringList{trimmed})) {
            *error = *refused;
            return std::nullopt;
        }
        if (!o.models.contains(trimmed))
            o.models.append(trimmed);
    }

    o.lang = parser.value(QStringLiteral("lang")).toLower();
    if (!o.lang.isEmpty() && o.lang != u"ko" && o.lang != u"en") {
        *error = Tr::tr("--lang must be ko or en, got “%1”.").arg(o.lang);
        return std::nullopt;
    }
    o.dataDir = parser.value(QStringLiteral("data-dir"));
    if (o.dataDir.isEmpty())
        o.dataDir = env.value(QStringLiteral("MODELPULSE_DATA_DIR"));
    if (o.dataDir.isEmpty())
        o.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    for (const HiddenIntOption& h : hiddenIntOptions()) {
        if (!parser.isSet(h.name))
            continue;
        auto v = readPositiveInt(parser.value(h.name), QStringLiteral("--") + h.name, error);
        if (!v)
            return std::nullopt;
        o.*h.field = std::max(h.minimum, *v);
    }
    return o;
}

bool isHeadlessInvocation(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        // --json without --once is bad usage: answer it headless too, not with a display error.
        for (const char* flag : {"--once", "--json", "--help", "-h", "--help-all", "--version", "-v", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

QString installTranslator(const QString& lang)
{
    // Ours and Qt's own (dialog buttons, "Usage:", network errors), replaced together on a language change.
    static QTranslator* ours = nullptr;
    static QTranslator* qt = nullptr;
    if (!ours) {
        ours = new QTranslator(QCoreApplication::instance());
        qt = new QTranslator(QCoreApplication::instance());
    }
    QCoreApplication::removeTranslator(ours);
    QCoreApplication::removeTranslator(qt);
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    const bool korean = locale.language() == QLocale::Korean;
    // Any other language falls back to English: its .qm carries the plural forms ("%n model(s)").
    const QLocale uiLocale = korean ? locale : QLocale(QLocale::English, QLocale::UnitedStates);
    if (ours->load(uiLocale, QStringLiteral("modelpulse"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    if (korean
        && qt->load(uiLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return korean ? QStringLiteral("ko") : QStringLiteral("en");
}
